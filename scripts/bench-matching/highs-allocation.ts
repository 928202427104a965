// The season allocation as a linear program for HiGHS (npm `highs`, WebAssembly), the independent reference the
// exact solver is compared with: same optimum (to 1e-6 relative) and how much faster.
import type { Highs } from "highs";
import { allocate } from "../../src/core/planning/allocation/allocate.js";
import type { AllocationProblem } from "../../src/core/planning/allocation/allocation-problem.js";

/**
 * Size of the HiGHS comparison in the bench: the synthetic network (offers = workers / 10), arcs at the plan's
 * minimum score of 80. Measured on 6 December 2026 on the 2-core machine (seed + 2), HiGHS time for building the LP
 * text + parsing + solving: 5,000 workers (123,600 arcs): 1.9 s · 10,000 (483,093): 8.7 s · 14,000 (961,217): 23.6 s;
 * at 20,000 × 2,000 (1.95 million arcs) HiGHS's WebAssembly build stops with "Aborted()" (its memory runs out). Our
 * solver: 0.08 s, 0.28 s and 0.39 s, same objectives. 14,000 × 1,400 is the largest size HiGHS solved.
 */
export const HIGHS_COMPARISON_SIZE = { workers: 14_000, offers: 1_400 } as const;

/** Terms per line of the LP text: the CPLEX LP format limits line length. */
const TERMS_PER_LINE = 20;

/**
 * CPLEX LP text: maximise Σ score · x_arc subject to Σ x over a worker's arcs ≤ 1, Σ x over an offer's arcs ≤ its
 * positions, 0 ≤ x ≤ 1. The constraint matrix of a bipartite b-matching is totally unimodular, so this LP has an
 * integral optimum and its optimal value is the best allocation's score.
 */
export function allocationLp(problem: AllocationProblem): string {
  const { workerCount, capacities, arcWorker, arcOffer, arcScore } = problem;
  const arcCount = arcWorker.length;
  const lines: string[] = ["Maximize"];
  // An LP needs an objective term; with no arcs the stand-in column z (fixed at 0) carries it.
  const objective = arcCount === 0 ? ["0 z"] : Array.from(arcScore, (score, a) => `${score} x${a}`);
  pushSum(lines, " obj: ", objective, "");
  lines.push("Subject To");
  const byWorker = groupArcs(arcWorker, workerCount);
  byWorker.forEach((arcs, w) => {
    if (arcs.length > 0) pushSum(lines, ` w${w}: `, arcs, " <= 1");
  });
  groupArcs(arcOffer, capacities.length).forEach((arcs, o) => {
    if (arcs.length > 0) pushSum(lines, ` o${o}: `, arcs, ` <= ${capacities[o]}`);
  });
  lines.push("Bounds");
  for (let a = 0; a < arcCount; a++) lines.push(` 0 <= x${a} <= 1`);
  if (arcCount === 0) lines.push(" z = 0");
  lines.push("End");
  return lines.join("\n");
}

function groupArcs(owner: Int32Array, ownerCount: number): string[][] {
  const groups = Array.from({ length: ownerCount }, (): string[] => []);
  for (let a = 0; a < owner.length; a++) groups[owner[a] ?? -1]?.push(`x${a}`);
  return groups;
}

/** "head t1 + t2 + … tail", broken into lines of TERMS_PER_LINE terms (continuation lines start with +). */
function pushSum(lines: string[], head: string, terms: readonly string[], tail: string): void {
  for (let i = 0; i < terms.length; i += TERMS_PER_LINE) {
    const chunk = terms.slice(i, i + TERMS_PER_LINE).join(" + ");
    const last = i + TERMS_PER_LINE >= terms.length;
    lines.push(`${i === 0 ? head : " + "}${chunk}${last ? tail : ""}`);
  }
}

let solver: Promise<Highs> | undefined;

/**
 * The WebAssembly module, loaded once per process (its load time is not counted in any timing). The package's
 * types describe its CommonJS build; the ES build that Node loads here exports the loader as default.
 */
function highsSolver(): Promise<Highs> {
  solver ??= import("highs").then((module) => (module as unknown as { default: () => Promise<Highs> }).default());
  return solver;
}

/** Optimal value by HiGHS; seconds include building the LP text and HiGHS parsing and solving it. */
export async function solveWithHighs(problem: AllocationProblem): Promise<{ objective: number; seconds: number }> {
  const highs = await highsSolver();
  const started = performance.now();
  const result = highs.solve(allocationLp(problem), { output_flag: false });
  const seconds = (performance.now() - started) / 1000;
  if (result.Status !== "Optimal") throw new Error(`HiGHS ended with status ${result.Status}`);
  return { objective: result.ObjectiveValue, seconds };
}

/**
 * Our exact solver against HiGHS on the same problem. seconds: allocate alone (which includes checking its own
 * certificate); highs_seconds: building the LP text + HiGHS parsing and solving it (model load excluded).
 */
export async function compareWithHighs(
  problem: AllocationProblem,
): Promise<{ seconds: number; highs_seconds: number; objective: number; highs_objective: number }> {
  const started = performance.now();
  const allocation = allocate(problem);
  const seconds = (performance.now() - started) / 1000;
  const highs = await solveWithHighs(problem);
  return { seconds, highs_seconds: highs.seconds, objective: allocation.objective, highs_objective: highs.objective };
}
