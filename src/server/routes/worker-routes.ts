import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listFilterFor } from "../../core/access/policy.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { uuid } from "../../core/shared/primitives.js";
import {
  consentInput,
  consentRecord,
  worker,
  workerInput,
  workerListQuery,
  workerPatch,
  workerSummary,
} from "../../core/workers/worker-schemas.js";
import { listWorkers } from "../../db/repositories/worker-repository.js";
import { todayIso } from "../clock.js";
import { idempotentResponses } from "../idempotency/idempotent-responses.js";
import { withIdempotency } from "../idempotency/with-idempotency.js";
import { etagOf, requiredVersion, versionedChangeResponses } from "../versioning/if-match.js";
import { createWorker } from "../workers/create-worker.js";
import { readWorker } from "../workers/read-worker.js";
import { updateWorker } from "../workers/update-worker.js";
import { readConsents, recordConsent } from "../workers/worker-consents.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, requireActor, requireListFilter } from "./route-helpers.js";

const idParams = z.object({ id: uuid });
const tags = ["workers"];

export async function workerRoutes(base: FastifyInstance, { db }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/workers",
    {
      config: { action: "worker.list" },
      schema: {
        tags,
        summary: "Search and filter workers of the centre",
        querystring: workerListQuery.extend(pageQuery.shape),
        response: { 200: pageOf(workerSummary), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, ...filters } = request.query;
      return listWorkers(db, requireListFilter(listFilterFor(actor, "worker.list")), filters, { page, pageSize }, todayIso());
    },
  );

  app.post(
    "/api/workers",
    {
      config: { action: "worker.create" },
      schema: {
        tags,
        summary: "Register a worker; send an Idempotency-Key to make a retry safe",
        body: workerInput,
        response: { 201: worker, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return withIdempotency(request, reply, db, 201, (tx) => createWorker(tx, actor, request.body));
    },
  );

  app.get(
    "/api/workers/:id",
    {
      config: { action: "worker.read" },
      schema: { tags, summary: "A worker's file (the read is audited)", params: idParams, response: { 200: worker, ...errorResponses } },
    },
    async (request, reply) => {
      const found = await readWorker(db, requireActor(request), request.params.id);
      return reply.header("etag", etagOf(found.version)).send(found);
    },
  );

  app.patch(
    "/api/workers/:id",
    {
      config: { action: "worker.update" },
      schema: {
        tags,
        summary: "Change a worker's file; send If-Match with the version read",
        params: idParams,
        body: workerPatch,
        response: { 200: worker, ...errorResponses, ...versionedChangeResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const saved = await withIdempotency(request, reply, db, 200, (tx) =>
        updateWorker(tx, actor, request.params.id, request.body, requiredVersion(request)),
      );
      return reply.header("etag", etagOf(saved.version)).send(saved);
    },
  );

  app.get(
    "/api/workers/:id/consents",
    {
      config: { action: "worker.consent.read" },
      schema: {
        tags,
        summary: "Consent records of a worker, latest first",
        params: idParams,
        response: { 200: z.array(consentRecord), ...errorResponses },
      },
    },
    async (request) => readConsents(db, requireActor(request), request.params.id),
  );

  app.post(
    "/api/workers/:id/consents",
    {
      config: { action: "worker.consent.record" },
      schema: {
        tags,
        summary: "Record that a worker gave or withdrew consent (append-only); send an Idempotency-Key to make a retry safe",
        params: idParams,
        body: consentInput,
        response: { 201: consentRecord, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return withIdempotency(request, reply, db, 201, (tx) => recordConsent(tx, actor, request.params.id, request.body));
    },
  );
}
