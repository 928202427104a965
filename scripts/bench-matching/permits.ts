// A worker's right to work and the windows they are available in. EU citizens (and the host country's own)
// need no permit; others hold seasonal permits for a few months, single permits that may expire mid-season
// (some renewed), protection statuses, or nothing that allows work yet.
import { type DayInterval, dayNumber, isoDateOf, mergeIntervals } from "../../src/core/matching/iso-days.js";
import type { MatchAuthorisation } from "../../src/core/matching/match-inputs.js";
import type { DateRange } from "../../src/core/shared/primitives.js";
import type { SeededRandom } from "../../src/db/seed/seeded-random.js";
import { weighted } from "./prng.js";

export type PermitKind = "eu" | "resident" | "single" | "seasonal" | "protection" | "asylum" | "student" | "notAllowed" | "none";

const NON_EU_PERMITS = weighted<PermitKind>([
  ["resident", 22],
  ["single", 24],
  ["seasonal", 30],
  ["protection", 8],
  ["asylum", 8],
  ["student", 3],
  ["notAllowed", 3],
  ["none", 2],
]);

export interface WorkStatus {
  readonly kind: PermitKind;
  readonly authorisations: MatchAuthorisation[];
  readonly availability: DateRange[];
  /** Came for the season (or very recently): speaks little of the host language, needs housing. */
  readonly newcomer: boolean;
}

/** The season's days: the calendar year planned. */
export interface SeasonDays {
  readonly from: number;
  readonly to: number;
}

export function seasonDays(year: number): SeasonDays {
  return { from: dayNumber(`${year}-01-01`), to: dayNumber(`${year}-12-31`) };
}

export function drawWorkStatus(random: SeededRandom, eu: boolean, season: SeasonDays): WorkStatus {
  const kind = eu ? "eu" : NON_EU_PERMITS.pick(random);
  const authorisations = authorisationsOf(kind, random, season);
  const seasonalPermit = kind === "seasonal" ? authorisations[0] : undefined;
  const availability = seasonalPermit ? [withinPermit(seasonalPermit, random, season)] : openAvailability(random, season);
  return { kind, authorisations, availability, newcomer: kind === "seasonal" || kind === "asylum" };
}

function authorisationsOf(kind: PermitKind, random: SeededRandom, season: SeasonDays): MatchAuthorisation[] {
  const day = (from: number, to: number) => random.int(from, to);
  switch (kind) {
    case "eu":
      return [permit("eu_citizen", day(season.from - 8000, season.from - 400), null)];
    case "resident":
      return [permit("long_term_resident", day(season.from - 4000, season.from - 200), null)];
    case "single": {
      // One or two years from a start before the season: many end during it; a third are already renewed.
      const from = day(season.from - 700, season.from - 30);
      const until = from + random.pick([364, 729]);
      const first = permit("work_permit", from, until);
      return random.chance(0.3) ? [first, permit("work_permit", until + 1, until + 730)] : [first];
    }
    case "seasonal": {
      const from = day(season.from + 14, season.from + 280);
      return [permit("seasonal_work_permit", from, from + random.int(90, 270))];
    }
    case "protection": {
      const from = day(season.from - 1500, season.from - 100);
      return [permit(random.chance(0.7) ? "refugee_status" : "subsidiary_protection", from, from + random.pick([1095, 1825]))];
    }
    case "asylum": {
      const from = day(season.from - 300, season.from + 120);
      return [{ ...permit("asylum_seeker_work_allowed", from, from + random.int(180, 365)), workAllowed: random.chance(0.85) }];
    }
    case "student": {
      const from = day(season.from - 300, season.from + 200);
      return [permit("student_work_allowed", from, from + 365)];
    }
    case "notAllowed":
      return [{ ...permit("other", day(season.from - 300, season.from + 100), null), workAllowed: false }];
    case "none":
      return [];
  }
}

function permit(type: MatchAuthorisation["type"], from: number, until: number | null): MatchAuthorisation {
  return { type, validFrom: isoDateOf(from), validUntil: until === null ? null : isoDateOf(until), workAllowed: true };
}

/** A seasonal worker is here, and available, while the permit runs (arriving a few days after it starts) in the season. */
function withinPermit(seasonal: MatchAuthorisation, random: SeededRandom, season: SeasonDays): DateRange {
  const from = dayNumber(seasonal.validFrom) + random.int(0, 10);
  const until = Math.min(season.to, dayNumber(seasonal.validUntil ?? seasonal.validFrom) - random.int(0, 10));
  return { start: isoDateOf(from), end: isoDateOf(Math.max(from, until)) };
}

/** Half are available the whole season; the others for one to three stretches of one to five months. */
function openAvailability(random: SeededRandom, season: SeasonDays): DateRange[] {
  if (random.chance(0.5)) return [{ start: isoDateOf(season.from), end: isoDateOf(season.to) }];
  const windows: DayInterval[] = [];
  for (let i = random.int(1, 3); i > 0; i--) {
    const from = random.int(season.from, season.to - 30);
    windows.push({ from, to: Math.min(season.to, from + random.int(30, 150)) });
  }
  const merged = mergeIntervals(windows);
  return merged.map((w) => ({ start: isoDateOf(w.from), end: isoDateOf(w.to) }));
}
