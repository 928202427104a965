import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OfferStatus } from "../../core/offers/offer-lifecycle.js";
import type { OfferInput, OfferListQuery, OfferPatch, OfferView } from "../../core/offers/offer-schemas.js";
import type { Page } from "../../core/shared/pagination.js";
import { apiGet, apiPatch, apiPost, ifMatch } from "./api-client.js";

export type { OfferInput, OfferPatch, OfferStatus, OfferView };
export type OfferListParams = OfferListQuery & { page: number; pageSize: number };

export const offerKeys = {
  all: ["offers"] as const,
  list: (params: OfferListParams) => ["offers", "list", params] as const,
  one: (id: string) => ["offers", "one", id] as const,
};

export function useOfferList(params: OfferListParams, enabled = true) {
  return useQuery({
    queryKey: offerKeys.list(params),
    queryFn: ({ signal }) => apiGet<Page<OfferView>>("/api/offers", { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const offerQuery = (id: string) =>
  queryOptions({ queryKey: offerKeys.one(id), queryFn: ({ signal }) => apiGet<OfferView>(`/api/offers/${id}`, { signal }) });

/** Nothing is asked while the id is not known yet (a dialog not open, a route still resolving). */
export function useOffer(id: string | null | undefined) {
  return useQuery({ ...offerQuery(id ?? ""), enabled: !!id });
}

export function useCreateOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OfferInput) => apiPost<OfferView>("/api/offers", input),
    onSuccess: (created) => {
      queryClient.setQueryData(offerKeys.one(created.id), created);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: offerKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["dashboard"] }),
      ]);
    },
  });
}

export function useUpdateOffer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patch, version }: { patch: OfferPatch; version: number }) =>
      apiPatch<OfferView>(`/api/offers/${id}`, patch, { headers: ifMatch(version) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(offerKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: offerKeys.all });
    },
  });
}

/** Moves the offer along its lifecycle from the version that was read, so two people cannot move it twice. */
export function useTransitionOffer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ to, version }: { to: OfferStatus; version: number }) =>
      apiPost<OfferView>(`/api/offers/${id}/transitions`, { to }, { headers: ifMatch(version) }),
    onSuccess: (moved) => {
      queryClient.setQueryData(offerKeys.one(id), moved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: offerKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["dashboard"] }),
      ]);
    },
    // A refused move usually means the offer changed meanwhile: read it again so the buttons match its status.
    onError: () => queryClient.invalidateQueries({ queryKey: offerKeys.one(id) }),
  });
}
