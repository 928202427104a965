// ISO dates as whole day numbers (days since 1970-01-01, UTC), so periods can be counted and compared.

const MS_PER_DAY = 86_400_000;

export function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function isoDateOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** An inclusive range of days; `to` may be Infinity for an open end. */
export interface DayInterval {
  readonly from: number;
  readonly to: number;
}

export function daysIn(interval: DayInterval): number {
  return interval.to - interval.from + 1;
}

/** Joins overlapping intervals and intervals that follow one another with no day between them. */
export function mergeIntervals(intervals: readonly DayInterval[]): DayInterval[] {
  const sorted = [...intervals].sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: DayInterval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.from <= last.to + 1) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, next.to) };
    else merged.push(next);
  }
  return merged;
}

/** The parts of `period` that no interval covers, in order. */
export function uncoveredParts(period: DayInterval, intervals: readonly DayInterval[]): DayInterval[] {
  const gaps: DayInterval[] = [];
  let cursor = period.from;
  for (const interval of mergeIntervals(intervals)) {
    if (interval.to < cursor) continue;
    if (interval.from > period.to) break;
    if (interval.from > cursor) gaps.push({ from: cursor, to: interval.from - 1 });
    cursor = interval.to + 1;
    if (cursor > period.to) return gaps;
  }
  if (cursor <= period.to) gaps.push({ from: cursor, to: period.to });
  return gaps;
}

/** Days of `period` inside intervals already merged (no two overlap or touch), so no day is counted twice. */
export function coveredDaysOfMerged(period: DayInterval, merged: readonly DayInterval[]): number {
  let days = 0;
  for (const interval of merged) {
    const from = Math.max(interval.from, period.from);
    const to = Math.min(interval.to, period.to);
    if (to >= from) days += to - from + 1;
  }
  return days;
}

/** Whether one of the merged intervals holds the whole period: merged, a chain with no gap counts as one. */
export function coversWhole(period: DayInterval, merged: readonly DayInterval[]): boolean {
  for (const interval of merged) if (interval.from <= period.from && interval.to >= period.to) return true;
  return false;
}

export function offerPeriod(offer: { readonly startDate: string; readonly endDate: string }): DayInterval {
  return { from: dayNumber(offer.startDate), to: dayNumber(offer.endDate) };
}
