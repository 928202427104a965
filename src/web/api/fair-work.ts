import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ComplianceOverview, FairWorkReviewInput, FairWorkView } from "../../core/fair-work/fair-work-schemas.js";
import { apiGet, apiPost } from "./api-client.js";

export type { ComplianceOverview, FairWorkView };

const fairWorkKeys = {
  all: ["fair-work"] as const,
  employer: (employerId: string) => ["fair-work", "employer", employerId] as const,
  overview: ["fair-work", "overview"] as const,
};

/** An employer's fair-work score with each item explained, its holds and what to fix. */
export function useFairWork(employerId: string | null | undefined) {
  return useQuery({
    queryKey: fairWorkKeys.employer(employerId ?? ""),
    queryFn: ({ signal }) => apiGet<FairWorkView>(`/api/employers/${employerId}/fair-work`, { signal }),
    enabled: !!employerId,
  });
}

/** The coordinator lifts the matching hold of a substantiated serious grievance after reviewing it. */
export function useReviewHold(employerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FairWorkReviewInput) => apiPost<FairWorkView>(`/api/employers/${employerId}/fair-work/reviews`, input),
    onSuccess: (view) => {
      queryClient.setQueryData(fairWorkKeys.employer(employerId), view);
      // Matching changes at once: the overview, the offers' candidates and workers' offers are stale now.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: fairWorkKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["offers"] }),
        queryClient.invalidateQueries({ queryKey: ["workers"] }),
      ]);
    },
  });
}

export function useComplianceOverview() {
  return useQuery({
    queryKey: fairWorkKeys.overview,
    queryFn: ({ signal }) => apiGet<ComplianceOverview>("/api/compliance/overview", { signal }),
  });
}
