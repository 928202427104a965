import { describe, expect, it } from "vitest";
import { isCommonPassword } from "./password-strength.js";

describe("the common-password check", () => {
  it("knows the passwords from breach lists and their easy variants, and lets strong ones through", () => {
    for (const weak of ["password1234", "Password1234", "qwertyuiop123", "iloveyou12345", "aaaaaaaaaaaa", "primacenters2026"]) {
      expect(isCommonPassword(weak, ["primacenters"]), weak).toBe(true);
    }
    for (const strong of ["Field-Test-Password-2026", "ABCDE-fghij-23456-KLMNP", "correct horse battery staple"]) {
      expect(isCommonPassword(strong), strong).toBe(false);
    }
  });
});
