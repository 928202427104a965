import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentLink } from "../../core/attachments/attachment-schemas.js";
import { EMPLOYER_DOCUMENT_KINDS } from "../../core/vetting/vetting-codes.js";
import {
  declarationsInput,
  documentVerificationInput,
  employerDocument,
  selfAssessmentInput,
  vettingDecisionInput,
  vettingFile,
} from "../../core/vetting/vetting-schemas.js";
import { sendFile } from "../attachments/content-disposition.js";
import { readUploadOf } from "../attachments/read-upload.js";
import { linkSigner } from "../attachments/signed-link.js";
import { prepareUpload } from "../attachments/upload-attachment.js";
import { idempotentResponses } from "../idempotency/idempotent-responses.js";
import { withIdempotency } from "../idempotency/with-idempotency.js";
import { etagOf, requiredVersion, versionedChangeResponses } from "../versioning/if-match.js";
import { decideVetting } from "../vetting/decide-vetting.js";
import { declareVetting } from "../vetting/declare-vetting.js";
import {
  authoriseDocumentUpload,
  downloadEmployerDocument,
  EMPLOYER_DOCUMENT_LINK_PURPOSE,
  issueEmployerDocumentLink,
  storeEmployerDocument,
  verifyEmployerDocument,
} from "../vetting/employer-documents.js";
import { readVetting } from "../vetting/read-vetting.js";
import { saveSelfAssessment } from "../vetting/save-self-assessment.js";
import type { RouteContext } from "./api-routes.js";
import { apiError, errorResponses, idParams, requireActor } from "./route-helpers.js";

const tags = ["vetting"];

/** Fair-employer vetting (docs/decent-work.md): declarations, self-assessment, documents and the centre's decision. */
export async function vettingRoutes(base: FastifyInstance, { db, authSecret }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signer = linkSigner(authSecret, EMPLOYER_DOCUMENT_LINK_PURPOSE);
  const changed = { 200: vettingFile, ...errorResponses, ...versionedChangeResponses };

  app.get(
    "/api/employers/:id/vetting",
    {
      config: { action: "vetting.read" },
      schema: {
        tags,
        summary: "An employer's vetting file: status, declarations, self-assessment, documents (no contents), history, what is missing",
        params: idParams,
        response: { 200: vettingFile, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await readVetting(db, requireActor(request), request.params.id);
      return reply.header("etag", etagOf(file.version)).send(file);
    },
  );

  app.put(
    "/api/employers/:id/vetting/declarations",
    {
      config: { action: "vetting.declare" },
      schema: {
        tags,
        summary: "Sign the declarations (each true or false, and the collective agreement applied); send If-Match",
        params: idParams,
        body: declarationsInput,
        response: changed,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await declareVetting(db, actor, request.params.id, request.body, requiredVersion(request), new Date());
      return reply.header("etag", etagOf(file.version)).send(file);
    },
  );

  app.put(
    "/api/employers/:id/vetting/self-assessment",
    {
      config: { action: "vetting.declare" },
      schema: {
        tags,
        summary: "Save the self-assessment as it stands (yes, partly or no, and a note, per question); send If-Match",
        params: idParams,
        body: selfAssessmentInput,
        response: changed,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await saveSelfAssessment(db, actor, request.params.id, request.body, requiredVersion(request), new Date());
      return reply.header("etag", etagOf(file.version)).send(file);
    },
  );

  app.post(
    "/api/employers/:id/vetting/decision",
    {
      config: { action: "vetting.decide" },
      schema: {
        tags,
        summary: "The centre's decision: approve (with conditions), suspend, reject or reopen, with conditions or reason; send If-Match",
        params: idParams,
        body: vettingDecisionInput,
        response: changed,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await decideVetting(db, actor, request.params.id, request.body, requiredVersion(request), new Date());
      return reply.header("etag", etagOf(file.version)).send(file);
    },
  );

  app.post(
    "/api/employers/:id/vetting/documents",
    {
      config: { action: "vetting.declare" },
      schema: {
        tags,
        summary:
          "File a vetting document (multipart/form-data: kind, file); checked by content, images lose their metadata; send an Idempotency-Key",
        consumes: ["multipart/form-data"],
        params: idParams,
        response: { 201: employerDocument, ...errorResponses, ...idempotentResponses, 413: apiError, 415: apiError },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const employerId = request.params.id;
      const centreId = await authoriseDocumentUpload(db, actor, employerId);
      const upload = await prepareUpload(await readUploadOf(request, EMPLOYER_DOCUMENT_KINDS));
      // A multipart body is not parsed into request.body: what the upload is stands in for it in the key's fingerprint.
      request.body = { kind: upload.kind, fileName: upload.fileName, sha256: upload.sha256 };
      return withIdempotency(request, reply, db, 201, (tx) => storeEmployerDocument(tx, actor, { employerId, centreId }, upload));
    },
  );

  app.post(
    "/api/employer-documents/:id/link",
    {
      config: { action: "vetting.read" },
      schema: {
        tags,
        summary: "A download link to a vetting document that works for five minutes (issuing it is audited)",
        params: idParams,
        response: { 200: attachmentLink, ...errorResponses },
      },
    },
    async (request) => issueEmployerDocumentLink(db, requireActor(request), request.params.id, signer, new Date()),
  );

  app.post(
    "/api/employer-documents/:id/verify",
    {
      config: { action: "vetting.decide" },
      schema: {
        tags,
        summary: "Mark a vetting document verified against the original (or take the mark back)",
        params: idParams,
        body: documentVerificationInput,
        response: { 200: employerDocument, ...errorResponses },
      },
    },
    async (request) => verifyEmployerDocument(db, requireActor(request), request.params.id, request.body.verified, new Date()),
  );

  app.get(
    "/api/employer-documents/files/:token",
    {
      // The signature in the link is the authorisation: whoever was given a fresh link may download once or twice.
      config: { action: "public" },
      schema: {
        tags,
        summary: "Download a vetting document through a signed link; an expired or changed link answers 404",
        params: z.object({ token: z.string().max(200) }),
        response: { 200: z.unknown().describe("The document's bytes"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await downloadEmployerDocument(db, request.actor, request.params.token, signer, new Date());
      return sendFile(reply, file);
    },
  );
}
