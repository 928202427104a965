import type { MatchContext, MatchOffer, MatchWorker, OffersMatchContext } from "./match-inputs.js";
import type { MatchResult } from "./match-result.js";
import { scoreMatch } from "./score.js";

export interface RankOptions {
  /** How many results to return at most, eligible ones first. */
  readonly limit?: number;
  /** Also return excluded matches, after the eligible ones, so staff can see why someone is not proposed. */
  readonly includeExcluded?: boolean;
}

/** Candidates for an offer: eligible by score (highest first), ties by worker id; then, if asked, the excluded. */
export function rankCandidates(
  offer: MatchOffer,
  workers: readonly MatchWorker[],
  context: MatchContext = {},
  options: RankOptions = {},
): MatchResult[] {
  const results = workers.map((worker) => scoreMatch(worker, offer, context));
  return ordered(results, (r) => r.workerId, options);
}

/** Offers for a worker, in the same order; each offer's ESCO skills are looked up by its occupation. */
export function rankOffers(
  worker: MatchWorker,
  offers: readonly MatchOffer[],
  context: OffersMatchContext = {},
  options: RankOptions = {},
): MatchResult[] {
  const results = offers.map((offer) => scoreMatch(worker, offer, offerMatchContext(offer, context)));
  return ordered(results, (r) => r.offerId, options);
}

/** The knowledge scoreMatch needs for one offer: its occupation's ESCO skills, and ISCO codes. */
export function offerMatchContext(offer: MatchOffer, context: OffersMatchContext): MatchContext {
  const occupationSkills = context.occupationSkillsOf?.(offer.occupationUri);
  return {
    ...(context.iscoOf ? { iscoOf: context.iscoOf } : {}),
    ...(occupationSkills ? { occupationSkills } : {}),
  };
}

function ordered(results: MatchResult[], idOf: (r: MatchResult) => string, options: RankOptions): MatchResult[] {
  const byId = (a: MatchResult, b: MatchResult) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);
  const eligible = results.filter((r) => r.eligible).sort((a, b) => b.score - a.score || byId(a, b));
  // The excluded closest to eligibility (fewest failed rules) come first.
  const excluded = options.includeExcluded
    ? results.filter((r) => !r.eligible).sort((a, b) => exclusions(a) - exclusions(b) || byId(a, b))
    : [];
  const all = [...eligible, ...excluded];
  return options.limit === undefined ? all : all.slice(0, Math.max(0, Math.floor(options.limit)));
}

function exclusions(result: MatchResult): number {
  return result.reasons.filter((r) => r.kind === "excluded").length;
}
