import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Employer,
  EmployerAccountCreated,
  EmployerInput,
  EmployerListQuery,
  EmployerPatch,
  EmployerSite,
} from "../../core/employers/employer-schemas.js";
import type { Page } from "../../core/shared/pagination.js";
import { apiGet, apiPatch, apiPost, ifMatch } from "./api-client.js";

export type { Employer, EmployerAccountCreated, EmployerInput, EmployerPatch, EmployerSite };
export type EmployerListParams = EmployerListQuery & { page: number; pageSize: number };
export type EmployerSiteInput = EmployerInput["sites"][number];

export const employerKeys = {
  all: ["employers"] as const,
  list: (params: EmployerListParams) => ["employers", "list", params] as const,
  one: (id: string) => ["employers", "one", id] as const,
};

export function useEmployerList(params: EmployerListParams, enabled = true) {
  return useQuery({
    queryKey: employerKeys.list(params),
    queryFn: ({ signal }) => apiGet<Page<Employer>>("/api/employers", { query: { ...params }, signal }),
    // The table keeps the last page on screen while the next one loads, instead of flashing a skeleton.
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const employerQuery = (id: string) =>
  queryOptions({ queryKey: employerKeys.one(id), queryFn: ({ signal }) => apiGet<Employer>(`/api/employers/${id}`, { signal }) });

export function useEmployer(id: string | null | undefined) {
  return useQuery({ ...employerQuery(id ?? ""), enabled: !!id });
}

export function useCreateEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EmployerInput) => apiPost<Employer>("/api/employers", input),
    onSuccess: (created) => {
      queryClient.setQueryData(employerKeys.one(created.id), created);
      return queryClient.invalidateQueries({ queryKey: employerKeys.all });
    },
  });
}

export function useUpdateEmployer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patch, version }: { patch: EmployerPatch; version: number }) =>
      apiPatch<Employer>(`/api/employers/${id}`, patch, { headers: ifMatch(version) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(employerKeys.one(id), saved);
      // Offers carry the employer's name: they are read again too.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: employerKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["offers"] }),
      ]);
    },
  });
}

/** The answer is the new site only; the employer (whose version moved on) is read again. */
export function useAddEmployerSite(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ site, version }: { site: EmployerSiteInput; version: number }) =>
      apiPost<EmployerSite>(`/api/employers/${id}/sites`, site, { headers: ifMatch(version) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: employerKeys.one(id) }),
  });
}

/** Opens the employer's portal sign-in; the temporary password exists only in this answer and is never cached. */
export function useCreateEmployerAccount(id: string) {
  return useMutation({
    mutationFn: () => apiPost<EmployerAccountCreated>(`/api/employers/${id}/account`),
  });
}
