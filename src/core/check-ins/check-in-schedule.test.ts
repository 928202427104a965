import { describe, expect, it } from "vitest";
import { grievanceCategoriesFor, grievanceDescription, questionsFor } from "./check-in-answers.js";
import { contactFor, isMissed, lastDayToAnswer, scheduleCheckIns } from "./check-in-schedule.js";

describe("scheduleCheckIns", () => {
  it("day 7, day 30 and the last day of a long contract", () => {
    expect(scheduleCheckIns({ startDate: "2027-01-28", endDate: "2027-06-30" })).toEqual([
      { kind: "day_7", dueOn: "2027-02-04" },
      { kind: "day_30", dueOn: "2027-02-27" },
      { kind: "end_of_contract", dueOn: "2027-06-30" },
    ]);
  });

  it("no end date: the two early ones only", () => {
    expect(scheduleCheckIns({ startDate: "2027-03-01", endDate: null }).map((c) => c.kind)).toEqual(["day_7", "day_30"]);
  });

  it("day 30 only while the contract still runs after it; on the last day itself the end-of-contract one is asked", () => {
    expect(scheduleCheckIns({ startDate: "2027-03-01", endDate: "2027-04-01" }).map((c) => c.kind)).toEqual([
      "day_7",
      "day_30",
      "end_of_contract",
    ]);
    expect(scheduleCheckIns({ startDate: "2027-03-01", endDate: "2027-03-31" })).toEqual([
      { kind: "day_7", dueOn: "2027-03-08" },
      { kind: "end_of_contract", dueOn: "2027-03-31" },
    ]);
  });

  it("a contract of a week or less: only the end of contract", () => {
    expect(scheduleCheckIns({ startDate: "2027-03-01", endDate: "2027-03-08" })).toEqual([
      { kind: "end_of_contract", dueOn: "2027-03-08" },
    ]);
    expect(scheduleCheckIns({ startDate: "2027-03-01", endDate: "2027-03-01" })).toEqual([
      { kind: "end_of_contract", dueOn: "2027-03-01" },
    ]);
    expect(scheduleCheckIns({ startDate: "2027-03-01", endDate: "2027-03-09" }).map((c) => c.kind)).toEqual(["day_7", "end_of_contract"]);
  });
});

describe("missed after 14 days", () => {
  it("open on the 14th day after it fell due, missed the day after", () => {
    expect(lastDayToAnswer("2027-03-08")).toBe("2027-03-22");
    expect(isMissed({ status: "sent", dueOn: "2027-03-08" }, "2027-03-22")).toBe(false);
    expect(isMissed({ status: "sent", dueOn: "2027-03-08" }, "2027-03-23")).toBe(true);
    expect(isMissed({ status: "scheduled", dueOn: "2027-03-08" }, "2027-03-23")).toBe(true);
    expect(isMissed({ status: "answered", dueOn: "2027-03-08" }, "2027-04-30")).toBe(false);
  });
});

describe("how the worker is asked", () => {
  it("WhatsApp first, then SMS, else a call from staff", () => {
    expect(contactFor({ whatsapp: true, sms: true })).toBe("whatsapp");
    expect(contactFor({ whatsapp: false, sms: true })).toBe("sms");
    expect(contactFor({ whatsapp: false, sms: false })).toBe("call");
  });
});

describe("answers", () => {
  it("housing is asked only with accommodation", () => {
    expect(questionsFor(true)).toContain("housing_ok");
    expect(questionsFor(false)).toEqual(["paid_as_agreed", "hours_as_agreed", "treated_well"]);
  });

  it("each 'no' maps to its grievance grounds; 'yes' and 'not applicable' to none", () => {
    expect(grievanceCategoriesFor({ paid_as_agreed: "yes", housing_ok: "not_applicable" })).toEqual([]);
    expect(grievanceCategoriesFor({ paid_as_agreed: "no", hours_as_agreed: "no", housing_ok: "no", treated_well: "no" })).toEqual([
      "withholding_of_wages",
      "unpaid_wages",
      "excessive_overtime",
      "housing",
      "abusive_working_living_conditions",
      "harassment",
    ]);
  });

  it("the grievance's description holds the answers and the worker's words", () => {
    const text = grievanceDescription(
      { kind: "day_30", dueOn: "2027-03-31" },
      { paid_as_agreed: "no", treated_well: "yes" },
      " No pay since March ",
    );
    expect(text).toBe(
      "Check-in after placement (day 30, due 2027-03-31).\nPaid as agreed: no\nTreated well: yes\n\nThe worker's words: No pay since March",
    );
  });
});
