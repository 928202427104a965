import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listFilterFor } from "../../core/access/policy.js";
import { dashboardFigures } from "../../db/repositories/dashboard-repository.js";
import { todayIso } from "../clock.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses, requireActor, requireListFilter } from "./route-helpers.js";

const dashboard = z.object({
  workers: z.object({ total: z.number(), availableNow: z.number(), permitExpiringSoon: z.number(), permitExpired: z.number() }),
  employers: z.number(),
  offersByStatus: z.record(z.string(), z.number()),
  openPositions: z.number(),
  referralsByStage: z.record(z.string(), z.number()),
  placements: z.number(),
});

export async function dashboardRoutes(base: FastifyInstance, { db }: RouteContext) {
  base.withTypeProvider<ZodTypeProvider>().get(
    "/api/dashboard",
    {
      config: { action: "dashboard.read" },
      schema: {
        tags: ["dashboard"],
        summary: "Counts for the centre (network-wide for analysts)",
        response: { 200: dashboard, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return dashboardFigures(db, requireListFilter(listFilterFor(actor, "dashboard.read")), todayIso());
    },
  );
}
