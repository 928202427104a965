import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CheckIn, CheckInAnswerInput, CheckInView } from "../../core/check-ins/check-in-schemas.js";
import type { Page } from "../../core/shared/pagination.js";
import { apiGet, apiPost, ifMatch } from "./api-client.js";

export type { CheckIn };

export interface CheckInListParams {
  view?: CheckInView;
  workerId?: string;
  callOnly?: boolean;
  page: number;
  pageSize: number;
}

const checkInKeys = {
  all: ["check-ins"] as const,
  list: (params: CheckInListParams) => ["check-ins", "list", params] as const,
  one: (id: string) => ["check-ins", "one", id] as const,
};

export function useCheckInList(params: CheckInListParams, enabled = true) {
  return useQuery({
    queryKey: checkInKeys.list(params),
    queryFn: ({ signal }) => apiGet<Page<CheckIn>>("/api/check-ins", { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCheckIn(id: string) {
  return useQuery({
    queryKey: checkInKeys.one(id),
    queryFn: ({ signal }) => apiGet<CheckIn>(`/api/check-ins/${id}`, { signal }),
  });
}

/** A first answer goes without If-Match; a correction sends the version that was read (the API refuses a stale one). */
export function useAnswerCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ checkIn, input }: { checkIn: CheckIn; input: Partial<CheckInAnswerInput> & Pick<CheckInAnswerInput, "answers"> }) =>
      apiPost<CheckIn>(
        `/api/check-ins/${checkIn.id}/answers`,
        input,
        checkIn.status === "answered" ? { headers: ifMatch(checkIn.version) } : undefined,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: checkInKeys.all }),
  });
}
