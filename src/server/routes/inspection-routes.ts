import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listFilterFor } from "../../core/access/policy.js";
import {
  correctiveAction,
  correctiveActionInput,
  correctiveActionListQuery,
  correctiveActionPatch,
  correctiveActionResponse,
  evidence,
  finding,
  findingInput,
  inspection,
  inspectionDetail,
  inspectionInput,
  inspectionListQuery,
  inspectionPatch,
} from "../../core/inspections/inspection-schemas.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { uuid } from "../../core/shared/primitives.js";
import { attachmentDisposition } from "../attachments/content-disposition.js";
import { readUpload } from "../attachments/read-upload.js";
import { prepareUpload } from "../attachments/upload-attachment.js";
import { idempotentResponses } from "../idempotency/idempotent-responses.js";
import { withIdempotency } from "../idempotency/with-idempotency.js";
import { addFinding } from "../inspections/add-finding.js";
import {
  addCorrectiveAction,
  listCorrectiveActions,
  respondToCorrectiveAction,
  updateCorrectiveAction,
} from "../inspections/corrective-actions.js";
import { authoriseEvidenceUpload, downloadEvidence, evidenceSigner, storeEvidence } from "../inspections/inspection-evidence.js";
import { planInspection } from "../inspections/plan-inspection.js";
import { listInspections, readInspection } from "../inspections/read-inspections.js";
import { updateInspection } from "../inspections/update-inspection.js";
import { etagOf, requiredVersion, versionedChangeResponses } from "../versioning/if-match.js";
import type { RouteContext } from "./api-routes.js";
import { apiError, errorResponses, idParams, requireActor, requireListFilter } from "./route-helpers.js";

const tags = ["inspections"];
/** A downloaded file can never run script, load anything or be framed. */
const FILE_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

/** Inspections and monitoring visits, their findings and evidence, and corrective action plans (docs/decent-work.md). */
export async function inspectionRoutes(base: FastifyInstance, { db, authSecret }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signer = evidenceSigner(authSecret);

  app.get(
    "/api/inspections",
    {
      config: { action: "inspection.list" },
      schema: {
        tags,
        summary: "The inspectors' queue (visits under way, planned by date, done); an employer sees their completed visits",
        querystring: inspectionListQuery.extend(pageQuery.shape),
        response: { 200: pageOf(inspection), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, ...query } = request.query;
      const actor = requireActor(request);
      const filter = requireListFilter(listFilterFor(actor, "inspection.list"));
      return listInspections(db, actor, filter, query, { page, pageSize }, new Date());
    },
  );

  app.post(
    "/api/inspections",
    {
      config: { action: "inspection.record" },
      schema: {
        tags,
        summary: "Plan a visit (or a follow-up of an earlier one); send an Idempotency-Key to make a retry safe",
        body: inspectionInput,
        response: { 201: inspectionDetail, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await withIdempotency(request, reply, db, 201, (tx) => planInspection(tx, actor, request.body, signer, new Date()));
      return reply.header("etag", etagOf(created.version)).send(created);
    },
  );

  app.get(
    "/api/inspections/:id",
    {
      config: { action: "inspection.read" },
      schema: {
        tags,
        summary: "A visit with its checklist, findings, corrective actions and (staff only) summary and evidence links",
        params: idParams,
        response: { 200: inspectionDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      const found = await readInspection(db, requireActor(request), request.params.id, signer, new Date());
      return reply.header("etag", etagOf(found.version)).send(found);
    },
  );

  app.patch(
    "/api/inspections/:id",
    {
      config: { action: "inspection.record" },
      schema: {
        tags,
        summary: "Record checklist answers and the summary, start, complete or cancel a visit; send If-Match",
        params: idParams,
        body: inspectionPatch,
        response: { 200: inspectionDetail, ...errorResponses, ...versionedChangeResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const saved = await updateInspection(db, actor, request.params.id, request.body, requiredVersion(request), signer, new Date());
      return reply.header("etag", etagOf(saved.version)).send(saved);
    },
  );

  app.post(
    "/api/inspections/:id/findings",
    {
      config: { action: "inspection.record" },
      schema: {
        tags,
        summary: "Record a finding of a visit under way or done; send an Idempotency-Key to make a retry safe",
        params: idParams,
        body: findingInput,
        response: { 201: finding, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return withIdempotency(request, reply, db, 201, (tx) => addFinding(tx, actor, request.params.id, request.body));
    },
  );

  app.post(
    "/api/inspections/:id/evidence",
    {
      config: { action: "inspection.record" },
      schema: {
        tags,
        summary:
          "Add a photo or document to a visit (multipart/form-data: kind = photo or other, file); checked by content, photos lose their metadata",
        consumes: ["multipart/form-data"],
        params: idParams,
        querystring: z.object({ findingId: uuid.optional() }),
        response: { 201: evidence, ...errorResponses, ...idempotentResponses, 413: apiError, 415: apiError },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const inspectionId = request.params.id;
      const findingId = request.query.findingId ?? null;
      const visit = await authoriseEvidenceUpload(db, actor, inspectionId, request.query.findingId);
      const upload = await prepareUpload(await readUpload(request));
      // A multipart body is not parsed into request.body: what the upload is stands in for it in the key's fingerprint.
      request.body = { findingId, fileName: upload.fileName, sha256: upload.sha256 };
      const target = { inspectionId, centreId: visit.centreId, findingId };
      return withIdempotency(request, reply, db, 201, (tx) => storeEvidence(tx, actor, target, upload, signer, new Date()));
    },
  );

  app.get(
    "/api/inspection-files/:token",
    {
      // The signature in the link is the authorisation, as for documents (GET /api/files/:token).
      config: { action: "public" },
      schema: {
        tags,
        summary: "Download a piece of evidence through a signed link; an expired or changed link answers 404",
        params: z.object({ token: z.string().max(200) }),
        response: { 200: z.unknown().describe("The file's bytes"), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await downloadEvidence(db, request.actor, request.params.token, signer, new Date());
      return reply
        .header("content-type", file.mediaType)
        .header("content-disposition", attachmentDisposition(file.fileName))
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", FILE_CSP)
        .header("cache-control", "no-store")
        .send(file.bytes);
    },
  );

  app.post(
    "/api/inspections/:id/corrective-actions",
    {
      config: { action: "inspection.record" },
      schema: {
        tags,
        summary: "Add an item to the visit's corrective action plan; send an Idempotency-Key to make a retry safe",
        params: idParams,
        body: correctiveActionInput,
        response: { 201: correctiveAction, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await withIdempotency(request, reply, db, 201, (tx) =>
        addCorrectiveAction(tx, actor, request.params.id, request.body, new Date()),
      );
      return reply.header("etag", etagOf(created.version)).send(created);
    },
  );

  app.get(
    "/api/corrective-actions",
    {
      config: { action: "inspection.list" },
      schema: {
        tags,
        summary: "Corrective action plans across visits, open items first by due date; an employer sees their own",
        querystring: correctiveActionListQuery.extend(pageQuery.shape),
        response: { 200: pageOf(correctiveAction), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, ...query } = request.query;
      const actor = requireActor(request);
      const filter = requireListFilter(listFilterFor(actor, "inspection.list"));
      return listCorrectiveActions(db, actor, filter, query, { page, pageSize }, new Date());
    },
  );

  app.patch(
    "/api/corrective-actions/:id",
    {
      config: { action: "inspection.record" },
      schema: {
        tags,
        summary: "Verify an item as done, mark it not done, cancel or reopen it, or correct it; send If-Match",
        params: idParams,
        body: correctiveActionPatch,
        response: { 200: correctiveAction, ...errorResponses, ...versionedChangeResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const saved = await updateCorrectiveAction(db, actor, request.params.id, request.body, requiredVersion(request), new Date());
      return reply.header("etag", etagOf(saved.version)).send(saved);
    },
  );

  app.post(
    "/api/corrective-actions/:id/response",
    {
      config: { action: "corrective_action.respond" },
      schema: {
        tags,
        summary: "The employer answers an item of their plan (what they did); send If-Match",
        params: idParams,
        body: correctiveActionResponse,
        response: { 200: correctiveAction, ...errorResponses, ...versionedChangeResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const saved = await respondToCorrectiveAction(
        db,
        actor,
        request.params.id,
        request.body.response,
        requiredVersion(request),
        new Date(),
      );
      return reply.header("etag", etagOf(saved.version)).send(saved);
    },
  );
}
