import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiPost } from "./api-client.js";
import { meQuery } from "./me.js";

/** What better-auth answers when two-step sign-in is being turned on: the authenticator link and spare codes. */
export interface TwoFactorSetup {
  totpURI: string;
  backupCodes: string[];
}

export function useStartTwoFactor() {
  return useMutation({
    mutationFn: (password: string) => apiPost<TwoFactorSetup>("/api/auth/two-factor/enable", { password }),
  });
}

/** The first code from the app proves it was set up right; only then is two-step sign-in on. */
export function useConfirmTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiPost<unknown>("/api/auth/two-factor/verify-totp", { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQuery.queryKey }),
  });
}

export function useTurnOffTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => apiPost<unknown>("/api/auth/two-factor/disable", { password }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQuery.queryKey }),
  });
}
