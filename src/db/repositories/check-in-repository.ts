import { and, asc, count, eq, gte, inArray, lt, lte, type SQL, sql } from "drizzle-orm";
import type { ListFilter } from "../../core/access/policy.js";
import type { CheckInAnswers } from "../../core/check-ins/check-in-answers.js";
import type { CheckInStatus, CheckInVia } from "../../core/check-ins/check-in-codes.js";
import { MISSED_AFTER_DAYS, type ScheduledCheckIn } from "../../core/check-ins/check-in-schedule.js";
import type { CheckInListQuery } from "../../core/check-ins/check-in-schemas.js";
import type { PageQuery } from "../../core/shared/pagination.js";
import { addDays } from "../../core/workers/permit-status.js";
import type { Database, Transaction } from "../database.js";
import { checkIns } from "../schema/check-ins.js";
import { employers } from "../schema/employers.js";
import { jobOffers } from "../schema/offers.js";
import { placements } from "../schema/referrals.js";
import { workers } from "../schema/workers.js";
import { consentGranted, notErased } from "./consent-conditions.js";
import { offsetOf, scopeCondition } from "./list-scope.js";

type Db = Database | Transaction;

export interface PlacementToCheck {
  id: string;
  centreId: string;
  workerId: string;
  employerId: string;
}

/** Adds a placement's check-ins; one already there (same placement and kind) stays as it was. */
export async function insertScheduledCheckIns(db: Db, placement: PlacementToCheck, schedule: readonly ScheduledCheckIn[]) {
  if (schedule.length === 0) return;
  await db
    .insert(checkIns)
    .values(
      schedule.map(({ kind, dueOn }) => ({
        centreId: placement.centreId,
        placementId: placement.id,
        workerId: placement.workerId,
        employerId: placement.employerId,
        kind,
        dueOn,
      })),
    )
    .onConflictDoNothing();
}

const columns = {
  checkIn: checkIns,
  givenName: workers.givenName,
  familyName: workers.familyName,
  phone: workers.phone,
  preferredLanguage: workers.preferredLanguage,
  employerName: employers.legalName,
  jobTitle: jobOffers.title,
  accommodationProvided: jobOffers.accommodationProvided,
  placementStart: placements.startDate,
  placementEnd: placements.endDate,
  bySms: sql<boolean>`${consentGranted(checkIns.workerId, "contact_by_sms")}`,
  byWhatsapp: sql<boolean>`${consentGranted(checkIns.workerId, "contact_by_whatsapp")}`,
};
export type CheckInRow = NonNullable<Awaited<ReturnType<typeof findCheckInRow>>>;

function joined(db: Db) {
  return db
    .select(columns)
    .from(checkIns)
    .innerJoin(workers, eq(workers.id, checkIns.workerId))
    .innerJoin(employers, eq(employers.id, checkIns.employerId))
    .innerJoin(placements, eq(placements.id, checkIns.placementId))
    .innerJoin(jobOffers, eq(jobOffers.id, placements.offerId));
}

export async function findCheckInRow(db: Db, id: string) {
  const [row] = await joined(db).where(eq(checkIns.id, id));
  return row ?? null;
}

const OPEN: CheckInStatus[] = ["scheduled", "sent"];

function viewCondition(view: CheckInListQuery["view"], today: string): SQL | undefined {
  switch (view) {
    case "due":
      return and(inArray(checkIns.status, OPEN), lte(checkIns.dueOn, today));
    case "upcoming":
      return and(inArray(checkIns.status, OPEN), gte(checkIns.dueOn, addDays(today, 1)));
    case "missed":
      return eq(checkIns.status, "missed");
    case "answered":
      return eq(checkIns.status, "answered");
    case "all":
      return undefined;
  }
}

/** Check-ins in the filter's scope, the one due first first; erased workers' are left out. */
export async function listCheckInRows(db: Db, filter: ListFilter, query: CheckInListQuery, page: PageQuery, today: string) {
  const where = and(
    scopeCondition(filter, checkIns),
    notErased(checkIns.workerId),
    viewCondition(query.view, today),
    query.workerId ? eq(checkIns.workerId, query.workerId) : undefined,
    query.callOnly
      ? sql`not ${consentGranted(checkIns.workerId, "contact_by_sms")} and not ${consentGranted(checkIns.workerId, "contact_by_whatsapp")}`
      : undefined,
  );
  const order = query.view === "answered" ? [sql`${checkIns.answeredAt} desc`, asc(checkIns.id)] : [asc(checkIns.dueOn), asc(checkIns.id)];
  const rows = await joined(db)
    .where(where)
    .orderBy(...order)
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const totals = await db.select({ total: count() }).from(checkIns).where(where);
  return { rows, total: totals[0]?.total ?? 0 };
}

/** Scheduled check-ins that have fallen due and are still within their time to answer: the ones to ask now. */
export async function checkInsToAsk(db: Db, today: string) {
  return joined(db)
    .where(
      and(
        eq(checkIns.status, "scheduled"),
        lte(checkIns.dueOn, today),
        gte(checkIns.dueOn, addDays(today, -MISSED_AFTER_DAYS)),
        notErased(checkIns.workerId),
      ),
    )
    .orderBy(asc(checkIns.dueOn), asc(checkIns.id));
}

/** Marks a check-in asked, unless someone already did (another sweep): true for the one that did. */
export async function markCheckInSent(db: Db, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(checkIns)
    .set({ status: "sent", sentAt: at, updatedAt: at, version: sql`${checkIns.version} + 1` })
    .where(and(eq(checkIns.id, id), eq(checkIns.status, "scheduled")))
    .returning({ id: checkIns.id });
  return rows.length === 1;
}

/** Check-ins still unanswered more than MISSED_AFTER_DAYS after they fell due become missed; returns them. */
export async function markMissedCheckIns(db: Db, today: string, at: Date) {
  return db
    .update(checkIns)
    .set({ status: "missed", updatedAt: at, version: sql`${checkIns.version} + 1` })
    .where(and(inArray(checkIns.status, OPEN), lt(checkIns.dueOn, addDays(today, -MISSED_AFTER_DAYS))))
    .returning({ id: checkIns.id, centreId: checkIns.centreId });
}

/** Saves the answers if nobody changed the check-in since it was read; null when someone did. */
export async function saveCheckInAnswers(
  db: Db,
  current: { id: string; version: number },
  values: {
    answers: CheckInAnswers;
    comment: string;
    answeredAt: Date;
    answeredVia: CheckInVia;
    recordedBy: string;
    grievanceId: string | null;
  },
) {
  const [row] = await db
    .update(checkIns)
    .set({ ...values, status: "answered", updatedAt: values.answeredAt, version: current.version + 1 })
    .where(and(eq(checkIns.id, current.id), eq(checkIns.version, current.version)))
    .returning({ id: checkIns.id });
  return row ?? null;
}

/** Erasure: the worker's own words at check-ins go; the yes/no answers stay for the employer's anonymous score. */
export async function clearCheckInComments(db: Db, workerId: string) {
  await db.update(checkIns).set({ comment: "" }).where(eq(checkIns.workerId, workerId));
}
