import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { ATTACHMENT_KINDS, type AttachmentKind, MAX_ATTACHMENT_BYTES } from "../../core/attachments/attachment-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";

/** One file and a few short fields; busboy stops counting at these limits, so nothing large is ever buffered. */
export const UPLOAD_LIMITS = { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 200, headerPairs: 50 };

export interface Upload<K extends string = AttachmentKind> {
  kind: K;
  fileName: string;
  bytes: Buffer;
}

function tooLarge(): DomainError {
  return new DomainError("payload_too_large", `A file may be at most ${MAX_ATTACHMENT_BYTES / 1_000_000} MB.`, [
    { path: ["file"], message: "errors.tooBig", params: { max: MAX_ATTACHMENT_BYTES } },
  ]);
}

function invalid(field: "file" | "kind"): DomainError {
  return new DomainError("validation_failed", `The upload needs a ${field}.`, [{ path: [field], message: "errors.required" }]);
}

/** Reads `kind` and `file` of a multipart/form-data upload; any other body is refused with 415. */
export function readUpload(request: FastifyRequest): Promise<Upload> {
  return readUploadOf(request, ATTACHMENT_KINDS);
}

/** The same for another list of document kinds (an employer's vetting documents). */
export async function readUploadOf<K extends string>(request: FastifyRequest, kinds: readonly [K, ...K[]]): Promise<Upload<K>> {
  if (!request.isMultipart()) throw new DomainError("unsupported_media_type", "Send the file as multipart/form-data.");
  let kind: unknown;
  let file: { fileName: string; bytes: Buffer } | undefined;
  try {
    for await (const part of request.parts({ limits: UPLOAD_LIMITS })) {
      if (part.type === "file") {
        // Read the stream to its end either way: an unread part would stall the request.
        const bytes = await part.toBuffer();
        if (part.fieldname === "file") file = { fileName: part.filename, bytes };
      } else if (part.fieldname === "kind") {
        kind = part.value;
      }
    }
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 413) throw tooLarge();
    throw new DomainError("validation_failed", "The upload could not be read.");
  }
  const parsedKind = z.enum(kinds).safeParse(kind);
  if (!parsedKind.success) throw invalid("kind");
  if (!file || file.bytes.length === 0) throw invalid("file");
  return { kind: parsedKind.data, ...file };
}
