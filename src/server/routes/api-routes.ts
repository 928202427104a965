import type { FastifyInstance } from "fastify";
import type { Database, DatabaseKind } from "../../db/database.js";
import { healthRoutes } from "./health-routes.js";
import { meRoutes } from "./me-routes.js";
import { workerRoutes } from "./worker-routes.js";

export interface RouteContext {
  db: Database;
  databaseKind: DatabaseKind;
  demo: boolean;
}

export async function registerApiRoutes(app: FastifyInstance, context: RouteContext) {
  for (const routes of [healthRoutes, meRoutes, workerRoutes]) {
    await app.register(async (scope) => routes(scope, context));
  }
}
