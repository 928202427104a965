import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LabourRule, LabourRuleInput, LabourRuleListQuery, LabourRulePatch } from "../../core/labour-rules/labour-rule-schemas.js";
import type { OfferCheckResult } from "../../core/offers/offer-check-schemas.js";
import type { Page } from "../../core/shared/pagination.js";
import { apiGet, apiPatch, apiPost, ifMatch } from "./api-client.js";

export type { LabourRule, LabourRuleInput, LabourRulePatch, OfferCheckResult };
export type LabourRuleListParams = LabourRuleListQuery & { page: number; pageSize: number };

const labourRuleKeys = {
  all: ["labour-rules"] as const,
  list: (params: LabourRuleListParams) => ["labour-rules", "list", params] as const,
};

export function useLabourRuleList(params: LabourRuleListParams) {
  return useQuery({
    queryKey: labourRuleKeys.list(params),
    queryFn: ({ signal }) => apiGet<Page<LabourRule>>("/api/labour-rules", { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A rule changed: the rules and every offer check read again (the checks live under the offers' key). */
function useInvalidateRules() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: labourRuleKeys.all }), queryClient.invalidateQueries({ queryKey: ["offers"] })]);
}

export function useCreateLabourRule() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (input: LabourRuleInput) => apiPost<LabourRule>("/api/labour-rules", input),
    onSuccess: invalidate,
  });
}

/** Sends the version read (If-Match): a rule someone else changed meanwhile is refused (412), never overwritten. */
export function useUpdateLabourRule() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: ({ id, patch, version }: { id: string; patch: LabourRulePatch; version: number }) =>
      apiPatch<LabourRule>(`/api/labour-rules/${id}`, patch, { headers: ifMatch(version) }),
    onSuccess: invalidate,
  });
}

/** The offer against the labour rules; under the offers' key, so any change of the offer checks it again. */
export function useOfferCheck(offerId: string) {
  return useQuery({
    queryKey: ["offers", "check", offerId],
    queryFn: ({ signal }) => apiGet<OfferCheckResult>(`/api/offers/${offerId}/check`, { signal }),
  });
}
