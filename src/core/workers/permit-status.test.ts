import { describe, expect, it } from "vitest";
import { permitStatus, permitValidity } from "./permit-status.js";

const permit = (validUntil: string | null, workAllowed = true) => ({
  type: "work_permit" as const,
  validFrom: "2025-01-01",
  validUntil,
  workAllowed,
});

describe("permit status of a worker", () => {
  it("an open-ended authorisation is always valid", () => {
    expect(permitStatus(permitValidity([permit(null)]), "2026-11-23")).toBe("valid");
  });
  it("a permit ending within 60 days is expiring, on day 61 it is valid", () => {
    expect(permitStatus(permitValidity([permit("2027-01-22")]), "2026-11-23")).toBe("expiring");
    expect(permitStatus(permitValidity([permit("2027-01-23")]), "2026-11-23")).toBe("valid");
  });
  it("a permit that ended yesterday is expired; one ending today is still expiring", () => {
    expect(permitStatus(permitValidity([permit("2026-11-22")]), "2026-11-23")).toBe("expired");
    expect(permitStatus(permitValidity([permit("2026-11-23")]), "2026-11-23")).toBe("expiring");
  });
  it("a document that does not allow work counts as no permit", () => {
    expect(permitStatus(permitValidity([permit("2030-01-01", false)]), "2026-11-23")).toBe("none");
    expect(permitStatus(permitValidity([]), "2026-11-23")).toBe("none");
  });
  it("the latest of several permits decides", () => {
    expect(permitValidity([permit("2026-01-01"), permit("2028-05-01")]).validUntil).toBe("2028-05-01");
  });
});
