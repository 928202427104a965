import type { DateRange } from "../../core/shared/primitives.js";

// Date arithmetic on ISO dates (YYYY-MM-DD) in UTC, so the demo data does not depend on the machine's time zone.

const DAY_MS = 86_400_000;

function toUtc(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(year, month - 1, day);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

export function addYears(iso: string, years: number): string {
  const date = new Date(toUtc(iso));
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return fromUtc(date.getTime());
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

export function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

/** Month (1–12) and day of a recurring date such as the start of a harvest. */
export type MonthDay = readonly [month: number, day: number];

/** A season that comes back every year; `to` before `from` means it runs over the new year (olives, Oct–Jan). */
export interface Season {
  readonly from: MonthDay;
  readonly to: MonthDay;
}

function onYear(year: number, [month, day]: MonthDay): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function occurrenceStartingIn(season: Season, year: number): DateRange {
  const wraps = season.to[0] < season.from[0] || (season.to[0] === season.from[0] && season.to[1] < season.from[1]);
  return { start: onYear(year, season.from), end: onYear(wraps ? year + 1 : year, season.to) };
}

/** The season under way on `today`, or else the next one. */
export function currentOrNextSeason(season: Season, today: string): DateRange {
  const year = yearOf(today);
  for (const y of [year - 1, year, year + 1]) {
    const occurrence = occurrenceStartingIn(season, y);
    if (occurrence.end >= today) return occurrence;
  }
  throw new Error("unreachable: a season recurs every year");
}

/** The last season that ended before `today`. */
export function previousSeason(season: Season, today: string): DateRange {
  const year = yearOf(today);
  for (const y of [year, year - 1, year - 2]) {
    const occurrence = occurrenceStartingIn(season, y);
    if (occurrence.end < today) return occurrence;
  }
  throw new Error("unreachable: a season recurs every year");
}

/** The first date on or after `today` that falls on this month and day. */
export function nextMonthDay(today: string, monthDay: MonthDay): string {
  const thisYear = onYear(yearOf(today), monthDay);
  return thisYear >= today ? thisYear : onYear(yearOf(today) + 1, monthDay);
}

/** Cuts a range to [from, to]; null when nothing is left. */
export function clipRange(range: DateRange, from: string, to: string): DateRange | null {
  const start = laterOf(range.start, from);
  const end = earlierOf(range.end, to);
  return start <= end ? { start, end } : null;
}

/** Sorts ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: readonly DateRange[]): DateRange[] {
  const sorted = [...ranges].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: DateRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && addDays(last.end, 1) >= range.start) {
      merged[merged.length - 1] = { start: last.start, end: laterOf(last.end, range.end) };
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}
