import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error.js";
import { reasonsFromNotEligible } from "./not-eligible.js";

describe("the reasons of a not_eligible refusal", () => {
  it("become excluded reasons with their code, criterion and parameters", () => {
    const error = new ApiError(409, "not_eligible", "excluded", [
      {
        path: ["authorisation"],
        message: "reasons.authorisation.expiresBeforeEnd",
        params: { validUntil: "2026-05-01", endDate: "2026-06-30" },
      },
      { path: ["certificate"], message: "reasons.certificate.missing", params: { kind: "pesticide_handling" } },
    ]);
    expect(reasonsFromNotEligible(error)).toEqual([
      {
        code: "authorisation.expiresBeforeEnd",
        kind: "excluded",
        criterion: "authorisation",
        params: { validUntil: "2026-05-01", endDate: "2026-06-30" },
      },
      { code: "certificate.missing", kind: "excluded", criterion: "certificate", params: { kind: "pesticide_handling" } },
    ]);
  });

  it("skip details that are not reasons, and default missing parameters", () => {
    const error = new ApiError(409, "not_eligible", "excluded", [
      { path: ["licence"], message: "reasons.licence.missing" },
      { path: ["offerId"], message: "errors.offerNotOpen" },
      { path: ["nonsense"], message: "reasons.nonsense.code" },
    ]);
    expect(reasonsFromNotEligible(error)).toEqual([{ code: "licence.missing", kind: "excluded", criterion: "licence", params: {} }]);
  });

  it("are empty for any other failure", () => {
    expect(
      reasonsFromNotEligible(new ApiError(409, "conflict", "taken", [{ path: ["workerId"], message: "errors.alreadyReferred" }])),
    ).toEqual([]);
    expect(reasonsFromNotEligible(new Error("boom"))).toEqual([]);
  });
});
