import { describe, expect, it } from "vitest";
import { checkPlacement, EMPTY_PLACEMENT, placementDraftFrom, placementProblemsFromApi } from "./placement-values.js";

const offer = {
  contractType: "seasonal",
  startDate: "2026-03-01",
  endDate: "2026-06-30",
  payAmountCents: 4550,
  payUnit: "day",
  hoursPerWeek: 40,
} as const;

describe("the hire form", () => {
  it("starts from the offer's terms, with the pay in euros", () => {
    expect(placementDraftFrom(offer)).toEqual({
      contractType: "seasonal",
      startDate: "2026-03-01",
      endDate: "2026-06-30",
      payAmount: 45.5,
      payUnit: "day",
      hoursPerWeek: 40,
    });
  });

  it("turns a complete draft into the placement the API takes", () => {
    const check = checkPlacement({ ...placementDraftFrom(offer), payAmount: "46,20", endDate: null });
    expect(check).toEqual({
      ok: true,
      placement: {
        contractType: "seasonal",
        startDate: "2026-03-01",
        endDate: null,
        payAmountCents: 4620,
        payUnit: "day",
        hoursPerWeek: 40,
      },
    });
  });

  it("says which fields are missing, at the form's own field names", () => {
    const check = checkPlacement(EMPTY_PLACEMENT);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.problems).sort()).toEqual(["contractType", "hoursPerWeek", "payAmount", "startDate"]);
    expect(check.problems.payAmount).toEqual({ key: "required" });
  });

  it("catches an end before the start", () => {
    const check = checkPlacement({ ...placementDraftFrom(offer), endDate: "2026-02-01" });
    expect(check.ok ? {} : check.problems).toEqual({ endDate: { key: "dateRangeReversed" } });
  });

  it("places the API's refusals on the same fields", () => {
    expect(placementProblemsFromApi([{ path: ["placement", "payAmountCents"], message: "errors.tooSmall", params: { min: 0 } }])).toEqual({
      payAmount: { key: "tooSmall", params: { min: 0 } },
    });
  });
});
