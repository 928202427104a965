import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listFilterFor } from "../../core/access/policy.js";
import { referral, referralCreate, referralListQuery, referralMove } from "../../core/referrals/referral-schemas.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { uuid } from "../../core/shared/primitives.js";
import { findReferral, listReferrals } from "../../db/repositories/referral-repository.js";
import { createReferral } from "../referrals/create-referral.js";
import { moveReferral } from "../referrals/move-referral.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, requireActor, requireListFilter } from "./route-helpers.js";

const tags = ["referrals"];

export async function referralRoutes(base: FastifyInstance, { db, knowledge }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/referrals",
    {
      config: { action: "referral.list" },
      schema: {
        tags,
        summary: "Candidacies: the centre's, an employer's (after consent) or a worker's own",
        querystring: referralListQuery.extend(pageQuery.shape),
        response: { 200: pageOf(referral), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, ...filters } = request.query;
      return listReferrals(db, requireListFilter(listFilterFor(actor, "referral.list")), filters, { page, pageSize });
    },
  );

  app.post(
    "/api/referrals",
    {
      config: { action: "referral.create" },
      schema: {
        tags,
        summary: "Propose an offer to a worker, or refer a worker who consented",
        body: referralCreate,
        response: { 201: referral, ...errorResponses },
      },
    },
    async (request, reply) => {
      const id = await createReferral(db, knowledge, requireActor(request), request.body);
      const created = await findReferral(db, id);
      if (!created) throw new Error("created referral not found");
      return reply.status(201).send(created);
    },
  );

  app.post(
    "/api/referrals/:id/moves",
    {
      config: { action: "referral.move" },
      schema: {
        tags,
        summary: "Move a candidacy along: accept, decline, interview, hire (with placement)",
        params: z.object({ id: uuid }),
        body: referralMove,
        response: { 200: referral, ...errorResponses },
      },
    },
    async (request) => moveReferral(db, requireActor(request), request.params.id, request.body),
  );
}
