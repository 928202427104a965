import { describe, expect, it } from "vitest";
import { employerMovesFrom } from "./employer-moves.js";
import { checkPlacement, placementDefaults } from "./placement-form-values.js";

const offer = {
  contractType: "seasonal",
  startDate: "2027-03-01",
  endDate: "2027-06-15",
  payAmountCents: 4_550,
  payUnit: "day",
  hoursPerWeek: 39,
} as const;

describe("the placement of a hire", () => {
  it("starts from the offer's terms, not before today", () => {
    expect(placementDefaults(offer, "2027-01-10")).toEqual({
      contractType: "seasonal",
      startDate: "2027-03-01",
      endDate: "2027-06-15",
      payAmount: 45.5,
      payUnit: "day",
      hoursPerWeek: 39,
    });
    expect(placementDefaults(offer, "2027-04-02").startDate).toBe("2027-04-02");
    expect(placementDefaults(offer, "2027-07-01")).toMatchObject({ startDate: "2027-07-01", endDate: null });
  });

  it("is sent in cents and checked with the API's schema", () => {
    const check = checkPlacement({ ...placementDefaults(offer, "2027-01-10"), payAmount: "47.25" });
    expect(check.ok && check.value).toEqual({
      contractType: "seasonal",
      startDate: "2027-03-01",
      endDate: "2027-06-15",
      payAmountCents: 4_725,
      payUnit: "day",
      hoursPerWeek: 39,
    });
  });

  it("may have no end date (a permanent contract)", () => {
    expect(checkPlacement({ ...placementDefaults(offer, "2027-01-10"), contractType: "permanent", endDate: null }).ok).toBe(true);
  });

  it("says what is missing or reversed, at the form's fields", () => {
    const check = checkPlacement({
      contractType: null,
      startDate: "2027-05-01",
      endDate: "2027-04-01",
      payAmount: "",
      payUnit: "day",
      hoursPerWeek: "",
    });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.contractType).toEqual({ key: "required" });
    expect(check.problems.payAmount).toEqual({ key: "required" });
    expect(check.problems.hoursPerWeek).toEqual({ key: "required" });
  });

  it("refuses an end before the start", () => {
    const check = checkPlacement({ ...placementDefaults(offer, "2027-01-10"), endDate: "2027-02-01" });
    expect(!check.ok && check.problems.endDate).toEqual({ key: "dateRangeReversed" });
  });
});

describe("what an employer may do with a candidate", () => {
  it("invites, hires or declines a referred candidate", () => {
    expect(employerMovesFrom("referred")).toEqual(["interview", "hired", "declined"]);
  });

  it("hires or declines after the interview", () => {
    expect(employerMovesFrom("interview")).toEqual(["hired", "declined"]);
  });

  it("has nothing left to do once hired, declined or withdrawn", () => {
    expect(employerMovesFrom("hired")).toEqual([]);
    expect(employerMovesFrom("declined")).toEqual([]);
    expect(employerMovesFrom("withdrawn")).toEqual([]);
  });

  it("never acts on a proposal the worker has not answered", () => {
    expect(employerMovesFrom("proposed")).toEqual([]);
  });
});
