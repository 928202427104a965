import { describe, expect, it } from "vitest";
import {
  type CorrectiveActionFact,
  computeFairWork,
  EMPTY_FACTS,
  employerSafeResult,
  FAIR_WORK_BAR,
  FAIR_WORK_BASELINE,
  type FairWorkFacts,
  type FairWorkItemCode,
  holdsOf,
  type SubstantiatedGrievanceFact,
} from "./fair-work-score.js";

const TODAY = "2026-12-05";
const facts = (overrides: Partial<FairWorkFacts> = {}): FairWorkFacts => ({ ...EMPTY_FACTS, ...overrides });
const itemOf = (facts: FairWorkFacts, code: FairWorkItemCode) => computeFairWork(facts, TODAY).items.find((i) => i.code === code);

let sequence = 0;
function grievance(overrides: Partial<SubstantiatedGrievanceFact> = {}): SubstantiatedGrievanceFact {
  sequence += 1;
  return {
    id: `g${sequence}`,
    reference: `GV-2026-${String(sequence).padStart(4, "0")}`,
    outcome: "substantiated",
    severity: "low",
    reportedOn: "2026-11-01",
    matchingReviewedAt: null,
    ...overrides,
  };
}
const action = (overrides: Partial<CorrectiveActionFact>): CorrectiveActionFact => ({
  status: "open",
  dueDate: "2026-12-31",
  verifiedOn: null,
  ...overrides,
});

describe("the fair-work score", () => {
  it("an employer with no history starts at the baseline, above the bar, and is matchable", () => {
    const result = computeFairWork(EMPTY_FACTS, TODAY);
    expect(result.score).toBe(FAIR_WORK_BASELINE);
    expect(FAIR_WORK_BASELINE).toBeGreaterThan(FAIR_WORK_BAR);
    expect(result).toMatchObject({ matchable: true, belowBar: false, holds: [], bar: FAIR_WORK_BAR });
    expect(result.items.map((i) => i.code)).toEqual([
      "baseline",
      "vetting",
      "inspections",
      "findings",
      "grievances",
      "correctiveActions",
      "checkInsNotEnough",
    ]);
  });

  it("the score is the sum of the items' points", () => {
    const result = computeFairWork(
      facts({ vettingStatus: "approved", inspectionsCompleted: 1, findings: { minor: 1, major: 0, critical: 0 } }),
      TODAY,
    );
    expect(result.score).toBe(result.items.reduce((sum, item) => sum + item.points, 0));
    expect(result.score).toBe(70 + 10 + 2 - 2);
  });

  it("vetting: approved adds, with conditions adds less, pending and no file are neutral", () => {
    expect(itemOf(facts({ vettingStatus: "approved" }), "vetting")).toMatchObject({ points: 10, params: { status: "approved" } });
    expect(itemOf(facts({ vettingStatus: "approved_with_conditions" }), "vetting")?.points).toBe(5);
    expect(itemOf(facts({ vettingStatus: "pending" }), "vetting")?.points).toBe(0);
    expect(itemOf(facts({ vettingStatus: null }), "vetting")).toMatchObject({ points: 0, params: { status: "none" } });
  });

  it("completed inspections add 2 each up to 6; findings take 2, 6 and 15 by severity", () => {
    expect(itemOf(facts({ inspectionsCompleted: 2 }), "inspections")).toMatchObject({ points: 4, counts: { completed: 2 } });
    expect(itemOf(facts({ inspectionsCompleted: 3 }), "inspections")?.points).toBe(6);
    expect(itemOf(facts({ inspectionsCompleted: 4 }), "inspections")?.points).toBe(6);
    const findings = itemOf(facts({ findings: { minor: 2, major: 1, critical: 1 } }), "findings");
    expect(findings).toMatchObject({ points: -2 * 2 - 6 - 15, counts: { minor: 2, major: 1, critical: 1 } });
  });

  it("substantiated grievances weigh by severity; a recent one (reported within a year) weighs more than an older one", () => {
    const recent = itemOf(facts({ grievances: [grievance({ severity: "high", reportedOn: "2025-12-05" })] }), "grievances");
    expect(recent).toMatchObject({ points: -12, counts: expect.objectContaining({ highRecent: 1, highOlder: 0 }) });
    const older = itemOf(facts({ grievances: [grievance({ severity: "high", reportedOn: "2025-12-04" })] }), "grievances");
    expect(older).toMatchObject({ points: -6, counts: expect.objectContaining({ highRecent: 0, highOlder: 1 }) });
    const all = itemOf(
      facts({
        grievances: [
          grievance({ severity: "low" }),
          grievance({ severity: "medium", outcome: "partly_substantiated" }),
          grievance({ severity: "critical" }),
          grievance({ severity: null }),
        ],
      }),
      "grievances",
    );
    expect(all?.points).toBe(-3 - 6 - 18 - 6);
  });

  it("grievances not substantiated or withdrawn do not count", () => {
    const item = itemOf(
      facts({ grievances: [grievance({ outcome: "not_substantiated", severity: "critical" }), grievance({ outcome: "withdrawn" })] }),
      "grievances",
    );
    expect(item?.points).toBe(0);
  });

  it("corrective actions: verified on time adds (at most 8), overdue and not done take away, answered ones wait", () => {
    const item = itemOf(
      facts({
        correctiveActions: [
          action({ status: "verified", dueDate: "2026-11-30", verifiedOn: "2026-11-30" }),
          action({ status: "verified", dueDate: "2026-11-30", verifiedOn: "2026-12-01" }),
          action({ status: "open", dueDate: "2026-12-04" }),
          action({ status: "open", dueDate: "2026-12-05" }),
          action({ status: "answered", dueDate: "2026-12-01" }),
          action({ status: "not_done", dueDate: "2026-10-01" }),
          action({ status: "cancelled", dueDate: "2026-10-01" }),
        ],
      }),
      "correctiveActions",
    );
    expect(item).toMatchObject({
      points: 2 + 0 - 5 - 8,
      counts: { verifiedOnTime: 1, verifiedLate: 1, overdue: 1, notDone: 1, open: 2 },
    });
    const many = Array.from({ length: 6 }, () => action({ status: "verified", verifiedOn: "2026-12-01" }));
    expect(itemOf(facts({ correctiveActions: many }), "correctiveActions")?.points).toBe(8);
  });

  it("check-ins count from 5 answers on: no 'no' adds 5, each share of 'no' takes away", () => {
    expect(itemOf(facts({ checkInAnswers: { yes: 4, no: 0 } }), "checkInsNotEnough")).toMatchObject({
      points: 0,
      counts: { answers: 4 },
      params: { minimum: 5 },
    });
    expect(itemOf(facts({ checkInAnswers: { yes: 5, no: 0 } }), "checkIns")).toMatchObject({
      points: 5,
      counts: { answers: 5, no: 0 },
      params: { noPercent: 0 },
    });
    expect(itemOf(facts({ checkInAnswers: { yes: 4, no: 1 } }), "checkIns")).toMatchObject({ points: 0, params: { noPercent: 20 } });
    expect(itemOf(facts({ checkInAnswers: { yes: 0, no: 8 } }), "checkIns")).toMatchObject({ points: -20, params: { noPercent: 100 } });
  });

  it("the score stays within 0 and 100", () => {
    const worst = computeFairWork(facts({ vettingStatus: "rejected", findings: { minor: 0, major: 0, critical: 10 } }), TODAY);
    expect(worst.score).toBe(0);
    const best = computeFairWork(
      facts({
        vettingStatus: "approved",
        inspectionsCompleted: 9,
        checkInAnswers: { yes: 40, no: 0 },
        correctiveActions: Array.from({ length: 9 }, () => action({ status: "verified", verifiedOn: "2026-12-01" })),
      }),
      TODAY,
    );
    expect(best.score).toBe(70 + 10 + 6 + 8 + 5);
    expect(best.score).toBeLessThanOrEqual(100);
  });
});

describe("the bar and the holds", () => {
  it("one point below the bar is not matchable; at the bar it is", () => {
    // 70 - 6 (major) - 15 (critical) = 49; one minor less severe: 70 - 6 - 2*7 = 50.
    const below = computeFairWork(facts({ findings: { minor: 0, major: 1, critical: 1 } }), TODAY);
    expect(below).toMatchObject({ score: 49, belowBar: true, matchable: false, holds: [] });
    const at = computeFairWork(facts({ findings: { minor: 7, major: 1, critical: 0 } }), TODAY);
    expect(at).toMatchObject({ score: 50, belowBar: false, matchable: true });
  });

  it("vetting suspended or rejected holds matching whatever the score", () => {
    for (const status of ["suspended", "rejected"] as const) {
      const goodRecord = {
        inspectionsCompleted: 3,
        checkInAnswers: { yes: 10, no: 0 },
        correctiveActions: Array.from({ length: 4 }, () => action({ status: "verified", verifiedOn: "2026-12-01" })),
      };
      const result = computeFairWork(facts({ vettingStatus: status, ...goodRecord }), TODAY);
      expect(result.score).toBeGreaterThanOrEqual(FAIR_WORK_BAR);
      expect(result.matchable).toBe(false);
      expect(result.holds).toEqual([{ code: `vetting_${status}` }]);
    }
  });

  it("a substantiated serious grievance not yet reviewed holds matching at once; reviewed, it no longer does", () => {
    const serious = grievance({ severity: "high" });
    const held = computeFairWork(facts({ grievances: [serious] }), TODAY);
    expect(held.score).toBeGreaterThanOrEqual(FAIR_WORK_BAR);
    expect(held.matchable).toBe(false);
    expect(held.holds).toEqual([{ code: "serious_grievance", grievanceId: serious.id, reference: serious.reference, severity: "high" }]);
    const reviewed = computeFairWork(facts({ grievances: [{ ...serious, matchingReviewedAt: "2026-12-05T10:00:00Z" }] }), TODAY);
    expect(reviewed).toMatchObject({ matchable: true, holds: [] });
    expect(reviewed.score).toBe(held.score);
  });

  it("partly substantiated counts as substantiated; low and medium severities, or not substantiated, never hold", () => {
    expect(
      holdsOf({ vettingStatus: null, grievances: [grievance({ severity: "critical", outcome: "partly_substantiated" })] }),
    ).toHaveLength(1);
    expect(holdsOf({ vettingStatus: null, grievances: [grievance({ severity: "medium" }), grievance({ severity: "low" })] })).toEqual([]);
    expect(holdsOf({ vettingStatus: null, grievances: [grievance({ severity: "critical", outcome: "not_substantiated" })] })).toEqual([]);
    expect(holdsOf({ vettingStatus: "pending", grievances: [grievance({ severity: null })] })).toEqual([]);
  });
});

describe("what the employer reads", () => {
  it("holds without the grievance, and no count of check-in answers while there are too few", () => {
    const result = computeFairWork(facts({ grievances: [grievance({ severity: "critical" })], checkInAnswers: { yes: 1, no: 1 } }), TODAY);
    const safe = employerSafeResult(result);
    expect(safe.holds).toEqual([{ code: "serious_grievance" }]);
    expect(JSON.stringify(safe)).not.toContain("GV-");
    expect(safe.items.find((i) => i.code === "checkInsNotEnough")?.counts).toEqual({});
    expect(safe.score).toBe(result.score);
  });

  it("enough check-in answers are shown as an aggregate", () => {
    const safe = employerSafeResult(computeFairWork(facts({ checkInAnswers: { yes: 9, no: 1 } }), TODAY));
    expect(safe.items.find((i) => i.code === "checkIns")).toMatchObject({ counts: { answers: 10, no: 1 }, params: { noPercent: 10 } });
  });
});
