import { and, eq } from "drizzle-orm";
import type { Actor } from "../../core/access/roles.js";
import type { Database } from "../../db/database.js";
import { listCentreEmployers } from "../../db/repositories/fair-work-repository.js";
import { users } from "../../db/schema/auth.js";
import { todayIso } from "../../server/clock.js";
import { fairWorkOf } from "../../server/fair-work/employer-fair-work.js";
import { reviewHold } from "../../server/fair-work/review-hold.js";

/**
 * The fair-work score needs no data of its own: it is computed from vetting, inspections, grievances and check-ins
 * seeded before. In each centre the coordinator reviews the first matching hold a confirmed serious grievance put on
 * an employer (as they would after checking the pay slips), so the demo shows a hold lifted and any others still on.
 */
export async function seedFairWork(db: Database, staff: readonly Actor[]): Promise<void> {
  const now = new Date();
  const centreIds = new Set(staff.flatMap((actor) => (actor.centreId ? [actor.centreId] : [])));
  for (const centreId of centreIds) {
    const [coordinator] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.centreId, centreId), eq(users.role, "coordinator")))
      .limit(1);
    if (!coordinator) continue;
    const actor: Actor = { userId: coordinator.id, role: "coordinator", centreId, workerId: null, employerId: null };
    const employers = await listCentreEmployers(db, centreId);
    const results = await fairWorkOf(
      db,
      employers.map((e) => e.id),
      todayIso(now),
    );
    const held = [...results].find(([, result]) => result.holds.some((hold) => hold.grievanceId));
    if (!held) continue;
    const [employerId, result] = held;
    const hold = result.holds.find((h) => h.grievanceId);
    if (!hold?.grievanceId) continue;
    const note = "Back pay confirmed with the pay slips and the workers; an unannounced follow-up visit is planned.";
    await reviewHold(db, actor, employerId, { grievanceId: hold.grievanceId, note }, now);
  }
}
