import { LANGUAGE_LEVELS, type LanguageLevel } from "../reference/codes.js";
import { type CriterionScore, criterionScore } from "./criterion-score.js";
import type { MatchOffer, MatchWorker } from "./match-inputs.js";
import type { MatchReason } from "./match-result.js";
import { reason } from "./reason.js";

/** One CEFR level short of the requirement still earns this share: a worker can get by and learn on the job. */
export const ONE_LEVEL_BELOW_CREDIT = 0.5;

const levelRank = (level: LanguageLevel): number => LANGUAGE_LEVELS.indexOf(level);

/** Soft criterion: each required language at the required level (A1 < A2 < B1 < B2 < C1 < C2 < native). */
export function scoreLanguages(worker: MatchWorker, offer: MatchOffer): CriterionScore {
  const spoken = new Map<string, LanguageLevel>();
  for (const { language, level } of worker.languages) {
    const known = spoken.get(language);
    if (known === undefined || levelRank(level) > levelRank(known)) spoken.set(language, level);
  }
  const required = offer.requiredLanguages;
  if (required.length === 0) return criterionScore(1, "language.noneRequired", {});

  const details: MatchReason[] = [];
  let earned = 0;
  let met = 0;
  for (const { language, level } of required) {
    const actual = spoken.get(language);
    if (actual === undefined) {
      details.push(reason("language.missing", "missing", { language, required: level }));
      continue;
    }
    const shortBy = levelRank(level) - levelRank(actual);
    if (shortBy <= 0) {
      earned += 1;
      met += 1;
      details.push(reason("language.met", "met", { language, required: level, actual }));
    } else {
      const credit = shortBy === 1 ? ONE_LEVEL_BELOW_CREDIT : 0;
      earned += credit;
      details.push(reason("language.below", credit > 0 ? "partial" : "missing", { language, required: level, actual }));
    }
  }
  return criterionScore(earned / required.length, "language.requiredMet", { met, total: required.length }, details);
}
