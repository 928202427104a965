import { describe, expect, it } from "vitest";
import { generateTemporaryPassword } from "./temporary-password.js";

describe("temporary passwords handed to a new account", () => {
  it("are four groups of five unambiguous characters with upper case, lower case and digits", () => {
    for (let i = 0; i < 200; i++) {
      const password = generateTemporaryPassword();
      expect(password).toMatch(/^[A-HJ-NP-Za-km-np-z2-9]{5}(-[A-HJ-NP-Za-km-np-z2-9]{5}){3}$/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[0-9]/);
    }
  });

  it("are never the same twice", () => {
    const drawn = new Set(Array.from({ length: 1000 }, generateTemporaryPassword));
    expect(drawn.size).toBe(1000);
  });
});
