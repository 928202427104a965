import { describe, expect, it } from "vitest";
import type { ReasonLike } from "../../components/match-reasons.js";
import { summariseCriteria } from "./criteria-summary.js";

const reason = (criterion: ReasonLike["criterion"], kind: ReasonLike["kind"], extra: Partial<ReasonLike> = {}): ReasonLike => ({
  code: `${criterion}.x`,
  criterion,
  kind,
  params: {},
  ...extra,
});

describe("one line per criterion of a candidate", () => {
  it("keeps matching's order and leaves out criteria without reasons", () => {
    const lines = summariseCriteria([
      reason("distance", "met", { points: 10, maxPoints: 10 }),
      reason("authorisation", "met"),
      reason("skills", "partial", { points: 12, maxPoints: 30 }),
    ]);
    expect(lines.map((line) => line.criterion)).toEqual(["authorisation", "skills", "distance"]);
  });

  it("reads a scored criterion as its summary line, not its worst detail", () => {
    const [skills] = summariseCriteria([
      reason("skills", "partial", { points: 20, maxPoints: 30 }),
      reason("skills", "missing", { code: "skills.missing" }),
    ]);
    expect(skills).toEqual({ criterion: "skills", kind: "partial", warning: false, points: 20, maxPoints: 30 });
  });

  it("marks a failed hard rule as excluded, whatever else the criterion says", () => {
    const [availability] = summariseCriteria([reason("availability", "excluded"), reason("availability", "partial")]);
    expect(availability?.kind).toBe("excluded");
  });

  it("reads a held hard rule as met and flags its warnings", () => {
    const [certificate] = summariseCriteria([reason("certificate", "met"), reason("certificate", "warning")]);
    expect(certificate).toEqual({ criterion: "certificate", kind: "met", warning: true });
  });

  it("reads a scored criterion of an excluded candidate (no points) by its first line", () => {
    const [language] = summariseCriteria([reason("language", "missing"), reason("language", "met")]);
    expect(language?.kind).toBe("missing");
  });
});
