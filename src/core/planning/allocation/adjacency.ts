// biome-ignore-all lint/style/noNonNullAssertion: typed-array indices here are in range by construction (CSR rows, slots, heap positions); checks on every access would cost the hot loops
import type { AllocationProblem } from "./allocation-problem.js";

/**
 * The arcs of an allocation problem in compressed sparse rows, both ways: by worker (the forward auction scans a
 * worker's offers) and by offer (the reverse auction and the dual computation scan an offer's workers). Arcs to
 * offers without positions are left out: nobody can be placed there, and their price is free (see exact-duals.ts).
 */
export interface Adjacency {
  readonly workerCount: number;
  readonly offerCount: number;
  /** Arcs of worker w are workerArcStart[w] … workerArcStart[w + 1] − 1. */
  readonly workerArcStart: Int32Array;
  readonly workerArcOffer: Int32Array;
  readonly workerArcScore: Int32Array;
  /** Arcs of offer o are offerArcStart[o] … offerArcStart[o + 1] − 1. */
  readonly offerArcStart: Int32Array;
  readonly offerArcWorker: Int32Array;
  readonly offerArcScore: Int32Array;
  readonly maxScore: number;
}

/** Throws a RangeError when the problem is malformed: parallel arrays of different lengths, indices out of range, negative capacities or scores. */
export function validateProblem(problem: AllocationProblem): void {
  const { workerCount, capacities, arcWorker, arcOffer, arcScore } = problem;
  if (!Number.isInteger(workerCount) || workerCount < 0) throw new RangeError(`workerCount must be a whole number ≥ 0, got ${workerCount}`);
  if (arcOffer.length !== arcWorker.length || arcScore.length !== arcWorker.length) throw new RangeError("arc arrays differ in length");
  for (let o = 0; o < capacities.length; o++) {
    if (capacities[o]! < 0) throw new RangeError(`offer ${o} has a negative capacity`);
  }
  const offerCount = capacities.length;
  for (let a = 0; a < arcWorker.length; a++) {
    const w = arcWorker[a]!;
    const o = arcOffer[a]!;
    if (w < 0 || w >= workerCount) throw new RangeError(`arc ${a} names worker ${w}, outside 0…${workerCount - 1}`);
    if (o < 0 || o >= offerCount) throw new RangeError(`arc ${a} names offer ${o}, outside 0…${offerCount - 1}`);
    if (arcScore[a]! < 0) throw new RangeError(`arc ${a} has a negative score`);
  }
}

/** Builds both row structures with counting sorts (by score, then by row), O(workers + offers + arcs + top score). Expects a validated problem. */
export function buildAdjacency(problem: AllocationProblem): Adjacency {
  const { workerCount, capacities, arcWorker, arcOffer, arcScore } = problem;
  const offerCount = capacities.length;
  const workerArcStart = new Int32Array(workerCount + 1);
  const offerArcStart = new Int32Array(offerCount + 1);
  let kept = 0;
  let maxScore = 0;
  for (let a = 0; a < arcWorker.length; a++) {
    const o = arcOffer[a]!;
    if (capacities[o]! === 0) continue;
    kept++;
    workerArcStart[arcWorker[a]! + 1]!++;
    offerArcStart[o + 1]!++;
    maxScore = Math.max(maxScore, arcScore[a]!);
  }
  for (let w = 0; w < workerCount; w++) workerArcStart[w + 1] = workerArcStart[w + 1]! + workerArcStart[w]!;
  for (let o = 0; o < offerCount; o++) offerArcStart[o + 1] = offerArcStart[o + 1]! + offerArcStart[o]!;
  const workerArcOffer = new Int32Array(kept);
  const workerArcScore = new Int32Array(kept);
  const offerArcWorker = new Int32Array(kept);
  const offerArcScore = new Int32Array(kept);
  const workerFill = workerArcStart.slice(0, workerCount);
  const offerFill = offerArcStart.slice(0, offerCount);
  for (const a of arcsByScoreDescending(problem, maxScore)) {
    const o = arcOffer[a]!;
    const w = arcWorker[a]!;
    const s = arcScore[a]!;
    const i = workerFill[w]!++;
    workerArcOffer[i] = o;
    workerArcScore[i] = s;
    const j = offerFill[o]!++;
    offerArcWorker[j] = w;
    offerArcScore[j] = s;
  }
  return {
    workerCount,
    offerCount,
    workerArcStart,
    workerArcOffer,
    workerArcScore,
    offerArcStart,
    offerArcWorker,
    offerArcScore,
    maxScore,
  };
}

/** Indices of the arcs to offers with positions, highest score first. */
function arcsByScoreDescending(problem: AllocationProblem, maxScore: number): Int32Array {
  const { capacities, arcOffer, arcScore } = problem;
  const bucketStart = new Int32Array(maxScore + 2);
  for (let a = 0; a < arcOffer.length; a++) if (capacities[arcOffer[a]!]! > 0) bucketStart[maxScore - arcScore[a]! + 1]!++;
  for (let b = 0; b <= maxScore; b++) bucketStart[b + 1] = bucketStart[b + 1]! + bucketStart[b]!;
  const order = new Int32Array(bucketStart[maxScore + 1]!);
  for (let a = 0; a < arcOffer.length; a++) if (capacities[arcOffer[a]!]! > 0) order[bucketStart[maxScore - arcScore[a]!]!++] = a;
  return order;
}
