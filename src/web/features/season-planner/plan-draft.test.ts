import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { checkDraft, initialDraft, problemsFromRefusal } from "./plan-draft.js";

const CENTRE = "6b1c6a7e-3f0e-4a51-9b0e-2b3c4d5e6f70";

describe("the new-plan form", () => {
  it("starts with the reader's centre and the six months from next month, which the API accepts as they are", () => {
    const draft = initialDraft(CENTRE, dayjs("2027-01-20"));
    expect(draft).toEqual({ centreIds: [CENTRE], seasonStart: "2027-02-01", seasonEnd: "2027-07-31", minScore: 50, chaining: true });
    expect(checkDraft(draft)).toEqual({ ok: true, value: draft });
  });

  it("asks for a centre when a network administrator has chosen none", () => {
    const check = checkDraft(initialDraft(null, dayjs("2027-01-20")));
    expect(check).toEqual({ ok: false, problems: { centreIds: { key: "required" } } });
  });

  it("says at the end date when the season ends before it starts or lasts more than a year", () => {
    const draft = initialDraft(CENTRE, dayjs("2027-01-20"));
    expect(checkDraft({ ...draft, seasonEnd: "2027-01-31" })).toEqual({ ok: false, problems: { seasonEnd: { key: "dateRangeReversed" } } });
    expect(checkDraft({ ...draft, seasonEnd: "2028-03-01" })).toEqual({ ok: false, problems: { seasonEnd: { key: "seasonTooLong" } } });
    expect(checkDraft({ ...draft, seasonEnd: null })).toEqual({ ok: false, problems: { seasonEnd: { key: "required" } } });
  });

  it("shows the API's refusal of one centre at the centres field, in the planner's words", () => {
    expect(problemsFromRefusal([{ path: ["centreIds", 1], message: "planning.errors.centreNotFound" }])).toEqual({
      centreIds: { key: "planning:errors.centreNotFound" },
    });
    expect(problemsFromRefusal([{ path: ["seasonEnd"], message: "errors.seasonTooLong" }])).toEqual({
      seasonEnd: { key: "seasonTooLong" },
    });
  });
});
