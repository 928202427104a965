import { describe, expect, it } from "vitest";
import type { MatchAuthorisation } from "./match-inputs.js";
import { scoreMatch } from "./score.js";
import { anOffer, aWorker, findReason } from "./test-fixtures.js";

// The offer runs from 2025-11-01 to 2026-01-31.
const offer = anOffer();
const permit = (validFrom: string, validUntil: string | null, workAllowed = true): MatchAuthorisation => ({
  type: "seasonal_work_permit",
  validFrom,
  validUntil,
  workAllowed,
});
const matchWith = (...authorisations: MatchAuthorisation[]) => scoreMatch(aWorker({ authorisations }), offer);

describe("work authorisation (hard rule)", () => {
  it("a worker whose permit expires before the offer ends is excluded, with the date in the reason", () => {
    const result = matchWith(permit("2025-01-01", "2026-01-30"));
    expect(result.eligible).toBe(false);
    expect(result.score).toBe(0);
    expect(findReason(result, "authorisation.expiresBeforeEnd")).toMatchObject({
      kind: "excluded",
      criterion: "authorisation",
      params: { validUntil: "2026-01-30", endDate: "2026-01-31" },
    });
  });

  it("a permit valid until the offer's last day is enough", () => {
    const result = matchWith(permit("2025-01-01", "2026-01-31"));
    expect(result.eligible).toBe(true);
    expect(findReason(result, "authorisation.coversOffer")).toMatchObject({
      kind: "met",
      params: { validUntil: "2026-01-31", endDate: "2026-01-31" },
    });
  });

  it("a permit starting on the offer's first day is enough; one starting the day after is not", () => {
    expect(matchWith(permit("2025-11-01", "2026-06-30")).eligible).toBe(true);
    const late = matchWith(permit("2025-11-02", "2026-06-30"));
    expect(late.eligible).toBe(false);
    expect(findReason(late, "authorisation.notYetValid")?.params).toEqual({ validFrom: "2025-11-02", startDate: "2025-11-01" });
  });

  it("an authorisation with no end date covers any offer", () => {
    const result = matchWith({ type: "eu_citizen", validFrom: "2000-01-01", validUntil: null, workAllowed: true });
    expect(result.eligible).toBe(true);
    expect(findReason(result, "authorisation.openEnded")?.kind).toBe("met");
  });

  it("permits that follow one another with no day between them cover the offer together", () => {
    const result = matchWith(permit("2025-12-01", "2026-06-30"), permit("2025-01-01", "2025-11-30"));
    expect(result.eligible).toBe(true);
    expect(findReason(result, "authorisation.chainCoversOffer")?.params).toEqual({ permits: 2 });
  });

  it("a renewal that starts one day late leaves a gap, and the worker is excluded with the gap's dates", () => {
    const result = matchWith(permit("2025-01-01", "2025-11-30"), permit("2025-12-02", "2026-06-30"));
    expect(result.eligible).toBe(false);
    expect(findReason(result, "authorisation.gap")?.params).toEqual({ from: "2025-12-01", to: "2025-12-01" });
  });

  it("overlapping permits also chain, and a later open-ended one covers the rest", () => {
    const result = matchWith(permit("2025-01-01", "2025-12-15"), {
      type: "long_term_resident",
      validFrom: "2025-12-10",
      validUntil: null,
      workAllowed: true,
    });
    expect(result.eligible).toBe(true);
  });

  it("every uncovered stretch of the offer is listed", () => {
    const result = matchWith(permit("2025-11-10", "2025-12-01"), permit("2025-12-05", "2026-01-20"));
    const excluded = result.reasons.filter((r) => r.criterion === "authorisation");
    expect(excluded.map((r) => [r.code, r.params])).toEqual([
      ["authorisation.notYetValid", { validFrom: "2025-11-10", startDate: "2025-11-01" }],
      ["authorisation.gap", { from: "2025-12-02", to: "2025-12-04" }],
      ["authorisation.expiresBeforeEnd", { validUntil: "2026-01-20", endDate: "2026-01-31" }],
    ]);
  });

  it("a permit that expired before the offer starts is reported with its expiry date", () => {
    const result = matchWith(permit("2024-01-01", "2025-06-30"));
    expect(findReason(result, "authorisation.expiredBeforeStart")?.params).toEqual({ validUntil: "2025-06-30", startDate: "2025-11-01" });
  });

  it("a permit granted only after the offer ends is reported with its first day", () => {
    const result = matchWith(permit("2026-03-01", "2026-09-30"));
    expect(findReason(result, "authorisation.notYetValid")?.params).toEqual({ validFrom: "2026-03-01", startDate: "2025-11-01" });
  });

  it("a residence document that does not allow work does not count", () => {
    const result = matchWith(permit("2025-01-01", "2027-01-01", false));
    expect(result.eligible).toBe(false);
    expect(findReason(result, "authorisation.workNotAllowed")?.kind).toBe("excluded");
  });

  it("a worker with no authorisation recorded is excluded", () => {
    const result = matchWith();
    expect(result.eligible).toBe(false);
    expect(findReason(result, "authorisation.none")?.kind).toBe("excluded");
  });
});
