import { describe, expect, it } from "vitest";
import { confirmsErasure } from "./erasure-confirmation.js";

const worker = { id: "0b6c1c8e-3f0e-4a8c-9a57-1f1b2c3d4e5f", givenName: "Zoë", familyName: "Ödegård" };

describe("confirming an erasure", () => {
  it("accepts the full name, whatever the case, accents and spaces", () => {
    expect(confirmsErasure("zoe  odegard", worker)).toBe(true);
    expect(confirmsErasure(" Zoë Ödegård ", worker)).toBe(true);
  });

  it("accepts the file reference", () => {
    expect(confirmsErasure(worker.id.toUpperCase(), worker)).toBe(true);
  });

  it("refuses anything else, and an empty answer", () => {
    expect(confirmsErasure("Zoe", worker)).toBe(false);
    expect(confirmsErasure("", worker)).toBe(false);
    expect(confirmsErasure("   ", { ...worker, givenName: "", familyName: "" })).toBe(false);
  });
});
