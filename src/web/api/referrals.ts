import { keepPreviousData, type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PlacementInput, Referral, ReferralCreate, ReferralMove } from "../../core/referrals/referral-schemas.js";
import type { ReferralStage } from "../../core/referrals/referral-stages.js";
import type { Page } from "../../core/shared/pagination.js";
import { apiGet, apiPost, ifMatch } from "./api-client.js";

export type { PlacementInput, Referral, ReferralStage };

/** What the web app sends: the note may be left out (the API defaults it to ""). */
export type ReferralCreateBody = Omit<ReferralCreate, "note"> & { note?: string };
export type ReferralMoveBody = Omit<ReferralMove, "note"> & { note?: string };

export interface ReferralListParams {
  offerId?: string;
  workerId?: string;
  stage?: ReferralStage;
  page: number;
  pageSize: number;
}

/**
 * Everything about candidacies sits under "referrals" (the employer portal's lists too), so one invalidation
 * refreshes every list that shows a stage.
 */
export const referralKeys = {
  all: ["referrals"] as const,
  list: (params: ReferralListParams) => ["referrals", "list", params] as const,
};

/** The centre's candidacies for staff; a worker gets their own, an employer those the worker consented to. */
export function useReferralList(params: ReferralListParams, enabled = true) {
  return useQuery({
    queryKey: referralKeys.list(params),
    queryFn: ({ signal }) => apiGet<Page<Referral>>("/api/referrals", { query: { ...params }, signal }),
    // A filtered table keeps the last page on screen while the next one loads.
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * A referral changes what matching shows (the stage beside a candidate or an offer), the offer's candidates and the
 * dashboard's counts: all of them are read again.
 */
function refreshAfterReferralChange(queryClient: QueryClient, workerId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: referralKeys.all }),
    queryClient.invalidateQueries({ queryKey: ["offers"] }),
    queryClient.invalidateQueries({ queryKey: ["workers", "one", workerId, "matches"] }),
    queryClient.invalidateQueries({ queryKey: ["dashboard"] }),
  ]);
}

/** Proposes an offer to a worker (they decide in their portal) or refers a worker who consented in person or by phone. */
export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralCreateBody) => apiPost<Referral>("/api/referrals", body),
    onSuccess: (created) => refreshAfterReferralChange(queryClient, created.workerId),
    // A refusal (already put forward, no longer eligible, offer closed) means the list on screen is out of date.
    onError: () => queryClient.invalidateQueries({ queryKey: ["offers"] }),
  });
}

/**
 * Moves a candidacy along from the version that was read (someone else's move first answers 412); the stages open to
 * each role are in src/core/referrals/referral-stages.ts.
 */
export function useMoveReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ referral, move }: { referral: Pick<Referral, "id" | "workerId" | "version">; move: ReferralMoveBody }) =>
      apiPost<Referral>(`/api/referrals/${referral.id}/moves`, move, { headers: ifMatch(referral.version) }),
    onSuccess: (moved) => refreshAfterReferralChange(queryClient, moved.workerId),
    // Someone else may have moved it first: show the stage it has now.
    onError: () => queryClient.invalidateQueries({ queryKey: referralKeys.all }),
  });
}
