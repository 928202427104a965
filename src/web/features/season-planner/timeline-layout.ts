/**
 * Where things sit on a season's calendar, as fractions of the season (0 = its first day, 1 = the day after its
 * last), so the calendar draws them with percentages and logical CSS and reads right to left in Arabic unchanged.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date, in UTC: no time zone or summer time shifts a day. */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export interface Span {
  /** Fraction of the season where the span starts. */
  start: number;
  /** Fraction of the season the span covers. */
  size: number;
}

export interface MonthCell extends Span {
  /** The first day of the month, or the season's first day for a month it starts in. */
  firstDay: string;
}

export interface IdleStretch extends Span {
  /** First idle day and last idle day (inclusive). */
  from: string;
  to: string;
  days: number;
}

export interface TimelineLayout {
  months: MonthCell[];
  jobs: Span[];
  idle: IdleStretch[];
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The months of the season (clipped to it), each job as a span (clipped to the season; end dates inclusive), and
 * the idle stretches between consecutive jobs.
 */
export function timelineLayout(
  season: { start: string; end: string },
  jobs: readonly { startDate: string; endDate: string }[],
): TimelineLayout {
  const first = dayNumber(season.start);
  const afterLast = dayNumber(season.end) + 1;
  const length = Math.max(1, afterLast - first);
  const clip = (day: number) => Math.min(afterLast, Math.max(first, day));
  const span = (from: number, toExclusive: number): Span => ({
    start: (clip(from) - first) / length,
    size: (clip(toExclusive) - clip(from)) / length,
  });

  const months: MonthCell[] = [];
  let monthStart = first;
  while (monthStart < afterLast) {
    const date = new Date(monthStart * DAY_MS);
    const nextMonth = Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS);
    months.push({ firstDay: isoOf(monthStart), ...span(monthStart, nextMonth) });
    monthStart = nextMonth;
  }

  const ordered = [...jobs].sort((a, b) => dayNumber(a.startDate) - dayNumber(b.startDate));
  const idle: IdleStretch[] = [];
  for (let index = 1; index < ordered.length; index += 1) {
    const gapStart = dayNumber((ordered[index - 1] as { endDate: string }).endDate) + 1;
    const gapEnd = dayNumber((ordered[index] as { startDate: string }).startDate);
    if (gapEnd > gapStart) idle.push({ from: isoOf(gapStart), to: isoOf(gapEnd - 1), days: gapEnd - gapStart, ...span(gapStart, gapEnd) });
  }

  return { months, jobs: jobs.map((job) => span(dayNumber(job.startDate), dayNumber(job.endDate) + 1)), idle };
}
