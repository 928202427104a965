import { describe, expect, it } from "vitest";
import { permitLineStatus, permitsByUrgency } from "./permit-line.js";

const permit = (validUntil: string | null, workAllowed = true) => ({
  type: "work_permit" as const,
  validFrom: "2025-01-01",
  validUntil,
  workAllowed,
});

describe("a permit as the worker sees it", () => {
  const today = "2026-03-01";
  it("is valid, ends soon (within 60 days) or has ended", () => {
    expect(permitLineStatus(permit("2027-01-01"), today)).toBe("valid");
    expect(permitLineStatus(permit("2026-04-15"), today)).toBe("expiring");
    expect(permitLineStatus(permit("2026-02-01"), today)).toBe("expired");
    expect(permitLineStatus(permit(null), today)).toBe("valid");
  });

  it("does not count as a work permit when it does not allow work", () => {
    expect(permitLineStatus(permit("2027-01-01", false), today)).toBe("none");
  });

  it("lists the soonest end first and open-ended ones last", () => {
    const sorted = permitsByUrgency([permit(null), permit("2027-01-01"), permit("2026-04-15")]);
    expect(sorted.map((p) => p.validUntil)).toEqual(["2026-04-15", "2027-01-01", null]);
  });
});
