import { MATCH_CRITERIA, type MatchCriterion } from "../../../core/matching/criteria.js";
import { isApiError } from "../../api/api-error.js";
import type { ReasonLike } from "../../components/match-reasons.js";

const REASON_PREFIX = "reasons.";

function isCriterion(value: unknown): value is MatchCriterion {
  return typeof value === "string" && (MATCH_CRITERIA as readonly string[]).includes(value);
}

/**
 * A "not_eligible" refusal lists the hard rules that exclude the worker, one detail each: the path names the
 * criterion and the message is "reasons.<reason code>". They are turned back into reasons so they read exactly
 * like the reasons on the candidates list. Anything else answers an empty list.
 */
export function reasonsFromNotEligible(error: unknown): ReasonLike[] {
  if (!isApiError(error) || error.code !== "not_eligible") return [];
  return error.details.flatMap((detail) => {
    const [criterion] = detail.path;
    if (!detail.message.startsWith(REASON_PREFIX) || !isCriterion(criterion)) return [];
    return [{ code: detail.message.slice(REASON_PREFIX.length), kind: "excluded" as const, criterion, params: detail.params ?? {} }];
  });
}
