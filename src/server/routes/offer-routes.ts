import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listFilterFor } from "../../core/access/policy.js";
import { offerInput, offerListQuery, offerPatch, offerTransitionInput, offerView } from "../../core/offers/offer-schemas.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { createOffer } from "../offers/create-offer.js";
import { listOffers } from "../offers/list-offers.js";
import { readOffer } from "../offers/read-offer.js";
import { transitionOffer } from "../offers/transition-offer.js";
import { updateOffer } from "../offers/update-offer.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, idParams, ifMatchVersion, requireActor, requireListFilter } from "./route-helpers.js";

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
      schema: { tags, summary: "Record a job offer as a draft", body: offerInput, response: { 201: offerView, ...errorResponses } },
    },
    async (request, reply) => {
      const created = await createOffer(db, requireActor(request), request.body);
      return reply.status(201).header("etag", `"${created.version}"`).send(created);
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
      return reply.header("etag", `"${found.version}"`).send(found);
    },
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
        response: { 200: offerView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const saved = await updateOffer(db, requireActor(request), request.params.id, request.body, ifMatchVersion(request));
      return reply.header("etag", `"${saved.version}"`).send(saved);
    },
  );

  app.post(
    "/api/offers/:id/transitions",
    {
      config: { action: "offer.transition" },
      schema: {
        tags,
        summary: "Move an offer along draft → submitted → checked → published → filled/closed",
        params: idParams,
        body: offerTransitionInput,
        response: { 200: offerView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const moved = await transitionOffer(db, requireActor(request), request.params.id, request.body.to, ifMatchVersion(request));
      return reply.header("etag", `"${moved.version}"`).send(moved);
    },
  );
}
