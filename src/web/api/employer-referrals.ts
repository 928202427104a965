import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Referral, ReferralMove } from "../../core/referrals/referral-schemas.js";
import type { ReferralStage } from "../../core/referrals/referral-stages.js";
import type { Page } from "../../core/shared/pagination.js";
import { apiGet, apiPost } from "./api-client.js";

export type { Referral, ReferralStage };
/** What the web app sends: the note may be left out (the API defaults it to ""). */
export type ReferralMoveBody = Omit<ReferralMove, "note"> & { note?: string };

export interface CandidateListParams {
  offerId?: string;
  stage?: ReferralStage;
  page: number;
  pageSize: number;
}

/**
 * Candidacies as the signed-in user may see them. For an employer the API answers only candidates who consented
 * to be referred; the keys sit under "referrals" so any referral change elsewhere refreshes them too.
 */
export function useCandidates(params: CandidateListParams) {
  return useQuery({
    queryKey: ["referrals", "list", params],
    queryFn: ({ signal }) => apiGet<Page<Referral>>("/api/referrals", { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMoveCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, move }: { id: string; move: ReferralMoveBody }) => apiPost<Referral>(`/api/referrals/${id}/moves`, move),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ["referrals"] }), queryClient.invalidateQueries({ queryKey: ["offers"] })]),
  });
}
