import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listFilterFor } from "../../core/access/policy.js";
import { checkIn, checkInAnswerInput, checkInListQuery } from "../../core/check-ins/check-in-schemas.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { answerCheckIn } from "../check-ins/answer-check-in.js";
import { listCheckIns, readCheckIn } from "../check-ins/read-check-ins.js";
import { etagOf, requiredVersion, versionedChangeResponses } from "../versioning/if-match.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, idParams, requireActor, requireListFilter } from "./route-helpers.js";

const tags = ["check-ins"];

/** If-Match is optional here: without it a first answer; with it a correction of the version read. */
function optionalVersion(request: FastifyRequest): number | null {
  return request.headers["if-match"] === undefined ? null : requiredVersion(request);
}

/** Check-ins after placement: the worker answers their own; centre staff follow them and record answers given by phone. */
export async function checkInRoutes(base: FastifyInstance, { db }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/check-ins",
    {
      config: { action: "checkin.list" },
      schema: {
        tags,
        summary: "Check-ins after placement (a worker's own, or the centre's), the one due first first",
        querystring: checkInListQuery.extend(pageQuery.shape),
        response: { 200: pageOf(checkIn), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, ...query } = request.query;
      const filter = requireListFilter(listFilterFor(requireActor(request), "checkin.list"));
      return listCheckIns(db, filter, query, { page, pageSize }, new Date());
    },
  );

  app.get(
    "/api/check-ins/:id",
    {
      config: { action: "checkin.list" },
      schema: {
        tags,
        summary: "One check-in with its questions and answers",
        params: idParams,
        response: { 200: checkIn, ...errorResponses },
      },
    },
    async (request, reply) => {
      const found = await readCheckIn(db, requireActor(request), request.params.id);
      return reply.header("etag", etagOf(found.version)).send(found);
    },
  );

  app.post(
    "/api/check-ins/:id/answers",
    {
      config: { action: "checkin.answer" },
      schema: {
        tags,
        summary: "Answer a check-in (a 'no' opens a grievance); answering again needs If-Match with the version read",
        params: idParams,
        body: checkInAnswerInput,
        response: { 200: checkIn, ...errorResponses, ...versionedChangeResponses },
      },
    },
    async (request, reply) => {
      const saved = await answerCheckIn(db, requireActor(request), request.params.id, request.body, optionalVersion(request), new Date());
      return reply.header("etag", etagOf(saved.version)).send(saved);
    },
  );
}
