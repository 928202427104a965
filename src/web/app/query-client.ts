import { QueryClient } from "@tanstack/react-query";
import { isApiError } from "../api/api-error.js";

/** Retries only what may pass on a second try (network, server errors), never a refusal. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return true;
  return error.code === "network" || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  // ESCO labels and NUTS names do not change while the app runs; keep them for the whole visit.
  client.setQueryDefaults(["reference"], { gcTime: Number.POSITIVE_INFINITY, staleTime: Number.POSITIVE_INFINITY });
  return client;
}
