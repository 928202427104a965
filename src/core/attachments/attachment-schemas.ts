import { z } from "zod";
import { uuid } from "../shared/primitives.js";

/** What a document in a worker's file is. */
export const ATTACHMENT_KINDS = ["identity_document", "work_permit", "certificate", "contract", "photo", "other"] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The only kinds of file accepted, as their content shows them (never as the sender names them). */
export const ACCEPTED_MEDIA_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;
export type AcceptedMediaType = (typeof ACCEPTED_MEDIA_TYPES)[number];

/** The largest file accepted: a phone photo or a scanned multi-page PDF fits. */
export const MAX_ATTACHMENT_BYTES = 8_000_000;

/** How long a download link works after it is issued. */
export const ATTACHMENT_LINK_SECONDS = 5 * 60;

/** A document as listed: everything but its bytes. */
export const attachment = z.object({
  id: uuid,
  workerId: uuid,
  kind: z.enum(ATTACHMENT_KINDS),
  fileName: z.string(),
  mediaType: z.enum(ACCEPTED_MEDIA_TYPES),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachment>;

export const attachmentLink = z.object({ url: z.string(), expiresAt: z.string() });
export type AttachmentLink = z.infer<typeof attachmentLink>;
