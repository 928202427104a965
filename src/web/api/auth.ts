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
