import type { FastifyInstance } from "fastify";
import type { Database, DatabaseKind } from "../../db/database.js";
import type { MatchIndexService } from "../matching/match-index-service.js";
import type { ReferenceKnowledge } from "../matching/reference-knowledge.js";
import { attachmentRoutes } from "./attachment-routes.js";
import { breachRoutes } from "./breach-routes.js";
import { checkInRoutes } from "./check-in-routes.js";
import { dashboardRoutes } from "./dashboard-routes.js";
import { employerRoutes } from "./employer-routes.js";
import { fairWorkRoutes } from "./fair-work-routes.js";
import { grievancePublicRoutes } from "./grievance-public-routes.js";
import { grievanceRoutes } from "./grievance-routes.js";
import { healthRoutes } from "./health-routes.js";
import { inspectionRoutes } from "./inspection-routes.js";
import { labourRuleRoutes } from "./labour-rule-routes.js";
import { matchingRoutes } from "./matching-routes.js";
import { meRoutes } from "./me-routes.js";
import { offerRoutes } from "./offer-routes.js";
import { outboxAndAuditRoutes } from "./outbox-and-audit-routes.js";
import { privacyRoutes } from "./privacy-routes.js";
import { referenceRoutes } from "./reference-routes.js";
import { referralRoutes } from "./referral-routes.js";
import { seasonPlanRoutes } from "./season-plan-routes.js";
import { userAccountRoutes } from "./user-account-routes.js";
import { vettingRoutes } from "./vetting-routes.js";
import { workerRoutes } from "./worker-routes.js";

export interface RouteContext {
  db: Database;
  databaseKind: DatabaseKind;
  demo: boolean;
  knowledge: ReferenceKnowledge;
  /** This process's in-memory matching index, kept in step with the database. */
  matchIndex: MatchIndexService;
  /** The app's secret; signs short-lived download links. */
  authSecret: string;
}

export async function registerApiRoutes(app: FastifyInstance, context: RouteContext) {
  const areas = [
    healthRoutes,
    meRoutes,
    referenceRoutes,
    workerRoutes,
    attachmentRoutes,
    employerRoutes,
    offerRoutes,
    labourRuleRoutes,
    matchingRoutes,
    referralRoutes,
    dashboardRoutes,
    outboxAndAuditRoutes,
    breachRoutes,
    grievanceRoutes,
    grievancePublicRoutes,
    checkInRoutes,
    inspectionRoutes,
    privacyRoutes,
    userAccountRoutes,
    vettingRoutes,
    fairWorkRoutes,
    seasonPlanRoutes,
  ];
  for (const routes of areas) {
    await app.register(async (scope) => routes(scope, context));
  }
}
