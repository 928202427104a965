import type { z } from "zod";
import type { fairnessReport, fairnessRow } from "./plan-schemas.js";

export type FairnessRow = z.infer<typeof fairnessRow>;
export type FairnessReport = z.infer<typeof fairnessReport>;

/** What the report needs of a worker: the two attributes it is about. The matcher itself never sees either. */
export interface FairnessSubject {
  readonly gender: string;
  /** ISO country code of nationality: the worker's origin. */
  readonly nationality: string;
}

/**
 * Placement by gender and by origin against each group's share of the workers available to the plan. A group
 * placed far below its share of the available workers is what a coordinator should look into: scores never use
 * these attributes, so a gap comes from what the groups bring (skills, permits, dates), not from the matcher.
 * `placed[i]` says whether `workers[i]` got a job in the plan.
 */
export function fairnessReportOf(workers: readonly FairnessSubject[], placed: readonly boolean[]): FairnessReport {
  if (workers.length !== placed.length) throw new Error("one placement flag per worker");
  return {
    byGender: rowsBy(workers, placed, (w) => w.gender),
    byOrigin: rowsBy(workers, placed, (w) => w.nationality || "unknown"),
  };
}

function rowsBy(workers: readonly FairnessSubject[], placed: readonly boolean[], groupOf: (w: FairnessSubject) => string): FairnessRow[] {
  const counts = new Map<string, { available: number; placed: number }>();
  let placedTotal = 0;
  workers.forEach((worker, i) => {
    const group = groupOf(worker);
    const count = counts.get(group) ?? { available: 0, placed: 0 };
    count.available += 1;
    if (placed[i]) {
      count.placed += 1;
      placedTotal += 1;
    }
    counts.set(group, count);
  });
  return [...counts]
    .map(([group, count]) => ({
      group,
      available: count.available,
      placed: count.placed,
      availableShare: count.available / workers.length,
      placedShare: placedTotal === 0 ? 0 : count.placed / placedTotal,
    }))
    .sort((a, b) => b.available - a.available || a.group.localeCompare(b.group));
}
