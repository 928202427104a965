import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachment, attachmentLink } from "../../core/attachments/attachment-schemas.js";
import { deleteAttachment, downloadAttachment, issueAttachmentLink, listAttachments } from "../attachments/attachment-access.js";
import { sendFile } from "../attachments/content-disposition.js";
import { readUpload } from "../attachments/read-upload.js";
import { linkSigner } from "../attachments/signed-link.js";
import { authoriseUpload, prepareUpload, storeAttachment } from "../attachments/upload-attachment.js";
import { idempotentResponses } from "../idempotency/idempotent-responses.js";
import { withIdempotency } from "../idempotency/with-idempotency.js";
import type { RouteContext } from "./api-routes.js";
import { apiError, errorResponses, idParams, requireActor } from "./route-helpers.js";

const tags = ["attachments"];

export async function attachmentRoutes(base: FastifyInstance, { db, authSecret }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signer = linkSigner(authSecret);

  app.post(
    "/api/workers/:id/attachments",
    {
      config: { action: "attachment.upload" },
      schema: {
        tags,
        summary:
          "Add a document to a worker's file (multipart/form-data: kind, file); images lose their metadata; send an Idempotency-Key to make a retry safe",
        consumes: ["multipart/form-data"],
        params: idParams,
        response: { 201: attachment, ...errorResponses, ...idempotentResponses, 413: apiError, 415: apiError },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const workerId = request.params.id;
      const centreId = await authoriseUpload(db, actor, workerId);
      const upload = await prepareUpload(await readUpload(request));
      // A multipart body is not parsed into request.body: what the upload is stands in for it in the key's fingerprint.
      request.body = { kind: upload.kind, fileName: upload.fileName, sha256: upload.sha256 };
      return withIdempotency(request, reply, db, 201, (tx) => storeAttachment(tx, actor, { workerId, centreId }, upload));
    },
  );

  app.get(
    "/api/workers/:id/attachments",
    {
      config: { action: "attachment.read" },
      schema: {
        tags,
        summary: "Documents of a worker's file, newest first (no contents)",
        params: idParams,
        response: { 200: z.array(attachment), ...errorResponses },
      },
    },
    async (request) => listAttachments(db, requireActor(request), request.params.id),
  );

  app.post(
    "/api/attachments/:id/link",
    {
      config: { action: "attachment.read" },
      schema: {
        tags,
        summary: "A download link that works for five minutes (issuing it is audited)",
        params: idParams,
        response: { 200: attachmentLink, ...errorResponses },
      },
    },
    async (request) => issueAttachmentLink(db, requireActor(request), request.params.id, signer, new Date()),
  );

  app.get(
    "/api/files/:token",
    {
      // The signature in the link is the authorisation: whoever was given a fresh link may download once or twice.
      config: { action: "public" },
      schema: {
        tags,
        summary: "Download a document through a signed link; an expired or changed link answers 404",
        params: z.object({ token: z.string().max(200) }),
        // The bytes go out as they are, in the file's own media type (Fastify does not serialise a Buffer).
        response: { 200: z.unknown().describe("The document's bytes"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await downloadAttachment(db, request.actor, request.params.token, signer, new Date());
      return sendFile(reply, file);
    },
  );

  app.delete(
    "/api/attachments/:id",
    {
      config: { action: "attachment.delete" },
      schema: {
        tags,
        summary: "Remove a document from a worker's file (audited)",
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteAttachment(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
