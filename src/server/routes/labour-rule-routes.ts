import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { labourRule, labourRuleInput, labourRuleListQuery, labourRulePatch } from "../../core/labour-rules/labour-rule-schemas.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { idempotentResponses } from "../idempotency/idempotent-responses.js";
import { withIdempotency } from "../idempotency/with-idempotency.js";
import { createLabourRule } from "../labour-rules/create-labour-rule.js";
import { listLabourRulesFor, readLabourRule } from "../labour-rules/list-labour-rules.js";
import { updateLabourRule } from "../labour-rules/update-labour-rule.js";
import { etagOf, requiredVersion, versionedChangeResponses } from "../versioning/if-match.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, idParams, requireActor } from "./route-helpers.js";

const tags = ["labour rules"];

/** Labour rules as data (docs/decent-work.md): everyone reads them, an administrator adds, corrects and ends them. */
export async function labourRuleRoutes(base: FastifyInstance, { db }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/labour-rules",
    {
      config: { action: "labour_rule.read" },
      schema: {
        tags,
        summary: "Pay floors, hour limits and caps on deductions, by country, kind and date",
        querystring: labourRuleListQuery.extend(pageQuery.shape),
        response: { 200: pageOf(labourRule), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, ...query } = request.query;
      return listLabourRulesFor(db, query, { page, pageSize });
    },
  );

  app.post(
    "/api/labour-rules",
    {
      config: { action: "labour_rule.update" },
      schema: {
        tags,
        summary: "Add a labour rule; send an Idempotency-Key to make a retry safe",
        body: labourRuleInput,
        response: { 201: labourRule, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await withIdempotency(request, reply, db, 201, (tx) => createLabourRule(tx, actor, request.body));
      return reply.header("etag", etagOf(created.version)).send(created);
    },
  );

  app.get(
    "/api/labour-rules/:id",
    {
      config: { action: "labour_rule.read" },
      schema: { tags, summary: "One labour rule", params: idParams, response: { 200: labourRule, ...errorResponses } },
    },
    async (request, reply) => {
      const found = await readLabourRule(db, request.params.id);
      return reply.header("etag", etagOf(found.version)).send(found);
    },
  );

  app.patch(
    "/api/labour-rules/:id",
    {
      config: { action: "labour_rule.update" },
      schema: {
        tags,
        summary: "Correct a labour rule or end it (validTo); send If-Match with the version read",
        params: idParams,
        body: labourRulePatch,
        response: { 200: labourRule, ...errorResponses, ...versionedChangeResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const saved = await withIdempotency(request, reply, db, 200, (tx) =>
        updateLabourRule(tx, actor, request.params.id, request.body, requiredVersion(request)),
      );
      return reply.header("etag", etagOf(saved.version)).send(saved);
    },
  );
}
