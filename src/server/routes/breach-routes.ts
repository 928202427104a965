import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listFilterFor } from "../../core/access/policy.js";
import { breach, breachInput, breachListQuery, breachPatch } from "../../core/breaches/breach-schemas.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { listBreaches, readBreach } from "../breaches/read-breaches.js";
import { recordBreach } from "../breaches/record-breach.js";
import { updateBreach } from "../breaches/update-breach.js";
import { idempotentResponses } from "../idempotency/idempotent-responses.js";
import { withIdempotency } from "../idempotency/with-idempotency.js";
import { etagOf, requiredVersion, versionedChangeResponses } from "../versioning/if-match.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, idParams, requireActor, requireListFilter } from "./route-helpers.js";

const tags = ["breaches"];

/** The register of personal data breaches (GDPR art. 33(5)), kept by the coordinator and the data protection officer. */
export async function breachRoutes(base: FastifyInstance, { db }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/breaches",
    {
      config: { action: "breach.list" },
      schema: {
        tags,
        summary: "The breach register, latest discovery first, with the 72-hour deadline of each",
        querystring: breachListQuery.extend(pageQuery.shape),
        response: { 200: pageOf(breach), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, ...query } = request.query;
      const filter = requireListFilter(listFilterFor(requireActor(request), "breach.list"));
      return listBreaches(db, filter, query, { page, pageSize }, new Date());
    },
  );

  app.post(
    "/api/breaches",
    {
      config: { action: "breach.record" },
      schema: {
        tags,
        summary: "Record a breach; send an Idempotency-Key to make a retry safe",
        body: breachInput,
        response: { 201: breach, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await withIdempotency(request, reply, db, 201, (tx) => recordBreach(tx, actor, request.body, new Date()));
      return reply.header("etag", etagOf(created.version)).send(created);
    },
  );

  app.get(
    "/api/breaches/:id",
    {
      config: { action: "breach.list" },
      schema: { tags, summary: "One breach of the register", params: idParams, response: { 200: breach, ...errorResponses } },
    },
    async (request, reply) => {
      const found = await readBreach(db, requireActor(request), request.params.id, new Date());
      return reply.header("etag", etagOf(found.version)).send(found);
    },
  );

  app.patch(
    "/api/breaches/:id",
    {
      config: { action: "breach.update" },
      schema: {
        tags,
        summary: "Complete or correct a breach; send If-Match with the version read",
        params: idParams,
        body: breachPatch,
        response: { 200: breach, ...errorResponses, ...versionedChangeResponses },
      },
    },
    async (request, reply) => {
      const saved = await updateBreach(db, requireActor(request), request.params.id, request.body, requiredVersion(request), new Date());
      return reply.header("etag", etagOf(saved.version)).send(saved);
    },
  );
}
