import { keepPreviousData, type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GrievanceCategory, GrievanceSeverity, GrievanceStatus } from "../../core/grievances/grievance-codes.js";
import type {
  GrievanceAssignee,
  GrievanceDetail,
  GrievanceMoveInput,
  GrievanceNoteInput,
  GrievanceRecorded,
  GrievanceRecordInput,
  GrievanceReporterRevealed,
  GrievanceSummary,
  GrievanceTriageInput,
} from "../../core/grievances/grievance-schemas.js";
import type { Page } from "../../core/shared/pagination.js";
import { apiGet, apiPatch, apiPost, ifMatch } from "./api-client.js";

export type { GrievanceDetail, GrievanceSummary };

export interface GrievanceListParams {
  status?: GrievanceStatus;
  severity?: GrievanceSeverity;
  category?: GrievanceCategory;
  employerId?: string;
  mine?: "true";
  overdue?: "true";
  page: number;
  pageSize: number;
}

const grievanceKeys = {
  all: ["grievances"] as const,
  list: (params: GrievanceListParams) => ["grievances", "list", params] as const,
  one: (id: string) => ["grievances", "one", id] as const,
  ofWorker: (workerId: string, page: number) => ["grievances", "worker", workerId, page] as const,
  assignees: ["grievances", "assignees"] as const,
};

export function useGrievanceList(params: GrievanceListParams) {
  return useQuery({
    queryKey: grievanceKeys.list(params),
    queryFn: ({ signal }) => apiGet<Page<GrievanceSummary>>("/api/grievances", { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export const grievanceQuery = (id: string) =>
  queryOptions({
    queryKey: grievanceKeys.one(id),
    queryFn: ({ signal }) => apiGet<GrievanceDetail>(`/api/grievances/${id}`, { signal }),
  });

export function useGrievance(id: string) {
  return useQuery(grievanceQuery(id));
}

/** The grievances a worker shared with the centre's caseworkers, for the worker's file. */
export function useWorkerGrievances(workerId: string, page: number) {
  return useQuery({
    queryKey: grievanceKeys.ofWorker(workerId, page),
    queryFn: ({ signal }) =>
      apiGet<Page<GrievanceSummary>>(`/api/workers/${workerId}/grievances`, { query: { page, pageSize: 25 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useGrievanceAssignees(enabled: boolean) {
  return useQuery({
    queryKey: grievanceKeys.assignees,
    queryFn: ({ signal }) => apiGet<GrievanceAssignee[]>("/api/grievances/assignees", { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** A change answers the whole case: it replaces the cached one, and the lists are read again. */
function keepCase(queryClient: QueryClient, saved: GrievanceDetail) {
  queryClient.setQueryData(grievanceKeys.one(saved.id), saved);
  return queryClient.invalidateQueries({ queryKey: grievanceKeys.all, predicate: (query) => query.queryKey[1] !== "one" });
}

export function useRecordGrievance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GrievanceRecordInput) => apiPost<GrievanceRecorded>("/api/grievances", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: grievanceKeys.all }),
  });
}

/** Triage from the version read: someone else's change first answers 412 and the page shows the case as it is now. */
export function useTriageGrievance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ grievance, triage }: { grievance: Pick<GrievanceDetail, "id" | "version">; triage: GrievanceTriageInput }) =>
      apiPatch<GrievanceDetail>(`/api/grievances/${grievance.id}`, triage, { headers: ifMatch(grievance.version) }),
    onSuccess: (saved) => keepCase(queryClient, saved),
  });
}

export function useMoveGrievance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ grievance, move }: { grievance: Pick<GrievanceDetail, "id" | "version">; move: GrievanceMoveInput }) =>
      apiPost<GrievanceDetail>(`/api/grievances/${grievance.id}/moves`, move, { headers: ifMatch(grievance.version) }),
    onSuccess: (saved) => keepCase(queryClient, saved),
  });
}

export function useNoteGrievance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: GrievanceNoteInput }) => apiPost<GrievanceDetail>(`/api/grievances/${id}/notes`, note),
    onSuccess: (saved) => keepCase(queryClient, saved),
  });
}

/** The data protection officer's reveal: the answer is kept on screen only, never cached. */
export function useRevealReporter() {
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      apiPost<GrievanceReporterRevealed>(`/api/grievances/${id}/reveal`, { reason }),
  });
}
