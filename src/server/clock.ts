/** Today's date (UTC) as an ISO date. One place, so tests and reports agree on what "today" is. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
