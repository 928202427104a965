import { scheduleCheckIns as scheduleFor } from "../../core/check-ins/check-in-schedule.js";
import type { Database, Transaction } from "../../db/database.js";
import { insertScheduledCheckIns } from "../../db/repositories/check-in-repository.js";

/**
 * Schedules the check-ins of a placement just made (day 7, day 30, end of contract; see check-in-schedule.ts), in
 * the transaction that records the placement.
 */
export async function scheduleCheckIns(
  tx: Database | Transaction,
  placement: { id: string; centreId: string; workerId: string; employerId: string; startDate: string; endDate: string | null },
): Promise<void> {
  await insertScheduledCheckIns(tx, placement, scheduleFor(placement));
}
