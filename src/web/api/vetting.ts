import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AttachmentLink } from "../../core/attachments/attachment-schemas.js";
import type { EmployerDocumentKind } from "../../core/vetting/vetting-codes.js";
import type {
  DeclarationsInput,
  EmployerDocument,
  SelfAssessmentInput,
  VettingDecisionInput,
  VettingFile,
} from "../../core/vetting/vetting-schemas.js";
import { apiGet, apiPost, apiPut, ifMatch } from "./api-client.js";

export type { VettingFile };

const vettingKeys = {
  ofEmployer: (employerId: string) => ["employers", "one", employerId, "vetting"] as const,
};

export function useVettingFile(employerId: string) {
  return useQuery({
    queryKey: vettingKeys.ofEmployer(employerId),
    queryFn: ({ signal }) => apiGet<VettingFile>(`/api/employers/${employerId}/vetting`, { signal }),
  });
}

/** Every change sends the version read: if someone else saved in between, the API answers 412 instead of overwriting. */
function useVettingChange<Input>(employerId: string, method: "PUT" | "POST", path: string) {
  const queryClient = useQueryClient();
  const send = method === "PUT" ? apiPut : apiPost;
  return useMutation({
    mutationFn: ({ input, version }: { input: Input; version: number }) =>
      send<VettingFile>(`/api/employers/${employerId}/vetting/${path}`, input, { headers: ifMatch(version) }),
    onSuccess: (file) => queryClient.setQueryData(vettingKeys.ofEmployer(employerId), file),
  });
}

export const useDeclareVetting = (employerId: string) => useVettingChange<DeclarationsInput>(employerId, "PUT", "declarations");
export const useSaveSelfAssessment = (employerId: string) => useVettingChange<SelfAssessmentInput>(employerId, "PUT", "self-assessment");
export const useDecideVetting = (employerId: string) => useVettingChange<VettingDecisionInput>(employerId, "POST", "decision");

export function useUploadEmployerDocument(employerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: EmployerDocumentKind; file: File }) => {
      const form = new FormData();
      form.append("kind", kind);
      form.append("file", file);
      return apiPost<EmployerDocument>(`/api/employers/${employerId}/vetting/documents`, form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vettingKeys.ofEmployer(employerId) }),
  });
}

export function useVerifyEmployerDocument(employerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, verified }: { id: string; verified: boolean }) =>
      apiPost<EmployerDocument>(`/api/employer-documents/${id}/verify`, { verified }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vettingKeys.ofEmployer(employerId) }),
  });
}

/** A fresh signed link each time a document is opened: links expire after a few minutes. */
export function useEmployerDocumentLink() {
  return useMutation({ mutationFn: (id: string) => apiPost<AttachmentLink>(`/api/employer-documents/${id}/link`) });
}
