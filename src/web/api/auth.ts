import { useMutation } from "@tanstack/react-query";
import { apiPost } from "./api-client.js";

/** better-auth answers a password sign-in of a TOTP user with this instead of a session. */
export interface SignInAnswer {
  twoFactorRedirect?: boolean;
}

export function useEmailSignIn() {
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) => apiPost<SignInAnswer>("/api/auth/sign-in/email", credentials),
  });
}

export function useVerifyTotp() {
  return useMutation({
    mutationFn: (code: string) => apiPost<unknown>("/api/auth/two-factor/verify-totp", { code }),
  });
}

export function useSendPhoneCode() {
  return useMutation({
    mutationFn: (phoneNumber: string) => apiPost<unknown>("/api/auth/phone-number/send-otp", { phoneNumber }),
  });
}

export function useVerifyPhoneCode() {
  return useMutation({
    mutationFn: (input: { phoneNumber: string; code: string }) => apiPost<unknown>("/api/auth/phone-number/verify", input),
  });
}

/**
 * A signed-in user with a password (staff, employers) changes it. Every other session of the account ends: whoever
 * knew the old password is signed out too; this browser gets a new session cookie and stays signed in.
 */
export function useChangePassword() {
  return useMutation({
    // Forgotten as soon as the page is left: the passwords are the mutation's variables.
    gcTime: 0,
    mutationFn: (change: { currentPassword: string; newPassword: string }) =>
      apiPost<unknown>("/api/auth/change-password", { ...change, revokeOtherSessions: true }),
  });
}
