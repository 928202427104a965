import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  EraseInput,
  ErasureResult,
  RecordOfProcessingResponse,
  RetentionApplyResult,
  RetentionReport,
  WorkerExport,
} from "../../core/privacy/privacy-schemas.js";
import { apiGet, apiPost } from "./api-client.js";

export type { RecordOfProcessingResponse, RetentionReport, WorkerExport };

export function useRecordOfProcessing() {
  return useQuery({
    queryKey: ["privacy", "record"],
    queryFn: ({ signal }) => apiGet<RecordOfProcessingResponse>("/api/privacy/record-of-processing", { signal }),
  });
}

export function useRetentionReport() {
  return useQuery({
    queryKey: ["privacy", "retention"],
    queryFn: ({ signal }) => apiGet<RetentionReport>("/api/privacy/retention", { signal }),
  });
}

/** Erases what is past its period, or only counts it (`dryRun`); the schedule is re-read after a real run. */
export function useApplyRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dryRun: boolean) => apiPost<RetentionApplyResult>("/api/privacy/retention/apply", { dryRun }),
    onSuccess: (result) => {
      if (!result.dryRun) return queryClient.invalidateQueries();
    },
  });
}

/** Reading the export is audited on the server, so it is fetched once per visit, not in the background. */
export function useWorkerExport(workerId: string) {
  return useQuery({
    queryKey: ["privacy", "export", workerId],
    queryFn: ({ signal }) => apiGet<WorkerExport>(`/api/workers/${workerId}/export`, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useEraseWorker(workerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EraseInput) => apiPost<ErasureResult>(`/api/workers/${workerId}/erase`, input),
    // The erased file itself is not refetched (it is gone); the lists that showed it are.
    onSuccess: () =>
      Promise.all(
        [["workers", "list"], ["referrals"], ["offers"], ["privacy"]].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
}
