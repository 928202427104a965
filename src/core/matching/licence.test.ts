import { describe, expect, it } from "vitest";
import { scoreMatch } from "./score.js";
import { anOffer, aWorker, findReason } from "./test-fixtures.js";

describe("driving licence (hard rule)", () => {
  const offer = anOffer({ drivingLicenceRequired: true });

  it("a worker without a driving licence is excluded from an offer that requires one", () => {
    const result = scoreMatch(aWorker({ drivingLicence: false }), offer);
    expect(result.eligible).toBe(false);
    expect(findReason(result, "licence.missing")?.kind).toBe("excluded");
  });

  it("a worker with a driving licence meets the requirement", () => {
    const result = scoreMatch(aWorker({ drivingLicence: true }), offer);
    expect(result.eligible).toBe(true);
    expect(findReason(result, "licence.held")?.kind).toBe("met");
  });

  it("a valid driving licence recorded only as a certificate counts too", () => {
    const certificates = [{ kind: "driving_licence_b" as const, issuedOn: null, expiresOn: "2030-01-01", verified: true }];
    expect(scoreMatch(aWorker({ certificates }), offer).eligible).toBe(true);
  });

  it("no licence is needed when the offer does not ask for one", () => {
    const result = scoreMatch(aWorker(), anOffer());
    expect(result.eligible).toBe(true);
    expect(result.reasons.some((r) => r.criterion === "licence")).toBe(false);
  });

  it("a candidate failing several hard rules is excluded with every reason listed", () => {
    const result = scoreMatch(
      aWorker({ authorisations: [], availability: [] }),
      anOffer({ drivingLicenceRequired: true, requiredCertificates: ["first_aid"] }),
    );
    expect(result.reasons.filter((r) => r.kind === "excluded").map((r) => r.code)).toEqual([
      "authorisation.none",
      "availability.none",
      "certificate.missing",
      "licence.missing",
    ]);
  });
});
