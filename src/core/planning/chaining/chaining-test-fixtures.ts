// Random chaining problems for property tests, and an independent check of a plan against the rules.

import fc from "fast-check";
import { dayNumber } from "../../matching/iso-days.js";
import type { GeoPoint } from "../../matching/match-inputs.js";
import { canFollow, legKm } from "./chain-rules.js";
import type { ChainingProblem, ChainOffer, ChainPlan, ChainWorker, DayWindow } from "./chaining-problem.js";

/** The element at `index`, which the test knows is there (fails loudly otherwise). */
export function item<T>(list: ArrayLike<T>, index: number): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`no element ${index}`);
  return value;
}

export const SEASON_2026: DayWindow = { from: dayNumber("2026-01-01"), to: dayNumber("2026-12-31") };

/** Sites in Greece and Italy, a few hundred kilometres apart, or unknown now and then. */
const location: fc.Arbitrary<GeoPoint | null> = fc.option(
  fc.record({ lat: fc.double({ min: 36.5, max: 45.5, noNaN: true }), lon: fc.double({ min: 8, max: 26, noNaN: true }) }),
  { freq: 8 },
);

interface Sizes {
  readonly maxWorkers: number;
  readonly maxOffers: number;
  readonly maxCapacity: number;
}

/**
 * Problems over the 2026 season: offers lasting days to months (some running past the season), workers available
 * all year, part of it or in two stretches, and random eligible pairs among them.
 */
export function chainingProblems({ maxWorkers, maxOffers, maxCapacity }: Sizes): fc.Arbitrary<ChainingProblem> {
  const { from, to } = SEASON_2026;
  const offer: fc.Arbitrary<ChainOffer> = fc
    .record({
      start: fc.integer({ min: from - 20, max: to }),
      length: fc.integer({ min: 1, max: 120 }),
      capacity: fc.integer({ min: 0, max: maxCapacity }),
      location,
    })
    .map(({ start, length, capacity, location }) => ({ startDay: start, endDay: start + length - 1, capacity, location }));
  const window: fc.Arbitrary<DayWindow> = fc
    .tuple(fc.integer({ min: from - 30, max: to + 30 }), fc.integer({ min: 0, max: 300 }))
    .map(([start, length]) => ({ from: start, to: start + length }));
  const worker: fc.Arbitrary<ChainWorker> = fc.record({
    availability: fc.oneof(fc.constant([SEASON_2026]), fc.array(window, { minLength: 0, maxLength: 2 })),
    location,
  });
  return fc
    .record({
      workers: fc.array(worker, { minLength: 1, maxLength: maxWorkers }),
      offers: fc.array(offer, { minLength: 1, maxLength: maxOffers }),
    })
    .chain(({ workers, offers }) =>
      fc
        .uniqueArray(
          fc.record({ worker: fc.nat(workers.length - 1), offer: fc.nat(offers.length - 1), score: fc.integer({ min: 1, max: 100 }) }),
          { selector: (arc) => `${arc.worker}:${arc.offer}`, maxLength: workers.length * offers.length },
        )
        .map((arcs) => ({
          season: SEASON_2026,
          workers,
          offers,
          arcWorker: Int32Array.from(arcs, (arc) => arc.worker),
          arcOffer: Int32Array.from(arcs, (arc) => arc.offer),
          arcScore: Int32Array.from(arcs, (arc) => arc.score),
        })),
    );
}

/**
 * What is wrong with a plan, checked from the rules alone (not from the planner's own bookkeeping): chains made
 * only of the worker's arcs, jobs that follow one another with the travel between them, no offer over capacity,
 * and totals that are the sums of the workers' chains, counted day by day.
 */
export function planViolations(problem: ChainingProblem, plan: ChainPlan): string[] {
  const violations: string[] = [];
  const arcs = new Set(Array.from(problem.arcWorker, (worker, arc) => `${worker}:${problem.arcOffer[arc]}`));
  const held = new Int32Array(problem.offers.length);
  let employed = 0;
  let idle = 0;
  let travel = 0;
  plan.chains.forEach((chain, worker) => {
    chain.forEach((offer, position) => {
      held[offer] = item(held, offer) + 1;
      if (!arcs.has(`${worker}:${offer}`)) violations.push(`worker ${worker} holds offer ${offer} without an arc`);
      if (position === 0) return;
      const before = item(problem.offers, item(chain, position - 1));
      const after = item(problem.offers, offer);
      if (!canFollow(before.endDay, after.startDay, legKm(before.location, after.location))) {
        violations.push(`worker ${worker}: offer ${offer} cannot follow offer ${chain[position - 1]}`);
      }
    });
    const days = countDays(problem, worker, chain);
    employed += days.employed;
    idle += days.idle;
    let at = item(problem.workers, worker).location;
    for (const offer of chain) {
      travel += legKm(at, item(problem.offers, offer).location);
      at = item(problem.offers, offer).location;
    }
  });
  held.forEach((count, offer) => {
    if (count > item(problem.offers, offer).capacity)
      violations.push(`offer ${offer} holds ${count} of ${item(problem.offers, offer).capacity}`);
  });
  if (plan.chains.length !== problem.workers.length) violations.push("not one chain per worker");
  if (plan.employedDays !== employed) violations.push(`employed days ${plan.employedDays}, chains add up to ${employed}`);
  if (plan.idleDays !== idle) violations.push(`idle days ${plan.idleDays}, chains add up to ${idle}`);
  if (Math.abs(plan.travelKm - travel) > 1e-6 * Math.max(1, travel))
    violations.push(`travel ${plan.travelKm} km, chains add up to ${travel}`);
  return violations;
}

/** Employed and idle days of a worker holding `chain`, counted one day at a time. */
export function countDays(problem: ChainingProblem, worker: number, chain: Iterable<number>): { employed: number; idle: number } {
  const { season } = problem;
  const available = new Set<number>();
  for (const window of item(problem.workers, worker).availability) {
    for (let day = Math.max(window.from, season.from); day <= Math.min(window.to, season.to); day++) available.add(day);
  }
  let employed = 0;
  for (const offer of chain) {
    const { startDay, endDay } = item(problem.offers, offer);
    for (let day = startDay; day <= endDay; day++) if (available.has(day)) employed++;
  }
  return { employed, idle: available.size - employed };
}

/** Harvests of a Mediterranean year: first and last day a job may start or end, as days of 2026. */
const CROP_SEASONS = [
  { name: "strawberries", from: 31, to: 181 },
  { name: "peaches", from: 151, to: 243 },
  { name: "tomatoes", from: 181, to: 273 },
  { name: "apples", from: 212, to: 304 },
  { name: "grapes", from: 243, to: 273 },
  { name: "olives", from: 273, to: 396 },
  { name: "citrus", from: 334, to: 455 },
] as const;

/**
 * A seeded season for a network: crops in their calendar at sites across Greece and Italy with one to three
 * positions, workers available all year or part of it, each eligible for a dozen or two of the offers they could
 * be free for. More demand than positions, as at a harvest peak.
 */
export function busySeason(seed: number, workerCount: number, offerCount: number): ChainingProblem {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const site = () => ({ lat: 37 + random() * 8, lon: 12 + random() * 12 });
  const offers: ChainOffer[] = Array.from({ length: offerCount }, () => {
    const crop = item(CROP_SEASONS, between(0, CROP_SEASONS.length - 1));
    const length = between(14, 70);
    const start = SEASON_2026.from + between(crop.from, Math.max(crop.from, crop.to - length));
    return { startDay: start, endDay: start + length - 1, capacity: between(1, 3), location: site() };
  });
  const workers: ChainWorker[] = Array.from({ length: workerCount }, () => {
    if (random() < 0.6) return { availability: [SEASON_2026], location: site() };
    const start = SEASON_2026.from + between(0, 200);
    return { availability: [{ from: start, to: start + between(60, 250) }], location: site() };
  });
  const arcWorker: number[] = [];
  const arcOffer: number[] = [];
  const arcScore: number[] = [];
  workers.forEach((worker, index) => {
    const eligible = new Set<number>();
    const wanted = between(12, 24);
    for (let attempt = 0; attempt < 10 * wanted && eligible.size < wanted; attempt++) {
      const offer = between(0, offerCount - 1);
      const { startDay, endDay } = item(offers, offer);
      if (worker.availability.some((window) => window.from <= endDay && startDay <= window.to)) eligible.add(offer);
    }
    for (const offer of eligible) {
      arcWorker.push(index);
      arcOffer.push(offer);
      arcScore.push(between(50, 100));
    }
  });
  return {
    season: SEASON_2026,
    workers,
    offers,
    arcWorker: Int32Array.from(arcWorker),
    arcOffer: Int32Array.from(arcOffer),
    arcScore: Int32Array.from(arcScore),
  };
}
