import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listFilterFor } from "../../core/access/policy.js";
import {
  employer,
  employerAccountCreated,
  employerInput,
  employerListQuery,
  employerPatch,
  employerSite,
  employerSiteInput,
} from "../../core/employers/employer-schemas.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { listEmployers } from "../../db/repositories/employer-repository.js";
import { addEmployerSite } from "../employers/add-employer-site.js";
import { createEmployer } from "../employers/create-employer.js";
import { createEmployerAccount } from "../employers/create-employer-account.js";
import { readEmployer } from "../employers/read-employer.js";
import { updateEmployer } from "../employers/update-employer.js";
import { idempotentResponses } from "../idempotency/idempotent-responses.js";
import { withIdempotency } from "../idempotency/with-idempotency.js";
import { etagOf, requiredVersion, versionedChangeResponses } from "../versioning/if-match.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, idParams, requireActor, requireListFilter } from "./route-helpers.js";

const tags = ["employers"];

export async function employerRoutes(base: FastifyInstance, { db }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/employers",
    {
      config: { action: "employer.list" },
      schema: {
        tags,
        summary: "Search and filter employers of the centre",
        querystring: employerListQuery.extend(pageQuery.shape),
        response: { 200: pageOf(employer), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, ...filters } = request.query;
      return listEmployers(db, requireListFilter(listFilterFor(requireActor(request), "employer.list")), filters, { page, pageSize });
    },
  );

  app.post(
    "/api/employers",
    {
      config: { action: "employer.create" },
      schema: {
        tags,
        summary: "Register an employer with at least one site; send an Idempotency-Key to make a retry safe",
        body: employerInput,
        response: { 201: employer, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await withIdempotency(request, reply, db, 201, (tx) => createEmployer(tx, actor, request.body));
      return reply.header("etag", etagOf(created.version)).send(created);
    },
  );

  app.get(
    "/api/employers/:id",
    {
      config: { action: "employer.read" },
      schema: { tags, summary: "An employer's profile with its sites", params: idParams, response: { 200: employer, ...errorResponses } },
    },
    async (request, reply) => {
      const found = await readEmployer(db, requireActor(request), request.params.id);
      return reply.header("etag", etagOf(found.version)).send(found);
    },
  );

  app.patch(
    "/api/employers/:id",
    {
      config: { action: "employer.update" },
      schema: {
        tags,
        summary: "Change an employer's profile; send If-Match with the version read",
        params: idParams,
        body: employerPatch,
        response: { 200: employer, ...errorResponses, ...versionedChangeResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const saved = await withIdempotency(request, reply, db, 200, (tx) =>
        updateEmployer(tx, actor, request.params.id, request.body, requiredVersion(request)),
      );
      return reply.header("etag", etagOf(saved.version)).send(saved);
    },
  );

  app.post(
    "/api/employers/:id/sites",
    {
      config: { action: "employer.update" },
      schema: {
        tags,
        summary: "Add a site where the employer's work takes place; send If-Match (the employer's version moves on) and an Idempotency-Key",
        params: idParams,
        body: employerSiteInput,
        response: { 201: employerSite, ...errorResponses, ...versionedChangeResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return withIdempotency(request, reply, db, 201, (tx) =>
        addEmployerSite(tx, actor, request.params.id, request.body, requiredVersion(request)),
      );
    },
  );

  app.post(
    "/api/employers/:id/account",
    {
      config: { action: "employer.account.create" },
      schema: {
        tags,
        summary: "Open the employer's portal sign-in for its contact e-mail; the temporary password is shown only in this answer",
        params: idParams,
        response: { 201: employerAccountCreated, ...errorResponses },
      },
    },
    // No Idempotency-Key here: the answer holds a one-time password that is never stored, and a repeat is refused
    // anyway (the e-mail already has an account), so the request has at most one effect.
    async (request, reply) => {
      const created = await createEmployerAccount(db, requireActor(request), request.params.id);
      // The password must not linger in a browser or proxy cache.
      return reply.status(201).header("cache-control", "no-store").send(created);
    },
  );
}
