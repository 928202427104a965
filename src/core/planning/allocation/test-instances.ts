import type { AllocationProblem } from "./allocation-problem.js";
import type { ArcSource, OfferArcs } from "./arc-source.js";

/** A problem from plain lists, for hand-made test cases: arcs as [worker, offer, score]. */
export function problemOf(
  workerCount: number,
  capacities: readonly number[],
  arcs: readonly (readonly [number, number, number])[],
): AllocationProblem {
  return {
    workerCount,
    capacities: Int32Array.from(capacities),
    arcWorker: Int32Array.from(arcs, ([w]) => w),
    arcOffer: Int32Array.from(arcs, ([, o]) => o),
    arcScore: Int32Array.from(arcs, ([, , s]) => s),
  };
}

/**
 * A problem held in memory as an ArcSource, for testing column generation against the solve of all its arcs. A pair
 * listed twice keeps its best score (as allocate and checkOptimality count it); each offer's arcs are kept best
 * first, ties by worker.
 */
export function arcSourceOf(problem: AllocationProblem, maxScore = 100): ArcSource {
  const best = Array.from(problem.capacities, () => new Map<number, number>());
  problem.arcWorker.forEach((w, a) => {
    const row = best[problem.arcOffer[a] as number] as Map<number, number>;
    row.set(w, Math.max(row.get(w) ?? 0, problem.arcScore[a] as number));
  });
  const rows = best.map((row) => [...row].sort(([wa, sa], [wb, sb]) => sb - sa || wa - wb));
  const arcsOf = (row: readonly [number, number][]): OfferArcs => ({
    workers: Int32Array.from(row, ([w]) => w),
    scores: Int32Array.from(row, ([, s]) => s),
  });
  return {
    workerCount: problem.workerCount,
    capacities: problem.capacities,
    maxScore,
    bestArcs: (offer, k) => arcsOf((rows[offer] ?? []).slice(0, k)),
    arcsAbove: (offer, floor) => arcsOf((rows[offer] ?? []).filter(([, s]) => s >= floor)),
    pricer: (value, earlier) => (offer, price, limit, riseBelow) => {
      const gain = ([w, s]: readonly [number, number]) => s - (value[w] as number) - price;
      // As a source may: with riseBelow, only the workers whose value rose by less than it are looked at.
      const looked = (rows[offer] ?? []).filter(
        ([w]) => riseBelow === undefined || !earlier || (value[w] as number) - (earlier[w] as number) < riseBelow,
      );
      const gaining = looked.filter((arc) => gain(arc) > 0);
      return arcsOf(gaining.sort((a, b) => gain(b) - gain(a) || a[0] - b[0]).slice(0, limit));
    },
  };
}

/**
 * A seeded regional instance like the bench's: offers split into regions of about 100, each worker with
 * `arcsPerWorker` distinct offers of one region, 1–10 positions per offer, scores 1–100 from the worker's skill,
 * the offer's appeal and noise (so many ties, as with real whole-point scores).
 */
export function regionalProblem(workers: number, offers: number, arcsPerWorker: number, seed: number): AllocationProblem {
  const random = lcg(seed);
  const capacities = Int32Array.from({ length: offers }, () => 1 + Math.floor(random() * 10));
  const appeal = Array.from({ length: offers }, () => random());
  const regionSize = Math.min(offers, 100);
  const arcs: [number, number, number][] = [];
  for (let w = 0; w < workers && offers > 0; w++) {
    const first = Math.floor(random() * Math.ceil(offers / regionSize)) * regionSize;
    const size = Math.min(regionSize, offers - first);
    const skill = random();
    const chosen = new Set<number>();
    while (chosen.size < Math.min(arcsPerWorker, size)) chosen.add(first + Math.floor(random() * size));
    for (const o of chosen) {
      const score = Math.round(30 + 40 * skill + 20 * (appeal[o] ?? 0) + 20 * (random() - 0.5));
      arcs.push([w, o, Math.max(1, Math.min(100, score))]);
    }
  }
  return problemOf(workers, Array.from(capacities), arcs);
}

/** Numerical Recipes' linear congruential generator: plenty for test data (core may not use src/db's generator). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
