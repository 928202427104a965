import { MAX_ATTACHMENT_BYTES } from "../../../core/attachments/attachment-schemas.js";
import { errorMessageKey, isApiError } from "../../api/api-error.js";

/**
 * Why an upload cannot go ahead, as a key of the "attachments" namespace: checked before sending (nothing chosen, a
 * file over the limit) and after the API refused it (too large, not an accepted kind of file).
 */
export function uploadProblemKey({ kind, file, error }: { kind: string | null; file: File | null; error?: unknown }): string | null {
  if (!kind) return "error.kindRequired";
  if (!file) return "error.fileRequired";
  if (file.size > MAX_ATTACHMENT_BYTES) return "error.tooLarge";
  if (error === undefined) return null;
  if (isApiError(error) && error.code === "payload_too_large") return "error.tooLarge";
  if (isApiError(error) && error.code === "unsupported_media_type") return "error.unsupported";
  return `errors:${errorMessageKey(error)}`;
}
