import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Actor, Role } from "../../core/access/roles.js";
import { apiGet, apiPost, apiPut } from "./api-client.js";
import { isUnauthenticated } from "./api-error.js";

/** GET /api/me: who is signed in. */
export interface Me {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  centreId: string | null;
  centreName: string | null;
  workerId: string | null;
  employerId: string | null;
  locale: string;
  twoFactorEnabled: boolean;
}

/** Null when nobody is signed in: "signed out" is an answer, not an error. */
async function fetchMe(): Promise<Me | null> {
  try {
    return await apiGet<Me>("/api/me");
  } catch (error) {
    if (isUnauthenticated(error)) return null;
    throw error;
  }
}

export const meQuery = queryOptions({ queryKey: ["me"], queryFn: fetchMe, staleTime: 5 * 60_000 });

export function useMe() {
  return useQuery(meQuery);
}

/** The signed-in user as the access policy of src/core sees them, to show only what they may do. */
export function actorOf(me: Me): Actor {
  return { userId: me.id, role: me.role, centreId: me.centreId, workerId: me.workerId, employerId: me.employerId };
}

export function useSaveLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: string) => apiPut<void>("/api/me/locale", { locale }),
    onSuccess: (_, locale) => queryClient.setQueryData<Me | null>(meQuery.queryKey, (me) => (me ? { ...me, locale } : me)),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<unknown>("/api/auth/sign-out"),
    // Whatever the server answered, nothing of the previous user may stay on screen or in the cache.
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, null);
    },
  });
}
