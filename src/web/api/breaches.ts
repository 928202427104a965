import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Breach, BreachInput, BreachPatch } from "../../core/breaches/breach-schemas.js";
import type { Page } from "../../core/shared/pagination.js";
import { apiGet, apiPatch, apiPost } from "./api-client.js";

export interface BreachListParams {
  status?: "open" | "closed";
  page: number;
  pageSize: number;
}

const breachKeys = {
  all: ["breaches"] as const,
  list: (params: BreachListParams) => ["breaches", "list", params] as const,
};

export function useBreachList(params: BreachListParams) {
  return useQuery({
    queryKey: breachKeys.list(params),
    queryFn: ({ signal }) => apiGet<Page<Breach>>("/api/breaches", { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRecordBreach() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BreachInput) => apiPost<Breach>("/api/breaches", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breachKeys.all }),
  });
}

/** Sends the version that was read: if someone else saved in between, the API refuses (412) instead of overwriting. */
export function useUpdateBreach() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch, version }: { id: string; patch: BreachPatch; version: number }) =>
      apiPatch<Breach>(`/api/breaches/${id}`, patch, { headers: { "if-match": `"${version}"` } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breachKeys.all }),
  });
}
