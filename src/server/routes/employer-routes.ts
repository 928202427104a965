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
import type { RouteContext } from "./api-routes.js";
import { errorResponses, idParams, ifMatchVersion, requireActor, requireListFilter } from "./route-helpers.js";

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
        summary: "Register an employer with at least one site",
        body: employerInput,
        response: { 201: employer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await createEmployer(db, requireActor(request), request.body);
      return reply.status(201).header("etag", `"${created.version}"`).send(created);
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
      return reply.header("etag", `"${found.version}"`).send(found);
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
        response: { 200: employer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const saved = await updateEmployer(db, requireActor(request), request.params.id, request.body, ifMatchVersion(request));
      return reply.header("etag", `"${saved.version}"`).send(saved);
    },
  );

  app.post(
    "/api/employers/:id/sites",
    {
      config: { action: "employer.update" },
      schema: {
        tags,
        summary: "Add a site where the employer's work takes place",
        params: idParams,
        body: employerSiteInput,
        response: { 201: employerSite, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addEmployerSite(db, requireActor(request), request.params.id, request.body, ifMatchVersion(request))),
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
    async (request, reply) => {
      const created = await createEmployerAccount(db, requireActor(request), request.params.id);
      // The password must not linger in a browser or proxy cache.
      return reply.status(201).header("cache-control", "no-store").send(created);
    },
  );
}
