import { computeFairWork, type FairWorkResult } from "../../core/fair-work/fair-work-score.js";
import type { Database, Transaction } from "../../db/database.js";
import { loadFairWorkFacts } from "../../db/repositories/fair-work-repository.js";

/**
 * The fair-work result of each employer named, computed from a fixed number of queries whatever their number:
 * matching asks it once for every employer whose offers it ranks.
 */
export async function fairWorkOf(
  db: Database | Transaction,
  employerIds: readonly string[],
  today: string,
): Promise<Map<string, FairWorkResult>> {
  const facts = await loadFairWorkFacts(db, employerIds, today);
  return new Map([...facts].map(([id, employerFacts]) => [id, computeFairWork(employerFacts, today)]));
}

/** Why an employer is not matched, for a refusal or an empty list (null when it is matched). */
export function notMatchableReason(result: FairWorkResult | undefined) {
  if (!result || result.matchable) return null;
  return { score: result.score, bar: result.bar, belowBar: result.belowBar, holds: result.holds.map((hold) => hold.code) };
}
