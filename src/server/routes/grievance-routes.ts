import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listFilterFor } from "../../core/access/policy.js";
import {
  grievanceAssignee,
  grievanceDetail,
  grievanceListQuery,
  grievanceMoveInput,
  grievanceNoteInput,
  grievanceRecorded,
  grievanceRecordInput,
  grievanceReporterRevealed,
  grievanceRevealInput,
  grievanceSummary,
  grievanceTriageInput,
} from "../../core/grievances/grievance-schemas.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { listGrievanceStaff } from "../grievances/list-grievance-staff.js";
import { listWorkerGrievances } from "../grievances/list-worker-grievances.js";
import { moveGrievance } from "../grievances/move-grievance.js";
import { noteGrievance } from "../grievances/note-grievance.js";
import { listGrievances, readGrievance } from "../grievances/read-grievances.js";
import { recordGrievance } from "../grievances/record-grievance.js";
import { revealReporter } from "../grievances/reveal-reporter.js";
import { triageGrievance } from "../grievances/triage-grievance.js";
import { idempotentResponses } from "../idempotency/idempotent-responses.js";
import { withIdempotency } from "../idempotency/with-idempotency.js";
import { etagOf, requiredVersion, versionedChangeResponses } from "../versioning/if-match.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, idParams, requireActor, requireListFilter } from "./route-helpers.js";

const tags = ["grievances"];

/**
 * Handling grievances (docs/decent-work.md): the queue, a case and its timeline, triage, moves, notes and messages to
 * the reporter. No answer here names who reported a case, except the data protection officer's reveal.
 */
export async function grievanceRoutes(base: FastifyInstance, { db }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/grievances",
    {
      config: { action: "grievance.list" },
      schema: {
        tags,
        summary: "The grievance queue, soonest due first; a worker gets the cases they signed",
        querystring: grievanceListQuery.extend(pageQuery.shape),
        response: { 200: pageOf(grievanceSummary), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, ...query } = request.query;
      const actor = requireActor(request);
      const filter = requireListFilter(listFilterFor(actor, "grievance.list"));
      return listGrievances(db, actor, filter, query, { page, pageSize }, new Date());
    },
  );

  app.post(
    "/api/grievances",
    {
      config: { action: "grievance.record" },
      schema: {
        tags,
        summary: "Record a grievance taken by phone or in person; the follow-up code is answered once, to give to the reporter",
        body: grievanceRecordInput,
        response: { 201: grievanceRecorded, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return withIdempotency(request, reply, db, 201, (tx) => recordGrievance(tx, actor, request.body, new Date()));
    },
  );

  app.get(
    "/api/grievances/assignees",
    {
      config: { action: "grievance.triage" },
      schema: {
        tags,
        summary: "The members of the centre a case can be assigned to",
        response: { 200: z.array(grievanceAssignee), ...errorResponses },
      },
    },
    async (request) => listGrievanceStaff(db, requireActor(request)),
  );

  app.get(
    "/api/grievances/:id",
    {
      config: { action: "grievance.read" },
      schema: { tags, summary: "One case with its timeline", params: idParams, response: { 200: grievanceDetail, ...errorResponses } },
    },
    async (request, reply) => {
      const found = await readGrievance(db, requireActor(request), request.params.id, new Date());
      return reply.header("etag", etagOf(found.version)).send(found);
    },
  );

  app.patch(
    "/api/grievances/:id",
    {
      config: { action: "grievance.triage" },
      schema: {
        tags,
        summary: "Triage: severity (sets the due date), due date, assignment; send If-Match with the version read",
        params: idParams,
        body: grievanceTriageInput,
        response: { 200: grievanceDetail, ...errorResponses, ...versionedChangeResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const saved = await triageGrievance(db, actor, request.params.id, request.body, requiredVersion(request), new Date());
      return reply.header("etag", etagOf(saved.version)).send(saved);
    },
  );

  app.post(
    "/api/grievances/:id/moves",
    {
      config: { action: "grievance.triage" },
      schema: {
        tags,
        summary: "Move a case to another status (escalate, resolve with an outcome, close, reopen); send If-Match",
        params: idParams,
        body: grievanceMoveInput,
        response: { 200: grievanceDetail, ...errorResponses, ...versionedChangeResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const saved = await moveGrievance(db, actor, request.params.id, request.body, requiredVersion(request), new Date());
      return reply.header("etag", etagOf(saved.version)).send(saved);
    },
  );

  app.post(
    "/api/grievances/:id/notes",
    {
      config: { action: "grievance.note" },
      schema: {
        tags,
        summary: "Add an internal note, or a message the reporter reads with their follow-up code",
        params: idParams,
        body: grievanceNoteInput,
        response: { 201: grievanceDetail, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const saved = await withIdempotency(request, reply, db, 201, (tx) =>
        noteGrievance(tx, actor, request.params.id, request.body, new Date()),
      );
      return reply.header("etag", etagOf(saved.version)).send(saved);
    },
  );

  app.post(
    "/api/grievances/:id/reveal",
    {
      config: { action: "grievance.reveal" },
      schema: {
        tags,
        summary: "The data protection officer reveals who signed a grievance, giving a reason (audited)",
        params: idParams,
        body: grievanceRevealInput,
        response: { 200: grievanceReporterRevealed, ...errorResponses },
      },
    },
    async (request) => revealReporter(db, requireActor(request), request.params.id, request.body.reason),
  );

  app.get(
    "/api/workers/:id/grievances",
    {
      config: { action: "grievance.list" },
      schema: {
        tags,
        summary: "The grievances a worker signed and shared with the centre's caseworkers (all of them for the worker)",
        params: idParams,
        querystring: pageQuery,
        response: { 200: pageOf(grievanceSummary), ...errorResponses },
      },
    },
    async (request) => listWorkerGrievances(db, requireActor(request), request.params.id, request.query, new Date()),
  );
}
