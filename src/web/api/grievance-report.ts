import { useMutation, useQuery } from "@tanstack/react-query";
import type {
  GrievanceReported,
  PublicCentre,
  PublicReportInput,
  ReporterView,
  WorkerReportInput,
} from "../../core/grievances/grievance-report-schemas.js";
import { apiGet, apiPost } from "./api-client.js";

export type { GrievanceReported, PublicCentre, ReporterView };

/** The centres anyone may report to; they change rarely. */
export function usePublicCentres() {
  return useQuery({
    queryKey: ["grievance-reports", "centres"],
    queryFn: ({ signal }) => apiGet<PublicCentre[]>("/api/grievance-reports/centres", { signal }),
    staleTime: 10 * 60_000,
  });
}

/** A report without an account; the answer holds the follow-up code, shown once. */
export function useReportGrievance() {
  return useMutation({ mutationFn: (input: PublicReportInput) => apiPost<GrievanceReported>("/api/grievance-reports", input) });
}

/** A signed-in worker's signed report. */
export function useReportGrievanceAsWorker() {
  return useMutation({ mutationFn: (input: WorkerReportInput) => apiPost<GrievanceReported>("/api/me/grievances", input) });
}

/**
 * Reading a case with its code is a POST (the code never goes in an address, where it would sit in histories and
 * logs), so it is a mutation: the page keeps the answer.
 */
export function useFollowGrievance() {
  return useMutation({ mutationFn: (code: string) => apiPost<ReporterView>("/api/grievance-reports/follow", { code }) });
}

export function useSendReporterMessage() {
  return useMutation({
    mutationFn: (input: { code: string; body: string }) => apiPost<ReporterView>("/api/grievance-reports/messages", input),
  });
}
