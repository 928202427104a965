import { describe, expect, it } from "vitest";
import type { MatchCertificate } from "./match-inputs.js";
import { scoreMatch } from "./score.js";
import { anOffer, aWorker, findReason } from "./test-fixtures.js";

// The offer runs from 2025-11-01 to 2026-01-31 and requires pesticide handling.
const offer = anOffer({ requiredCertificates: ["pesticide_handling"] });
const pesticide = (expiresOn: string | null, extra: Partial<MatchCertificate> = {}): MatchCertificate => ({
  kind: "pesticide_handling",
  issuedOn: "2020-01-01",
  expiresOn,
  verified: true,
  ...extra,
});
const matchWith = (...certificates: MatchCertificate[]) => scoreMatch(aWorker({ certificates }), offer);

describe("required certificates (hard rule)", () => {
  it("a worker without a required certificate is excluded, naming the certificate", () => {
    const result = matchWith();
    expect(result.eligible).toBe(false);
    expect(findReason(result, "certificate.missing")).toMatchObject({ kind: "excluded", params: { kind: "pesticide_handling" } });
  });

  it("a certificate that expired the day before the offer starts excludes the worker", () => {
    const result = matchWith(pesticide("2025-10-31"));
    expect(result.eligible).toBe(false);
    expect(findReason(result, "certificate.expired")?.params).toEqual({
      kind: "pesticide_handling",
      expiresOn: "2025-10-31",
      startDate: "2025-11-01",
    });
  });

  it("a certificate expiring on the start date is still valid that day, with a warning that it expires during the offer", () => {
    const result = matchWith(pesticide("2025-11-01"));
    expect(result.eligible).toBe(true);
    expect(findReason(result, "certificate.held")?.kind).toBe("met");
    expect(findReason(result, "certificate.expiresDuringOffer")).toMatchObject({
      kind: "warning",
      params: { kind: "pesticide_handling", expiresOn: "2025-11-01", endDate: "2026-01-31" },
    });
  });

  it("a certificate valid through the offer's last day raises no warning", () => {
    const result = matchWith(pesticide("2026-01-31"));
    expect(result.reasons.filter((r) => r.criterion === "certificate").map((r) => r.code)).toEqual(["certificate.held"]);
  });

  it("of two certificates of the same kind, the one valid longest counts", () => {
    const result = matchWith(pesticide("2025-10-01"), pesticide("2027-01-01"));
    expect(result.eligible).toBe(true);
    expect(findReason(result, "certificate.expiresDuringOffer")).toBeUndefined();
  });

  it("a certificate issued only after the offer starts does not count yet", () => {
    const result = matchWith(pesticide(null, { issuedOn: "2025-11-02" }));
    expect(result.eligible).toBe(false);
    expect(findReason(result, "certificate.notYetIssued")?.params).toEqual({
      kind: "pesticide_handling",
      issuedOn: "2025-11-02",
      startDate: "2025-11-01",
    });
  });

  it("a self-declared certificate counts but is flagged for verification", () => {
    const result = matchWith(pesticide(null, { verified: false }));
    expect(result.eligible).toBe(true);
    expect(findReason(result, "certificate.unverified")?.kind).toBe("warning");
  });

  it("each missing certificate is listed", () => {
    const result = scoreMatch(aWorker(), anOffer({ requiredCertificates: ["chainsaw", "first_aid"] }));
    expect(result.reasons.filter((r) => r.code === "certificate.missing").map((r) => r.params.kind)).toEqual(["chainsaw", "first_aid"]);
  });
});
