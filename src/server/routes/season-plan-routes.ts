import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listFilterFor } from "../../core/access/policy.js";
import {
  planAssignmentPage,
  planAssignmentQuery,
  planDecisionRequest,
  planDecisionResult,
  seasonPlan,
  seasonPlanRequest,
  workerChain,
} from "../../core/planning/plan-schemas.js";
import { pageOf, pageQuery } from "../../core/shared/pagination.js";
import { uuid } from "../../core/shared/primitives.js";
import { idempotentResponses } from "../idempotency/idempotent-responses.js";
import { withIdempotency } from "../idempotency/with-idempotency.js";
import { createSeasonPlan } from "../planning/create-season-plan.js";
import { decideAssignments } from "../planning/decide-assignments.js";
import { PlanRunner } from "../planning/plan-runner.js";
import { listAssignments, listSeasonPlansFor, readSeasonPlan, readWorkerChain } from "../planning/read-season-plans.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, idParams, requireActor, requireListFilter } from "./route-helpers.js";

const tags = ["season planning"];

/**
 * Season plans: a coordinator plans their centre's season, an administrator the network's. A
 * plan runs in the background of the server process (planning/plan-runner.ts); its row shows the stage and progress.
 */
export async function seasonPlanRoutes(base: FastifyInstance, { db, knowledge }: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const runner = new PlanRunner(db, knowledge, app.log);
  app.addHook("onReady", async () => {
    await runner.start();
  });
  app.addHook("onClose", async () => {
    await runner.close();
  });

  app.post(
    "/api/season-plans",
    {
      config: { action: "season_plan.create" },
      schema: {
        tags,
        summary: "Queue a season plan for centres, a season and options; poll the plan for its progress. Send an Idempotency-Key",
        body: seasonPlanRequest,
        response: { 202: seasonPlan, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await withIdempotency(request, reply, db, 202, (tx) => createSeasonPlan(tx, actor, request.body));
      // After the commit: the runner finds the plan in the database.
      runner.wake();
      return reply.send(created);
    },
  );

  app.get(
    "/api/season-plans",
    {
      config: { action: "season_plan.read" },
      schema: {
        tags,
        summary: "The season plans the actor may see, newest first",
        querystring: pageQuery,
        response: { 200: pageOf(seasonPlan), ...errorResponses },
      },
    },
    async (request) => {
      const filter = requireListFilter(listFilterFor(requireActor(request), "season_plan.read"));
      return listSeasonPlansFor(db, filter, request.query);
    },
  );

  app.get(
    "/api/season-plans/:id",
    {
      config: { action: "season_plan.read" },
      schema: {
        tags,
        summary: "A season plan: its status, stage and progress while it runs; totals and the fairness report when done",
        params: idParams,
        response: { 200: seasonPlan, ...errorResponses },
      },
    },
    async (request) => readSeasonPlan(db, requireActor(request), request.params.id),
  );

  app.get(
    "/api/season-plans/:id/assignments",
    {
      config: { action: "season_plan.assignments" },
      schema: {
        tags,
        summary: "The plan's proposed assignments, best score first, with the reasons; filter by name and decision",
        params: idParams,
        querystring: planAssignmentQuery,
        response: { 200: planAssignmentPage, ...errorResponses },
      },
    },
    async (request) => listAssignments(db, requireActor(request), request.params.id, request.query),
  );

  app.post(
    "/api/season-plans/:id/decisions",
    {
      config: { action: "season_plan.decide" },
      schema: {
        tags,
        summary: "Accept (propose the offers to the workers, rules checked again) or reject assignments in bulk",
        params: idParams,
        body: planDecisionRequest,
        response: { 200: planDecisionResult, ...errorResponses, ...idempotentResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return withIdempotency(request, reply, db, 200, (tx) => decideAssignments(tx, knowledge, actor, request.params.id, request.body));
    },
  );

  app.get(
    "/api/season-plans/:id/chains/:workerId",
    {
      config: { action: "season_plan.assignments" },
      schema: {
        tags,
        summary: "A worker's jobs across the season in the plan, for the calendar and the map",
        params: z.object({ id: uuid, workerId: uuid }),
        response: { 200: workerChain, ...errorResponses },
      },
    },
    async (request) => readWorkerChain(db, requireActor(request), request.params.id, request.params.workerId),
  );
}
