import { describe, expect, it } from "vitest";
import { linkSigner } from "./signed-link.js";

const id = "3f0c1a52-2b7e-4c1d-9a57-8d2b6a0e4f11";
const now = new Date("2026-05-01T10:00:00.000Z");
const inFiveMinutes = new Date(now.getTime() + 5 * 60_000);
const signer = linkSigner("a-test-secret-that-is-long-enough-0000");

describe("signed download links", () => {
  it("name their attachment until they expire, and nothing after", () => {
    const token = signer.sign(id, inFiveMinutes);
    expect(signer.verify(token, now)).toBe(id);
    expect(signer.verify(token, inFiveMinutes)).toBe(id);
    expect(signer.verify(token, new Date(inFiveMinutes.getTime() + 1000))).toBeNull();
  });

  it("are worthless once any part is changed", () => {
    const token = signer.sign(id, inFiveMinutes);
    const [, expires, signature] = token.split(".") as [string, string, string];
    const otherId = "3f0c1a52-2b7e-4c1d-9a57-8d2b6a0e4f12";
    expect(signer.verify(`${otherId}.${expires}.${signature}`, now)).toBeNull();
    expect(signer.verify(`${id}.${Number(expires) + 3600}.${signature}`, now)).toBeNull();
    const flipped = `${signature.slice(0, -2)}${signature.endsWith("AA") ? "AB" : "AA"}`;
    expect(signer.verify(`${id}.${expires}.${flipped}`, now)).toBeNull();
    expect(signer.verify("not-a-token", now)).toBeNull();
  });

  it("signed with another secret are refused", () => {
    const forged = linkSigner("another-secret-another-secret-000000").sign(id, inFiveMinutes);
    expect(signer.verify(forged, now)).toBeNull();
  });
});
