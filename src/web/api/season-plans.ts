import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  ASSIGNMENT_DECISIONS,
  PlanAssignment,
  planDecisionRequest,
  planDecisionResult,
  SeasonPlan,
  SeasonPlanRequest,
  WorkerChain,
} from "../../core/planning/plan-schemas.js";
import type { Page } from "../../core/shared/pagination.js";
import { apiGet, apiPost } from "./api-client.js";

export type { PlanAssignment, SeasonPlan, SeasonPlanRequest, WorkerChain };
export type AssignmentDecision = (typeof ASSIGNMENT_DECISIONS)[number];
export type PlanDecisionRequest = z.infer<typeof planDecisionRequest>;
export type PlanDecisionResult = z.infer<typeof planDecisionResult>;

export interface SeasonPlanListParams {
  page: number;
  pageSize: number;
}

export interface PlanAssignmentParams {
  page: number;
  pageSize: number;
  search?: string;
  decision?: AssignmentDecision;
}

/** How often a running plan is asked for its progress: often enough for the bar to move, rarely enough to stay cheap. */
export const PLAN_POLL_MS = 1_000;

export const seasonPlanKeys = {
  all: ["season-plans"] as const,
  list: (params: SeasonPlanListParams) => ["season-plans", "list", params] as const,
  one: (id: string) => ["season-plans", "one", id] as const,
  assignments: (id: string, params?: PlanAssignmentParams) =>
    params ? (["season-plans", "one", id, "assignments", params] as const) : (["season-plans", "one", id, "assignments"] as const),
  chain: (id: string, workerId: string) => ["season-plans", "one", id, "chains", workerId] as const,
};

/** A plan still at work: its progress is read again until it is done or has failed. */
export function isPlanRunning(plan: Pick<SeasonPlan, "status">): boolean {
  return plan.status === "queued" || plan.status === "running";
}

/** The plans of the reader's centre (every centre for an administrator), newest first. */
export function useSeasonPlanList(params: SeasonPlanListParams) {
  return useQuery({
    queryKey: seasonPlanKeys.list(params),
    queryFn: ({ signal }) => apiGet<Page<SeasonPlan>>("/api/season-plans", { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
    // A running plan in the list moves on by itself.
    refetchInterval: (query) => (query.state.data?.items.some(isPlanRunning) ? PLAN_POLL_MS : false),
  });
}

export const seasonPlanQuery = (id: string) =>
  queryOptions({
    queryKey: seasonPlanKeys.one(id),
    queryFn: ({ signal }) => apiGet<SeasonPlan>(`/api/season-plans/${id}`, { signal }),
    refetchInterval: (query) => (query.state.data && isPlanRunning(query.state.data) ? PLAN_POLL_MS : false),
  });

/** One plan; while it runs it is read every second, so its progress bar and stage follow the server's job. */
export function useSeasonPlan(id: string) {
  return useQuery(seasonPlanQuery(id));
}

/** Starts a run: the server answers 202 with the queued plan at once and works on it in the background. */
export function useCreateSeasonPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SeasonPlanRequest) => apiPost<SeasonPlan>("/api/season-plans", request),
    onSuccess: (created) => {
      queryClient.setQueryData(seasonPlanKeys.one(created.id), created);
      return queryClient.invalidateQueries({ queryKey: seasonPlanKeys.all, exact: false, refetchType: "none" });
    },
  });
}

/** A page of the plan's proposed assignments, searched by name and filtered by decision. */
export function usePlanAssignments(id: string, params: PlanAssignmentParams, enabled = true) {
  return useQuery({
    queryKey: seasonPlanKeys.assignments(id, params),
    queryFn: ({ signal }) => apiGet<Page<PlanAssignment>>(`/api/season-plans/${id}/assignments`, { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * Accepts (refers the workers) or rejects many assignments at once. Accepting makes referrals, so everything that
 * shows a referral is read again, as after a referral made by hand.
 */
export function usePlanDecision(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PlanDecisionRequest) => apiPost<PlanDecisionResult>(`/api/season-plans/${id}/decisions`, request),
    onSettled: (_result, _error, request) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: seasonPlanKeys.assignments(id) }),
        ...(request.decision === "accepted"
          ? [
              queryClient.invalidateQueries({ queryKey: ["referrals"] }),
              queryClient.invalidateQueries({ queryKey: ["offers"] }),
              queryClient.invalidateQueries({ queryKey: ["dashboard"] }),
            ]
          : []),
      ]),
  });
}

/** A worker's jobs across the season in the plan, for the calendar and the map. */
export function useWorkerChain(id: string, workerId: string | null) {
  return useQuery({
    queryKey: seasonPlanKeys.chain(id, workerId ?? ""),
    queryFn: ({ signal }) => apiGet<WorkerChain>(`/api/season-plans/${id}/chains/${workerId}`, { signal }),
    enabled: !!workerId,
  });
}
