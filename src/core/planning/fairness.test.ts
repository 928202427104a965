import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fairnessReportOf } from "./fairness.js";

const worker = (gender: string, nationality: string) => ({ gender, nationality });

describe("the fairness report of a plan", () => {
  it("gives each group's placements against its share of the workers available, largest group first", () => {
    const workers = [worker("man", "EG"), worker("man", "MA"), worker("woman", "MA"), worker("man", "EG"), worker("woman", "")];
    const report = fairnessReportOf(workers, [true, true, false, true, true]);
    expect(report.byGender).toEqual([
      { group: "man", available: 3, placed: 3, availableShare: 0.6, placedShare: 0.75 },
      { group: "woman", available: 2, placed: 1, availableShare: 0.4, placedShare: 0.25 },
    ]);
    expect(report.byOrigin).toEqual([
      { group: "EG", available: 2, placed: 2, availableShare: 0.4, placedShare: 0.5 },
      { group: "MA", available: 2, placed: 1, availableShare: 0.4, placedShare: 0.25 },
      // A worker whose nationality is not on file is counted, as origin unknown.
      { group: "unknown", available: 1, placed: 1, availableShare: 0.2, placedShare: 0.25 },
    ]);
  });

  it("shows nobody placed as zero shares rather than dividing by zero, and an empty plan as no rows", () => {
    expect(fairnessReportOf([worker("woman", "UA")], [false]).byGender).toEqual([
      { group: "woman", available: 1, placed: 0, availableShare: 1, placedShare: 0 },
    ]);
    expect(fairnessReportOf([], [])).toEqual({ byGender: [], byOrigin: [] });
  });

  it("counts every worker once: shares add up to one and placements to those placed", () => {
    const workerArb = fc.record({ gender: fc.constantFrom("woman", "man", "non_binary"), nationality: fc.constantFrom("EG", "MA", "BD") });
    fc.assert(
      fc.property(fc.array(fc.tuple(workerArb, fc.boolean()), { minLength: 1, maxLength: 50 }), (rows) => {
        const report = fairnessReportOf(
          rows.map(([w]) => w),
          rows.map(([, placed]) => placed),
        );
        const placed = rows.filter(([, p]) => p).length;
        for (const table of [report.byGender, report.byOrigin]) {
          expect(table.reduce((sum, row) => sum + row.available, 0)).toBe(rows.length);
          expect(table.reduce((sum, row) => sum + row.placed, 0)).toBe(placed);
          expect(table.reduce((sum, row) => sum + row.availableShare, 0)).toBeCloseTo(1, 9);
          if (placed > 0) expect(table.reduce((sum, row) => sum + row.placedShare, 0)).toBeCloseTo(1, 9);
        }
      }),
    );
  });
});
