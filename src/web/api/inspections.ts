import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CorrectiveAction,
  CorrectiveActionInput,
  CorrectiveActionListQuery,
  CorrectiveActionPatch,
  Evidence,
  Finding,
  FindingInput,
  Inspection,
  InspectionDetail,
  InspectionInput,
  InspectionListQuery,
  InspectionPatch,
} from "../../core/inspections/inspection-schemas.js";
import type { Page } from "../../core/shared/pagination.js";
import { apiGet, apiPatch, apiPost, ifMatch } from "./api-client.js";

export type { CorrectiveAction, Evidence, Finding, Inspection, InspectionDetail };

export type InspectionListParams = Partial<InspectionListQuery> & { page: number; pageSize: number };
export type CorrectiveActionListParams = Partial<CorrectiveActionListQuery> & { page: number; pageSize: number };

const inspectionKeys = {
  all: ["inspections"] as const,
  list: (params: InspectionListParams) => ["inspections", "list", params] as const,
  one: (id: string) => ["inspections", "one", id] as const,
  actions: (params: CorrectiveActionListParams) => ["inspections", "corrective-actions", params] as const,
};

export function useInspectionList(params: InspectionListParams, enabled = true) {
  return useQuery({
    queryKey: inspectionKeys.list(params),
    queryFn: ({ signal }) => apiGet<Page<Inspection>>("/api/inspections", { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useInspection(id: string) {
  return useQuery({
    queryKey: inspectionKeys.one(id),
    queryFn: ({ signal }) => apiGet<InspectionDetail>(`/api/inspections/${id}`, { signal }),
  });
}

export function useCorrectiveActionList(params: CorrectiveActionListParams) {
  return useQuery({
    queryKey: inspectionKeys.actions(params),
    queryFn: ({ signal }) => apiGet<Page<CorrectiveAction>>("/api/corrective-actions", { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every write refreshes every inspection query: the visit, the queue and the plans all show its effect. */
function useInspectionMutation<TInput, TResult>(send: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.all }) });
}

export const usePlanInspection = () =>
  useInspectionMutation((input: InspectionInput) => apiPost<InspectionDetail>("/api/inspections", input));

/**
 * Sends the version read: if someone else saved the visit in between, the API refuses (412) instead of overwriting.
 * The answer is the visit as saved, so the next tap on the checklist already carries the new version.
 */
export function useUpdateInspection(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patch, version }: { patch: InspectionPatch; version: number }) =>
      apiPatch<InspectionDetail>(`/api/inspections/${id}`, patch, { headers: ifMatch(version) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(inspectionKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: inspectionKeys.all, predicate: (query) => query.queryKey[1] !== "one" });
    },
  });
}

export const useAddFinding = (inspectionId: string) =>
  useInspectionMutation((input: FindingInput) => apiPost<Finding>(`/api/inspections/${inspectionId}/findings`, input));

export const useAddCorrectiveAction = (inspectionId: string) =>
  useInspectionMutation((input: CorrectiveActionInput) =>
    apiPost<CorrectiveAction>(`/api/inspections/${inspectionId}/corrective-actions`, input),
  );

/** A photo from the phone's camera (or a PDF), checked and stripped of its location by the server. */
export const useUploadEvidence = (inspectionId: string) =>
  useInspectionMutation(({ file, findingId }: { file: File; findingId?: string }) => {
    const form = new FormData();
    form.append("kind", file.type.startsWith("image/") ? "photo" : "other");
    form.append("file", file);
    return apiPost<Evidence>(`/api/inspections/${inspectionId}/evidence`, form, { query: { findingId } });
  });

export const useUpdateCorrectiveAction = () =>
  useInspectionMutation(({ id, patch, version }: { id: string; patch: CorrectiveActionPatch; version: number }) =>
    apiPatch<CorrectiveAction>(`/api/corrective-actions/${id}`, patch, { headers: ifMatch(version) }),
  );

export const useRespondToCorrectiveAction = () =>
  useInspectionMutation(({ id, response, version }: { id: string; response: string; version: number }) =>
    apiPost<CorrectiveAction>(`/api/corrective-actions/${id}/response`, { response }, { headers: ifMatch(version) }),
  );
