import type { z } from "zod";
import type { workAuthorisation } from "../../core/workers/worker-schemas.js";
import type { DemoCentreKey } from "./demo-centres.js";
import { addDays, addYears, currentOrNextSeason, earlierOf, nextMonthDay, previousSeason, type Season } from "./demo-dates.js";
import type { SeededRandom } from "./seeded-random.js";
import type { AuthorisationPlan } from "./worker-communities.js";

export type WorkAuthorisation = z.infer<typeof workAuthorisation>;

/**
 * Seasonal permits of each centre: Greece issues seasonal work visas of up to six months (here for the
 * strawberries, Feb–Jul); Spain's collective hiring at origin (GECCO) covers the berry campaign, mid-Jan to June.
 */
const SEASONAL_PERMIT: Record<DemoCentreKey, Season> = {
  peloponnese: { from: [2, 1], to: [7, 31] },
  huelva: { from: [1, 10], to: [6, 30] },
};

/** The date the EU's temporary protection of people fleeing Ukraine runs to (extended to 4 March 2027). */
const TEMPORARY_PROTECTION_ENDS: readonly [number, number] = [3, 4];
/** By 2014 every EU transitional restriction on Bulgarian and Romanian workers had ended. */
const EU_FREE_MOVEMENT_FROM = "2014-01-01";

const granted = (type: WorkAuthorisation["type"], validFrom: string, validUntil: string | null): WorkAuthorisation => ({
  type,
  validFrom,
  validUntil,
  workAllowed: true,
});

/**
 * A worker's authorisations, oldest first, with dates relative to `today`: some valid for years, some expiring
 * within 60 days, some expired, some only valid from the next season.
 */
export function buildAuthorisations(
  plan: AuthorisationPlan,
  centre: DemoCentreKey,
  today: string,
  random: SeededRandom,
): WorkAuthorisation[] {
  const seasonal = SEASONAL_PERMIT[centre];
  switch (plan) {
    case "eu":
      return [granted("eu_citizen", EU_FREE_MOVEMENT_FROM, null)];
    case "longTerm":
      return [granted("long_term_resident", addDays(addYears(today, -random.int(3, 18)), -random.int(0, 300)), null)];
    case "workPermit": {
      // Greek and Spanish permits for employment run two years at first, three once renewed; these have at
      // least four months left (the "expiringSoon" plan covers the others).
      const validUntil = addDays(today, random.int(120, 1000));
      const validFrom = earlierOf(addYears(validUntil, -random.pick([2, 3])), addDays(today, -30));
      const permit = granted("work_permit", validFrom, validUntil);
      if (!random.chance(0.3)) return [permit];
      const earlier = previousSeason(seasonal, validFrom);
      return [granted("seasonal_work_permit", earlier.start, earlier.end), permit];
    }
    case "expiringSoon":
      return [granted("work_permit", addDays(today, -random.int(600, 700)), addDays(today, random.int(5, 58)))];
    case "expiredWorkPermit":
      return [granted("work_permit", addDays(today, -random.int(800, 1200)), addDays(today, -random.int(15, 200)))];
    case "seasonalCurrent":
      return [granted("seasonal_work_permit", addDays(today, -random.int(20, 55)), addDays(today, random.int(20, 110)))];
    case "seasonalNext": {
      const next = currentOrNextSeason(seasonal, today);
      const permit = granted("seasonal_work_permit", next.start, next.end);
      if (!random.chance(0.6)) return [permit];
      const last = previousSeason(seasonal, today);
      return [granted("seasonal_work_permit", last.start, last.end), permit];
    }
    case "seasonalExpired": {
      const last = previousSeason(seasonal, today);
      return [granted("seasonal_work_permit", last.start, last.end)];
    }
    case "asylum":
      return [granted("asylum_seeker_work_allowed", addDays(today, -random.int(60, 500)), addDays(today, random.int(30, 180)))];
    case "refugee":
    case "subsidiary": {
      const validFrom = addDays(today, -random.int(100, 1000));
      let validUntil = addYears(validFrom, 3);
      if (validUntil < addDays(today, 30)) validUntil = addYears(validUntil, 3);
      return [granted(plan === "refugee" ? "refugee_status" : "subsidiary_protection", validFrom, validUntil)];
    }
    case "temporaryProtection":
      // Temporary protection is not one of the schema's types, so it is recorded as "other".
      return [
        granted("other", earlierOf(addDays("2022-03-04", random.int(0, 900)), today), nextMonthDay(today, TEMPORARY_PROTECTION_ENDS)),
      ];
  }
}
