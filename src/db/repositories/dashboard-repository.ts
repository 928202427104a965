import { count, eq, sql, sum } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { ListFilter } from "../../core/access/policy.js";
import { addDays, PERMIT_EXPIRY_WARNING_DAYS } from "../../core/workers/permit-status.js";
import type { Database } from "../database.js";
import { employers } from "../schema/employers.js";
import { jobOffers } from "../schema/offers.js";
import { placements, referrals } from "../schema/referrals.js";
import { workers } from "../schema/workers.js";

export interface DashboardFigures {
  workers: { total: number; availableNow: number; permitExpiringSoon: number; permitExpired: number };
  employers: number;
  offersByStatus: Record<string, number>;
  openPositions: number;
  referralsByStage: Record<string, number>;
  placements: number;
}

/** Counts only: the dashboard never lists a person. */
export async function dashboardFigures(db: Database, scope: ListFilter, today: string): Promise<DashboardFigures> {
  const inCentre = (table: { centreId: PgColumn }) => (scope.kind === "any" ? undefined : eq(table.centreId, scope.centreId));
  const soon = addDays(today, PERMIT_EXPIRY_WARNING_DAYS);
  const [workerRow] = await db
    .select({
      total: count(),
      availableNow:
        sql<number>`count(*) filter (where exists (select 1 from jsonb_array_elements(${workers.availability}) w where (w->>'start') <= ${today} and (w->>'end') >= ${today}))`.mapWith(
          Number,
        ),
      expiring:
        sql<number>`count(*) filter (where not ${workers.permitOpenEnded} and ${workers.permitValidUntil} between ${today} and ${soon})`.mapWith(
          Number,
        ),
      expired: sql<number>`count(*) filter (where not ${workers.permitOpenEnded} and ${workers.permitValidUntil} < ${today})`.mapWith(
        Number,
      ),
    })
    .from(workers)
    .where(inCentre(workers));
  const [employerRow] = await db.select({ total: count() }).from(employers).where(inCentre(employers));
  const offerRows = await db
    .select({ status: jobOffers.status, total: count(), positions: sum(jobOffers.positions).mapWith(Number) })
    .from(jobOffers)
    .where(inCentre(jobOffers))
    .groupBy(jobOffers.status);
  const referralRows = await db
    .select({ stage: referrals.stage, total: count() })
    .from(referrals)
    .where(inCentre(referrals))
    .groupBy(referrals.stage);
  const [placementRow] = await db.select({ total: count() }).from(placements).where(inCentre(placements));
  return {
    workers: {
      total: workerRow?.total ?? 0,
      availableNow: workerRow?.availableNow ?? 0,
      permitExpiringSoon: workerRow?.expiring ?? 0,
      permitExpired: workerRow?.expired ?? 0,
    },
    employers: employerRow?.total ?? 0,
    offersByStatus: Object.fromEntries(offerRows.map((r) => [r.status, r.total])),
    openPositions: offerRows.find((r) => r.status === "published")?.positions ?? 0,
    referralsByStage: Object.fromEntries(referralRows.map((r) => [r.stage, r.total])),
    placements: placementRow?.total ?? 0,
  };
}
