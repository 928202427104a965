import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { complianceOverview, fairWorkReviewInput, fairWorkView } from "../../core/fair-work/fair-work-schemas.js";
import { readComplianceOverview } from "../fair-work/read-compliance-overview.js";
import { readFairWork } from "../fair-work/read-fair-work.js";
import { reviewHold } from "../fair-work/review-hold.js";
import { idempotentResponses } from "../idempotency/idempotent-responses.js";
import { withIdempotency } from "../idempotency/with-idempotency.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, idParams, requireActor } from "./route-helpers.js";

const tags = ["fair work"];

/** The fair-work score of an employer, the review of matching holds, and the centre's decent-work overview. */
export async function fairWorkRoutes(base: FastifyInstance, { db }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/employers/:id/fair-work",
    {
      config: { action: "fair_work.read" },
      schema: {
        tags,
        summary: "An employer's fair-work score explained item by item, its matching holds and what to fix",
        params: idParams,
        response: { 200: fairWorkView, ...errorResponses },
      },
    },
    async (request) => readFairWork(db, requireActor(request), request.params.id, new Date()),
  );

  app.post(
    "/api/employers/:id/fair-work/reviews",
    {
      config: { action: "fair_work.review" },
      schema: {
        tags,
        summary: "Review the matching hold of a substantiated serious grievance; send an Idempotency-Key to make a retry safe",
        params: idParams,
        body: fairWorkReviewInput,
        response: { 201: fairWorkView, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return withIdempotency(request, reply, db, 201, (tx) => reviewHold(tx, actor, request.params.id, request.body, new Date()));
    },
  );

  app.get(
    "/api/compliance/overview",
    {
      config: { action: "compliance.overview" },
      schema: {
        tags,
        summary: "The centre's decent-work figures: grievances, visits, corrective actions, check-ins and employers needing attention",
        response: { 200: complianceOverview, ...errorResponses },
      },
    },
    async (request) => readComplianceOverview(db, requireActor(request), new Date()),
  );
}
