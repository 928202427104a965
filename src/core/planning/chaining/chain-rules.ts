// The rules a chain of jobs obeys. Every planner (the best chain, the network plan, the first-come baseline) and
// every report uses these and nothing else, so "fits", "employed" and "idle" mean the same everywhere.

import { haversineKm } from "../../matching/distance.js";
import { coveredDaysOfMerged, daysIn, mergeIntervals } from "../../matching/iso-days.js";
import type { GeoPoint } from "../../matching/match-inputs.js";
import type { DayWindow } from "./chaining-problem.js";

/**
 * How far a worker moves in one travel day: 500 km is a long day on a coach or a regional bus with changes
 * (about 8 hours at 60–70 km/h door to door), the way seasonal workers usually move between regions. Moving
 * between the two ends of Greece (~700 km) thus takes two days, Italy end to end (~1,200 km) three.
 */
export const KM_PER_TRAVEL_DAY = 500;

/** Days spent on the road for a move of `km`: none when the site is the same, at least one as soon as it is not. */
export function travelDays(km: number): number {
  return Math.ceil(km / KM_PER_TRAVEL_DAY);
}

/**
 * Kilometres between two sites. When either location is unknown the move is counted as 0 km (it cannot be
 * measured, and inventing one would punish the worker or the employer for missing data); the jobs still may not
 * overlap, because `canFollow` always asks for the next job to start after the previous one ends.
 */
export function legKm(from: GeoPoint | null, to: GeoPoint | null): number {
  return from && to ? haversineKm(from, to) : 0;
}

/**
 * Whether a job starting on `nextStart` can follow one ending on `previousEnd` with `km` between the sites. A worker
 * holding an offer is busy from its first to its last day inclusive, so the next job starts at the earliest the day
 * after the previous one ends, plus the travel days between them.
 */
export function canFollow(previousEnd: number, nextStart: number, km: number): boolean {
  return previousEnd + travelDays(km) < nextStart;
}

/**
 * The worker's availability inside the season, overlaps joined, in order. Idle and employed days only count inside
 * these: a day the worker said they cannot work, or a day outside the planned season, is neither.
 */
export function availableWindows(availability: readonly DayWindow[], season: DayWindow): DayWindow[] {
  const clipped: DayWindow[] = [];
  for (const window of availability) {
    const from = Math.max(window.from, season.from);
    const to = Math.min(window.to, season.to);
    if (from <= to) clipped.push({ from, to });
  }
  return mergeIntervals(clipped);
}

/**
 * Days employed by holding a job from `from` to `to`: its days inside the worker's available windows (from
 * `availableWindows`, already joined). Days of the job outside them are held (the worker is busy) but are not
 * counted as work the plan won, so a plan cannot look better by stretching a worker over days they never offered.
 */
export function employedDays(from: number, to: number, windows: readonly DayWindow[]): number {
  return coveredDaysOfMerged({ from, to }, windows);
}

/** All available days of a worker; idle days are these minus the employed days (jobs never overlap). */
export function availableDays(windows: readonly DayWindow[]): number {
  return windows.reduce((sum, window) => sum + daysIn(window), 0);
}
