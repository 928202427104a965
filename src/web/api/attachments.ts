import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Attachment, AttachmentKind, AttachmentLink } from "../../core/attachments/attachment-schemas.js";
import { apiGet, apiPost, apiRequest } from "./api-client.js";

const attachmentKeys = {
  ofWorker: (workerId: string) => ["workers", "one", workerId, "attachments"] as const,
};

export function useWorkerAttachments(workerId: string) {
  return useQuery({
    queryKey: attachmentKeys.ofWorker(workerId),
    queryFn: ({ signal }) => apiGet<Attachment[]>(`/api/workers/${workerId}/attachments`, { signal }),
  });
}

export function useUploadAttachment(workerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: AttachmentKind; file: File }) => {
      const form = new FormData();
      form.append("kind", kind);
      form.append("file", file);
      return apiPost<Attachment>(`/api/workers/${workerId}/attachments`, form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentKeys.ofWorker(workerId) }),
  });
}

/** A fresh signed link each time a document is opened: links expire after a few minutes. */
export function useAttachmentLink() {
  return useMutation({ mutationFn: (id: string) => apiPost<AttachmentLink>(`/api/attachments/${id}/link`) });
}

export function useDeleteAttachment(workerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>("DELETE", `/api/attachments/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentKeys.ofWorker(workerId) }),
  });
}
