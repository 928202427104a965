import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { Page } from "../../core/shared/pagination.js";
import type {
  ConsentRecord,
  consentInput,
  Worker,
  WorkerInput,
  WorkerListQuery,
  WorkerPatch,
  WorkerSummary,
} from "../../core/workers/worker-schemas.js";
import { apiGet, apiPatch, apiPost, ifMatch } from "./api-client.js";

export type ConsentInput = z.input<typeof consentInput>;
export type WorkerListParams = WorkerListQuery & { page: number; pageSize: number };

const workerKeys = {
  all: ["workers"] as const,
  list: (params: WorkerListParams) => ["workers", "list", params] as const,
  one: (id: string) => ["workers", "one", id] as const,
  consents: (id: string) => ["workers", "one", id, "consents"] as const,
};

export function useWorkerList(params: WorkerListParams) {
  return useQuery({
    queryKey: workerKeys.list(params),
    queryFn: ({ signal }) => apiGet<Page<WorkerSummary>>("/api/workers", { query: { ...params }, signal }),
    // The table keeps the last page on screen while the next one loads, instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });
}

export const workerQuery = (id: string) =>
  queryOptions({ queryKey: workerKeys.one(id), queryFn: ({ signal }) => apiGet<Worker>(`/api/workers/${id}`, { signal }) });

export function useWorker(id: string) {
  return useQuery(workerQuery(id));
}

export function useCreateWorker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WorkerInput) => apiPost<Worker>("/api/workers", input),
    onSuccess: (created) => {
      queryClient.setQueryData(workerKeys.one(created.id), created);
      return queryClient.invalidateQueries({ queryKey: workerKeys.all });
    },
  });
}

/** Sends the version that was read: if someone else saved in between, the API answers 412 instead of overwriting. */
export function useUpdateWorker(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patch, version }: { patch: WorkerPatch; version: number }) =>
      apiPatch<Worker>(`/api/workers/${id}`, patch, { headers: ifMatch(version) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(workerKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: workerKeys.all });
    },
  });
}

export function useWorkerConsents(id: string) {
  return useQuery({
    queryKey: workerKeys.consents(id),
    queryFn: ({ signal }) => apiGet<ConsentRecord[]>(`/api/workers/${id}/consents`, { signal }),
  });
}

export function useRecordConsent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConsentInput) => apiPost<ConsentRecord>(`/api/workers/${id}/consents`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workerKeys.consents(id) }),
  });
}
