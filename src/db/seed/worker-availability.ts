import type { DateRange } from "../../core/shared/primitives.js";
import type { DemoCentreKey } from "./demo-centres.js";
import { addDays, clipRange, currentOrNextSeason, mergeRanges } from "./demo-dates.js";
import type { DemoOccupationKey } from "./demo-occupations.js";
import { SEASONS, type SeasonName } from "./demo-seasons.js";
import type { SeededRandom } from "./seeded-random.js";

/** Occupations that follow the harvests; every other occupation is year-round (greenhouses, animals, boats, forests). */
const SEASONAL_WORK: Record<DemoCentreKey, Partial<Record<DemoOccupationKey, readonly SeasonName[]>>> = {
  peloponnese: {
    picker: ["olives", "citrus", "strawberries", "potatoes"],
    cropWorker: ["olives", "citrus", "olivePruning"],
    fruitTeamLeader: ["strawberries", "olives"],
    vineyardWorker: ["vinePruning", "currants", "olives"],
  },
  huelva: {
    picker: ["huelvaBerries"],
    cropWorker: ["huelvaBerries"],
    fruitTeamLeader: ["huelvaBerries"],
  },
};

/** Days a worker looks ahead: the next twelve months. */
const HORIZON_DAYS = 364;

/**
 * Windows over the next twelve months: the seasons of the worker's occupations, or the whole year (sometimes with
 * a few weeks at home), or only the window of a seasonal permit for the next campaign.
 */
export function buildAvailability(
  centre: DemoCentreKey,
  occupations: readonly DemoOccupationKey[],
  permitWindow: DateRange | null,
  today: string,
  random: SeededRandom,
): DateRange[] {
  const from = addDays(today, random.int(0, 21));
  const until = addDays(today, HORIZON_DAYS);
  if (permitWindow) {
    const window = clipRange(permitWindow, from, until);
    return window ? [window] : [];
  }
  const seasonal = SEASONAL_WORK[centre];
  const seasons = occupations.map((key) => seasonal[key]);
  if (seasons.some((s) => s === undefined)) return yearRound(from, until, random);

  const names = random.sample([...new Set(seasons.flatMap((s) => s ?? []))], random.int(1, 4));
  const windows = names.flatMap((name) => {
    const first = currentOrNextSeason(SEASONS[name], today);
    const second = currentOrNextSeason(SEASONS[name], addDays(first.end, 1));
    return [first, second].map((r) => clipRange(r, from, until)).filter((r): r is DateRange => r !== null);
  });
  return mergeRanges(windows);
}

function yearRound(from: string, until: string, random: SeededRandom): DateRange[] {
  if (!random.chance(0.4)) return [{ start: from, end: until }];
  const leave = addDays(from, random.int(60, 250));
  const back = addDays(leave, random.int(21, 45));
  return [
    { start: from, end: addDays(leave, -1) },
    { start: back, end: until },
  ];
}
