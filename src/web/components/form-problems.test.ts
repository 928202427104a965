import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "../api/api-error.js";
import { fieldDetailsOf, problemsFromApi, problemsFromIssues } from "./form-problems.js";

const schema = z
  .object({
    taxId: z.string().regex(/^[A-Z0-9]{5,}$/, { message: "errors.taxId" }),
    positions: z.number().int().min(1).max(500),
    from: z.string().nullable(),
    to: z.string().nullable(),
  })
  .refine((o) => !o.from || !o.to || o.from <= o.to, { message: "errors.dateRangeReversed", path: ["to"] });

const problems = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : problemsFromIssues(result.error.issues, input);
};

describe("a failed check as problems at the form's fields", () => {
  it("calls an empty field required, not invalid", () => {
    expect(problems({ taxId: "  ", positions: null, from: null, to: null })).toMatchObject({
      taxId: { key: "required" },
      positions: { key: "required" },
    });
  });

  it("keeps the schema's own words for a filled field", () => {
    expect(problems({ taxId: "x", positions: 1, from: null, to: null })).toEqual({ taxId: { key: "taxId" } });
  });

  it("says which limit a number breaks", () => {
    expect(problems({ taxId: "EL12345", positions: 900, from: null, to: null })).toEqual({
      positions: { key: "tooBig", params: { max: 500 } },
    });
    expect(problems({ taxId: "EL12345", positions: 1.5, from: null, to: null })).toEqual({ positions: { key: "notInteger" } });
  });

  it("keeps the words of a rule across fields", () => {
    expect(problems({ taxId: "EL12345", positions: 2, from: "2027-05-01", to: "2027-04-01" })).toEqual({
      to: { key: "dateRangeReversed" },
    });
  });

  it("puts the API's details at the form's field names", () => {
    const details = [
      { path: ["payAmountCents"], message: "errors.payPositive" },
      { path: ["siteId"], message: "errors.siteNotOfEmployer" },
    ];
    expect(problemsFromApi(details, (path) => (path[0] === "payAmountCents" ? "payAmount" : path.join(".")))).toEqual({
      payAmount: { key: "payPositive", params: undefined },
      siteId: { key: "siteNotOfEmployer", params: undefined },
    });
  });

  it("tells a refusal about a field from one about the whole record", () => {
    const taken = new ApiError(409, "conflict", "taken", [{ path: ["taxId"], message: "errors.taxIdTaken" }]);
    const stale = new ApiError(409, "conflict", "stale", [{ path: [], message: "errors.staleVersion" }]);
    expect(fieldDetailsOf(taken)).toHaveLength(1);
    expect(fieldDetailsOf(stale)).toEqual([]);
    expect(fieldDetailsOf(new Error("x"))).toEqual([]);
  });
});
