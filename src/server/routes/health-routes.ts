import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { RouteContext } from "./api-routes.js";
import { apiError } from "./route-helpers.js";

const health = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgres"]),
  version: z.string(),
  demo: z.boolean(),
  /** Under pressure or draining, this route (like every other) answers 503 unavailable with Retry-After. */
  load: z.object({ underPressure: z.boolean(), eventLoopDelayMs: z.number(), inFlight: z.number().int() }),
});

export async function healthRoutes(app: FastifyInstance, { db, databaseKind, demo }: RouteContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/health",
    {
      config: { action: "public" },
      schema: { tags: ["system"], summary: "Is the service up and its database reachable?", response: { 200: health, 503: apiError } },
    },
    async () => {
      await db.execute(sql`select 1`);
      return { status: "ok" as const, database: databaseKind, version: "0.1.0", demo, load: app.loadReport() };
    },
  );
}
