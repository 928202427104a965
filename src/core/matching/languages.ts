import { LANGUAGE_LEVELS, type LanguageLevel } from "../reference/codes.js";
import { type CriterionScore, criterionScore } from "./criterion-score.js";
import type { MatchOffer, MatchWorker } from "./match-inputs.js";
import type { MatchReason } from "./match-result.js";
import { reason } from "./reason.js";

/** One CEFR level short of the requirement still earns this share: a worker can get by and learn on the job. */
export const ONE_LEVEL_BELOW_CREDIT = 0.5;

/** A CEFR level as a number: a higher number is a better command of the language. */
export const levelRank = (level: LanguageLevel): number => LANGUAGE_LEVELS.indexOf(level);

/** The credit for one required language: met, one level short (half), or missing or further below (none). */
export function languageCredit(requiredRank: number, actualRank: number | undefined): number {
  if (actualRank === undefined) return 0;
  const shortBy = requiredRank - actualRank;
  if (shortBy <= 0) return 1;
  return shortBy === 1 ? ONE_LEVEL_BELOW_CREDIT : 0;
}

/** The criterion's credit from the credits of the required languages, each listed requirement counted once. */
export function languagesCredit(earned: number, requiredCount: number): number {
  return requiredCount === 0 ? 1 : earned / requiredCount;
}

/** Soft criterion: each required language at the required level (A1 < A2 < B1 < B2 < C1 < C2 < native). */
export function scoreLanguages(worker: MatchWorker, offer: MatchOffer): CriterionScore {
  const spoken = new Map<string, LanguageLevel>();
  for (const { language, level } of worker.languages) {
    const known = spoken.get(language);
    if (known === undefined || levelRank(level) > levelRank(known)) spoken.set(language, level);
  }
  const required = offer.requiredLanguages;
  if (required.length === 0) return criterionScore(languagesCredit(0, 0), "language.noneRequired", {});

  const details: MatchReason[] = [];
  let earned = 0;
  let met = 0;
  for (const { language, level } of required) {
    const actual = spoken.get(language);
    const credit = languageCredit(levelRank(level), actual === undefined ? undefined : levelRank(actual));
    earned += credit;
    if (actual === undefined) details.push(reason("language.missing", "missing", { language, required: level }));
    else if (credit === 1) {
      met += 1;
      details.push(reason("language.met", "met", { language, required: level, actual }));
    } else details.push(reason("language.below", credit > 0 ? "partial" : "missing", { language, required: level, actual }));
  }
  return criterionScore(languagesCredit(earned, required.length), "language.requiredMet", { met, total: required.length }, details);
}
