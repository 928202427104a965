import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error.js";
import { accountErrorMessage, passwordRefusalOf } from "./account-error.js";
import { checkPasswordChange } from "./change-password-values.js";

const current = "Legal-Aid-Desk-2026!";
const strong = "Olive-Grove-Tractor-1987";

describe("a password change, checked in the browser", () => {
  it("sends the current and the new password, untrimmed", () => {
    expect(checkPasswordChange({ currentPassword: ` ${current}`, newPassword: `${strong} `, repeatPassword: `${strong} ` })).toEqual({
      ok: true,
      value: { currentPassword: ` ${current}`, newPassword: `${strong} ` },
    });
  });

  it("asks for every field", () => {
    const check = checkPasswordChange({ currentPassword: "", newPassword: "", repeatPassword: "" });
    expect(check).toEqual({
      ok: false,
      problems: { currentPassword: { key: "required" }, newPassword: { key: "required" }, repeatPassword: { key: "required" } },
    });
  });

  it("refuses a new password under 12 or over 128 characters", () => {
    const short = checkPasswordChange({ currentPassword: current, newPassword: "Xq7-kz-abcd", repeatPassword: "Xq7-kz-abcd" });
    expect(short.ok || short.problems.newPassword).toEqual({ key: "auth:error.passwordTooShort" });
    const long = "x".repeat(129);
    const tooLong = checkPasswordChange({ currentPassword: current, newPassword: long, repeatPassword: long });
    expect(tooLong.ok || tooLong.problems.newPassword).toEqual({ key: "tooLong", params: { max: 128 } });
    expect(checkPasswordChange({ currentPassword: current, newPassword: "Xq7-kz-abcde", repeatPassword: "Xq7-kz-abcde" }).ok).toBe(true);
  });

  it("wants the new password typed the same twice", () => {
    const check = checkPasswordChange({ currentPassword: current, newPassword: strong, repeatPassword: `${strong}.` });
    expect(check).toEqual({ ok: false, problems: { repeatPassword: { key: "account:changePassword.mismatch" } } });
  });

  it("refuses a new password that is the current one", () => {
    const check = checkPasswordChange({ currentPassword: current, newPassword: current, repeatPassword: current });
    expect(check).toEqual({ ok: false, problems: { newPassword: { key: "account:changePassword.sameAsCurrent" } } });
  });
});

describe("a password change refused by the server", () => {
  const refused = (authCode: string | null, status = 400, code: "validation_failed" | "rate_limited" | "network" = "validation_failed") =>
    new ApiError(status, code, "refused", [], authCode);

  it("is shown at the field it is about", () => {
    expect(passwordRefusalOf(refused("INVALID_PASSWORD"))).toEqual({
      field: "currentPassword",
      problem: { key: "account:changePassword.wrongCurrent" },
    });
    expect(passwordRefusalOf(refused("PASSWORD_TOO_COMMON"))).toEqual({
      field: "newPassword",
      problem: { key: "auth:error.passwordTooCommon" },
    });
    expect(passwordRefusalOf(refused("PASSWORD_TOO_SHORT"))?.field).toBe("newPassword");
    expect(passwordRefusalOf(refused("PASSWORD_TOO_LONG"))?.problem).toEqual({ key: "tooLong", params: { max: 128 } });
  });

  it("is about no field when it is not about what was typed", () => {
    expect(passwordRefusalOf(refused(null, 429, "rate_limited"))).toBeNull();
    expect(passwordRefusalOf(refused("SOMETHING_ELSE"))).toBeNull();
    expect(passwordRefusalOf(new Error("boom"))).toBeNull();
    const t = (key: string, options?: { ns: string }) => (options ? `${options.ns}:${key}` : key);
    expect(accountErrorMessage(refused(null, 429, "rate_limited"), t, "changePassword.failed")).toBe("errors:code.rate_limited");
    expect(accountErrorMessage(refused(null, 0, "network"), t, "changePassword.failed")).toBe("errors:code.network");
    expect(accountErrorMessage(refused("SOMETHING_ELSE"), t, "changePassword.failed")).toBe("changePassword.failed");
  });
});
