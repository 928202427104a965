import { useQuery } from "@tanstack/react-query";
import type { CandidateMatch } from "../../core/matching/match-schemas.js";
import { apiGet } from "./api-client.js";

export type { CandidateMatch };

export interface CandidateParams {
  /** Also list the workers a hard rule rules out, each with why. */
  includeExcluded: boolean;
  /** How many candidates to rank and send (the API allows up to 200). */
  limit: number;
}

/**
 * The centre's workers ranked for an offer. The key sits under the offer's own key, so anything that refreshes the
 * offer (a referral, a status change) refreshes its candidates too.
 */
export function useOfferCandidates(offerId: string, params: CandidateParams) {
  return useQuery({
    queryKey: ["offers", "one", offerId, "matches", params],
    queryFn: ({ signal }) => apiGet<{ items: CandidateMatch[] }>(`/api/offers/${offerId}/matches`, { query: { ...params }, signal }),
    // Switching "show excluded" on or asking for more keeps the current list on screen until the new one arrives;
    // another offer's candidates are never shown in its place.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === offerId ? previous : undefined),
    select: (answer) => answer.items,
  });
}
