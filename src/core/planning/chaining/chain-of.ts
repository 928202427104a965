import type { GeoPoint } from "../../matching/match-inputs.js";
import { availableDays, availableWindows, employedDays, legKm } from "./chain-rules.js";
import type { ChainPlan, ChainSetting } from "./chaining-problem.js";

/** One job of a worker's chain, as the calendar and the map show it. */
export interface ChainJob {
  /** Index into the problem's offers. */
  readonly offer: number;
  readonly startDay: number;
  readonly endDay: number;
  readonly location: GeoPoint | null;
  /** From the previous job's site, or from the worker's home for the first job. */
  readonly travelKmFromPrevious: number;
  readonly employedDays: number;
}

/** A worker's season: the jobs in order, the days employed and idle, and the kilometres travelled. */
export interface WorkerChainDetail {
  readonly worker: number;
  readonly jobs: readonly ChainJob[];
  readonly employedDays: number;
  readonly idleDays: number;
  readonly travelKm: number;
}

/** The detail of one worker's chain in a plan; the plan's totals are the sums of these over its workers. */
export function chainOf(problem: ChainSetting, plan: Pick<ChainPlan, "chains">, worker: number): WorkerChainDetail {
  const holder = problem.workers[worker];
  if (!holder) throw new RangeError(`No worker ${worker} in the problem`);
  const { location, availability } = holder;
  const windows = availableWindows(availability, problem.season);
  let at = location;
  let employed = 0;
  let travelKm = 0;
  const jobs: ChainJob[] = [];
  for (const offerIndex of plan.chains[worker] ?? []) {
    const offer = problem.offers[offerIndex];
    if (!offer) throw new RangeError(`No offer ${offerIndex} in the problem`);
    const km = legKm(at, offer.location);
    const days = employedDays(offer.startDay, offer.endDay, windows);
    jobs.push({
      offer: offerIndex,
      startDay: offer.startDay,
      endDay: offer.endDay,
      location: offer.location,
      travelKmFromPrevious: km,
      employedDays: days,
    });
    employed += days;
    travelKm += km;
    at = offer.location;
  }
  return { worker, jobs, employedDays: employed, idleDays: availableDays(windows) - employed, travelKm };
}

/** A plan from its chains, with the totals worked out from the rules. */
export function chainPlan(problem: ChainSetting, chains: readonly Int32Array[]): ChainPlan {
  let employedDays = 0;
  let idleDays = 0;
  let travelKm = 0;
  for (let worker = 0; worker < problem.workers.length; worker++) {
    const detail = chainOf(problem, { chains }, worker);
    employedDays += detail.employedDays;
    idleDays += detail.idleDays;
    travelKm += detail.travelKm;
  }
  return { chains, employedDays, idleDays, travelKm };
}
