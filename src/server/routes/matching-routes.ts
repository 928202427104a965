import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { employerNotMatchable } from "../../core/fair-work/fair-work-schemas.js";
import { candidateMatch, matchQuery, offerMatch } from "../../core/matching/match-schemas.js";
import { uuid } from "../../core/shared/primitives.js";
import { candidatesForOffer } from "../matching/candidates-for-offer.js";
import { offersForWorker } from "../matching/offers-for-worker.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, requireActor } from "./route-helpers.js";

const tags = ["matching"];
const idParams = z.object({ id: uuid });

export async function matchingRoutes(base: FastifyInstance, services: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/offers/:id/matches",
    {
      config: { action: "offer.matches" },
      schema: {
        tags,
        summary: "Ranked candidates with reasons (the excluded on request); none, and why, while the employer is not matched",
        params: idParams,
        querystring: matchQuery,
        response: {
          200: z.object({ items: z.array(candidateMatch), employerNotMatchable: employerNotMatchable.nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => candidatesForOffer(services, requireActor(request), request.params.id, request.query),
  );

  app.get(
    "/api/workers/:id/matches",
    {
      config: { action: "worker.matches" },
      schema: {
        tags,
        summary: "Published offers for a worker, ranked, with reasons",
        params: idParams,
        querystring: matchQuery,
        response: { 200: z.object({ items: z.array(offerMatch) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await offersForWorker(services, requireActor(request), request.params.id, request.query) }),
  );
}
