import { useQuery } from "@tanstack/react-query";
import { apiGet } from "./api-client.js";

export interface Health {
  status: string;
  database: "pglite" | "postgres";
  version: string;
  /** Demo mode: no message leaves the machine; one-time codes are read on the outbox page. */
  demo?: boolean;
}

export function useHealth() {
  return useQuery({
    queryKey: ["health"],
    queryFn: ({ signal }) => apiGet<Health>("/api/health", { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
