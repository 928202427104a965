import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listFilterFor } from "../../core/access/policy.js";
import { referral, referralCreate, referralListQuery, referralMove } from "../../core/referrals/referral-schemas.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { uuid } from "../../core/shared/primitives.js";
import { findReferral, listReferrals } from "../../db/repositories/referral-repository.js";
import { idempotentResponses } from "../idempotency/idempotent-responses.js";
import { withIdempotency } from "../idempotency/with-idempotency.js";
import { createReferral } from "../referrals/create-referral.js";
import { moveReferral } from "../referrals/move-referral.js";
import { etagOf, requiredVersion, versionedChangeResponses } from "../versioning/if-match.js";
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
        summary: "Propose an offer to a worker, or refer a worker who consented; send an Idempotency-Key to make a retry safe",
        body: referralCreate,
        response: { 201: referral, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await withIdempotency(request, reply, db, 201, async (tx) => {
        const found = await findReferral(tx, await createReferral(tx, knowledge, actor, request.body));
        if (!found) throw new Error("created referral not found");
        return found;
      });
      return reply.header("etag", etagOf(created.version)).send(created);
    },
  );

  app.post(
    "/api/referrals/:id/moves",
    {
      config: { action: "referral.move" },
      schema: {
        tags,
        summary: "Move a candidacy along: accept, decline, interview, hire (with placement); send If-Match with the version read",
        params: z.object({ id: uuid }),
        body: referralMove,
        response: { 200: referral, ...errorResponses, ...versionedChangeResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const moved = await withIdempotency(request, reply, db, 200, (tx) =>
        moveReferral(tx, actor, request.params.id, request.body, requiredVersion(request)),
      );
      return reply.header("etag", etagOf(moved.version)).send(moved);
    },
  );
}
