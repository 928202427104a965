import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { UserAccount, UserAccountListQuery } from "../../core/accounts/account-schemas.js";
import type { Page } from "../../core/shared/pagination.js";
import { apiGet, apiPut } from "./api-client.js";

export type UserAccountListParams = UserAccountListQuery & { page: number; pageSize: number };

const userKeys = {
  all: ["users"] as const,
  list: (params: UserAccountListParams) => ["users", "list", params] as const,
};

export function useUserAccountList(params: UserAccountListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => apiGet<Page<UserAccount>>("/api/users", { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Disabling ends every session of the account at once; enabling lets it sign in again. */
export function useSetAccountDisabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, disabled }: { id: string; disabled: boolean }) =>
      apiPut<{ id: string; disabled: boolean }>(`/api/users/${id}/disabled`, { disabled }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
