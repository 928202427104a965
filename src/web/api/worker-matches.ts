import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { OfferMatch } from "../../core/matching/match-schemas.js";
import { apiGet } from "./api-client.js";

export type { OfferMatch };

/** Published offers ranked for a worker; with includeExcluded the offers a hard rule rules out come too, with why. */
export function useWorkerMatches(workerId: string, includeExcluded: boolean, enabled: boolean) {
  return useQuery({
    queryKey: ["workers", "one", workerId, "matches", { includeExcluded }],
    queryFn: ({ signal }) => apiGet<{ items: OfferMatch[] }>(`/api/workers/${workerId}/matches`, { query: { includeExcluded }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
