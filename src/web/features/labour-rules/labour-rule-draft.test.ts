import { describe, expect, it } from "vitest";
import { checkDraft, draftOf } from "./labour-rule-draft.js";

describe("the labour rule form", () => {
  it("turns euros into cents and leaves the limit's value out of a pay floor", () => {
    const check = checkDraft({ ...draftOf(null), amountEuros: 39.3, value: 12, validFrom: "2026-01-01", source: "Decree 1/2026" });
    expect(check).toEqual({
      ok: true,
      value: expect.objectContaining({ kind: "min_pay", amountCents: 3930, value: null, contractType: null }),
    });
  });

  it("says at each field what is missing, as the API would", () => {
    const check = checkDraft({ ...draftOf(null), kind: "max_hours_week", validFrom: "2026-01-01", validTo: "2025-01-01", source: "" });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toMatchObject({
      value: { key: "required" },
      validTo: { key: "dateRangeReversed" },
      source: { key: "required" },
    });
    const noAmount = checkDraft({ ...draftOf(null), validFrom: "2026-01-01", source: "Decree 1/2026" });
    expect(!noAmount.ok && noAmount.problems.amountEuros).toEqual({ key: "payPositive" });
  });
});
