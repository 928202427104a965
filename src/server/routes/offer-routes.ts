import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listFilterFor } from "../../core/access/policy.js";
import { offerCheckResult } from "../../core/offers/offer-check-schemas.js";
import { offerInput, offerListQuery, offerPatch, offerTransitionInput, offerView } from "../../core/offers/offer-schemas.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { idempotentResponses } from "../idempotency/idempotent-responses.js";
import { withIdempotency } from "../idempotency/with-idempotency.js";
import { checkOffer } from "../offers/check-offer.js";
import { createOffer } from "../offers/create-offer.js";
import { listOffers } from "../offers/list-offers.js";
import { readOffer } from "../offers/read-offer.js";
import { transitionOffer } from "../offers/transition-offer.js";
import { updateOffer } from "../offers/update-offer.js";
import { etagOf, requiredVersion, versionedChangeResponses } from "../versioning/if-match.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, idParams, requireActor, requireListFilter } from "./route-helpers.js";

const tags = ["offers"];

export async function offerRoutes(base: FastifyInstance, { db }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/offers",
    {
      config: { action: "offer.list" },
      schema: {
        tags,
        summary: "Search and filter job offers (an employer sees its own)",
        querystring: offerListQuery.extend(pageQuery.shape),
        response: { 200: pageOf(offerView), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, ...filters } = request.query;
      return listOffers(db, actor, requireListFilter(listFilterFor(actor, "offer.list")), filters, { page, pageSize });
    },
  );

  app.post(
    "/api/offers",
    {
      config: { action: "offer.create" },
      schema: {
        tags,
        summary: "Record a job offer as a draft; send an Idempotency-Key to make a retry safe",
        body: offerInput,
        response: { 201: offerView, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await withIdempotency(request, reply, db, 201, (tx) => createOffer(tx, actor, request.body));
      return reply.header("etag", etagOf(created.version)).send(created);
    },
  );

  app.get(
    "/api/offers/:id",
    {
      config: { action: "offer.read" },
      schema: {
        tags,
        summary: "A job offer, with the lifecycle moves open to the reader",
        params: idParams,
        response: { 200: offerView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const found = await readOffer(db, requireActor(request), request.params.id);
      return reply.header("etag", etagOf(found.version)).send(found);
    },
  );

  app.get(
    "/api/offers/:id/check",
    {
      config: { action: "offer.check" },
      schema: {
        tags,
        summary: "The offer against the labour rules of its country, sector and dates: each problem and how to fix it",
        params: idParams,
        response: { 200: offerCheckResult, ...errorResponses },
      },
    },
    async (request) => checkOffer(db, requireActor(request), request.params.id),
  );

  app.patch(
    "/api/offers/:id",
    {
      config: { action: "offer.update" },
      schema: {
        tags,
        summary: "Change a draft offer; send If-Match with the version read",
        params: idParams,
        body: offerPatch,
        response: { 200: offerView, ...errorResponses, ...versionedChangeResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const saved = await withIdempotency(request, reply, db, 200, (tx) =>
        updateOffer(tx, actor, request.params.id, request.body, requiredVersion(request)),
      );
      return reply.header("etag", etagOf(saved.version)).send(saved);
    },
  );

  app.post(
    "/api/offers/:id/transitions",
    {
      config: { action: "offer.transition" },
      schema: {
        tags,
        summary: "Move an offer along draft → submitted → checked → published → filled/closed; send If-Match with the version read",
        params: idParams,
        body: offerTransitionInput,
        response: { 200: offerView, ...errorResponses, ...versionedChangeResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const moved = await withIdempotency(request, reply, db, 200, (tx) =>
        transitionOffer(tx, actor, request.params.id, request.body.to, requiredVersion(request)),
      );
      return reply.header("etag", etagOf(moved.version)).send(moved);
    },
  );
}
