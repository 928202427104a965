import { addDays } from "../workers/permit-status.js";
import type { CheckInContact, CheckInKind, CheckInStatus } from "./check-in-codes.js";

/** Days after the start of the placement of the two early check-ins. */
export const CHECK_IN_DAYS: Record<Exclude<CheckInKind, "end_of_contract">, number> = { day_7: 7, day_30: 30 };

/** A check-in nobody answered this many days after it fell due counts as missed. */
export const MISSED_AFTER_DAYS = 14;

export interface ScheduledCheckIn {
  kind: CheckInKind;
  dueOn: string;
}

/**
 * The check-ins of a placement: day 7 and day 30 after its start while the contract still runs on that day, and one
 * on its last day when the end is known. A contract shorter than a week gets only the end-of-contract one; a
 * check-in that would fall on the same day as the end of the contract is asked once, as the end-of-contract one.
 */
export function scheduleCheckIns(placement: { startDate: string; endDate: string | null }): ScheduledCheckIn[] {
  const { startDate, endDate } = placement;
  const schedule: ScheduledCheckIn[] = [];
  for (const kind of ["day_7", "day_30"] as const) {
    const dueOn = addDays(startDate, CHECK_IN_DAYS[kind]);
    if (endDate === null || dueOn < endDate) schedule.push({ kind, dueOn });
  }
  if (endDate !== null) schedule.push({ kind: "end_of_contract", dueOn: endDate });
  return schedule;
}

/** The last day a check-in can be answered before the sweep marks it missed. */
export function lastDayToAnswer(dueOn: string): string {
  return addDays(dueOn, MISSED_AFTER_DAYS);
}

/** Is a still open check-in past its last day to answer? */
export function isMissed(checkIn: { status: CheckInStatus; dueOn: string }, today: string): boolean {
  return (checkIn.status === "scheduled" || checkIn.status === "sent") && lastDayToAnswer(checkIn.dueOn) < today;
}

/** How to ask the worker: WhatsApp when they consented to it, else SMS when they consented to that, else a staff call. */
export function contactFor(consents: { whatsapp: boolean; sms: boolean }): CheckInContact {
  if (consents.whatsapp) return "whatsapp";
  if (consents.sms) return "sms";
  return "call";
}
