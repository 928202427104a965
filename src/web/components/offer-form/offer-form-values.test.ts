import { describe, expect, it } from "vitest";
import type { Offer } from "../../../core/offers/offer-schemas.js";
import { checkOfferForm } from "./offer-form-validation.js";
import {
  emptyOfferForm,
  newRequiredSkill,
  type OfferFormValues,
  offerFormPathOf,
  offerFormValuesOf,
  toOfferInput,
  toOfferPatch,
} from "./offer-form-values.js";

const EMPLOYER = "00000000-0000-4000-8000-0000000000e1";
const SITE = "00000000-0000-4000-8000-0000000000a1";
const PICKER = "http://data.europa.eu/esco/occupation/373db468-bd25-4b67-a6e0-4ac79d9a9e85";
const SKILL = "http://data.europa.eu/esco/skill/0a6d6dc3-2a2f-4bc8-9a1c-6b4d3a0c1a11";

function filled(overrides: Partial<OfferFormValues> = {}): OfferFormValues {
  return {
    ...emptyOfferForm(EMPLOYER),
    siteId: SITE,
    occupationUri: PICKER,
    title: "Strawberry pickers, Manolada",
    tasks: "Picking and crating",
    startDate: "2027-03-01",
    endDate: "2027-06-15",
    positions: 12,
    payAmount: 45.5,
    ...overrides,
  };
}

describe("the offer form as the API's input", () => {
  it("sends euros as cents and a checked input parses", () => {
    const check = checkOfferForm(filled({ accommodationProvided: true, accommodationDeduction: "2.5" }));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.input.payAmountCents).toBe(4550);
    expect(check.input.accommodationDeductionCents).toBe(250);
    expect(check.input.pieceUnit).toBeNull();
    expect(check.input.piecesPerHour).toBeNull();
  });

  it("does not send what the form hides: piece details of a day rate, deductions of what is not provided", () => {
    const input = toOfferInput(
      filled({ payUnit: "day", pieceUnit: "crate", piecesPerHour: 7, mealsProvided: false, mealsDeduction: 9 }),
    ) as Record<string, unknown>;
    expect(input.pieceUnit).toBeNull();
    expect(input.piecesPerHour).toBeNull();
    expect(input.mealsDeductionCents).toBe(0);
  });

  it("sends a piece rate with its unit and productivity", () => {
    const check = checkOfferForm(filled({ payUnit: "piece", payAmount: 1.2, pieceUnit: " crate of 20 kg ", piecesPerHour: "7" }));
    expect(check.ok && check.input).toMatchObject({ payUnit: "piece", payAmountCents: 120, pieceUnit: "crate of 20 kg", piecesPerHour: 7 });
  });

  it("asks for the piece unit and productivity of a piece rate", () => {
    const check = checkOfferForm(filled({ payUnit: "piece", pieceUnit: "", piecesPerHour: "" }));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.pieceUnit).toEqual({ key: "required" });
    expect(check.problems.piecesPerHour).toEqual({ key: "pieceRateNeedsProductivity" });
  });

  it("says which fields are empty, at the form's own field names", () => {
    const check = checkOfferForm({ ...emptyOfferForm(EMPLOYER), requiredSkills: [newRequiredSkill()] });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.siteId).toEqual({ key: "required" });
    expect(check.problems.title).toEqual({ key: "required" });
    expect(check.problems.startDate).toEqual({ key: "required" });
    expect(check.problems.payAmount).toEqual({ key: "required" });
    expect(check.problems["requiredSkills.0.skillUri"]).toEqual({ key: "required" });
  });

  it("reports reversed dates together with the other problems", () => {
    const check = checkOfferForm(filled({ title: "", startDate: "2027-06-15", endDate: "2027-03-01" }));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.title).toEqual({ key: "required" });
    expect(check.problems.endDate).toEqual({ key: "dateRangeReversed" });
  });

  it("refuses a pay of zero with the schema's own message", () => {
    const check = checkOfferForm(filled({ payAmount: 0 }));
    expect(!check.ok && check.problems.payAmount).toEqual({ key: "payPositive" });
  });

  it("maps the API's paths to the form's fields", () => {
    expect(offerFormPathOf(["payAmountCents"])).toBe("payAmount");
    expect(offerFormPathOf(["mealsDeductionCents"])).toBe("mealsDeduction");
    expect(offerFormPathOf(["requiredSkills", 2])).toBe("requiredSkills.2.skillUri");
    expect(offerFormPathOf(["requiredLanguages", 0, "level"])).toBe("requiredLanguages.0.level");
    expect(offerFormPathOf(["siteId"])).toBe("siteId");
  });
});

describe("a stored offer in the form and back", () => {
  const stored: Offer = {
    id: "00000000-0000-4000-8000-000000000001",
    centreId: "00000000-0000-4000-8000-00000000000a",
    employerId: EMPLOYER,
    employerName: "Farm",
    siteId: SITE,
    siteName: "Field",
    regionCode: "EL632",
    occupationUri: PICKER,
    title: "Orange pickers",
    tasks: "",
    startDate: "2026-11-02",
    endDate: "2027-02-26",
    positions: 6,
    payAmountCents: 5_430,
    payUnit: "day",
    pieceUnit: null,
    piecesPerHour: null,
    hoursPerWeek: 39,
    contractType: "seasonal",
    accommodationProvided: true,
    accommodationDeductionCents: 200,
    transportProvided: true,
    mealsProvided: false,
    mealsDeductionCents: 0,
    requiredSkills: [SKILL],
    requiredLanguages: [{ language: "el", level: "A2" }],
    requiredCertificates: ["first_aid"],
    drivingLicenceRequired: false,
    minYearsExperience: 1,
    status: "draft",
    createdAt: "2026-10-01T10:00:00Z",
    updatedAt: "2026-10-01T10:00:00Z",
    version: 3,
  };

  it("comes back unchanged, as a patch without the employer", () => {
    const check = checkOfferForm(offerFormValuesOf(stored));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const patch = toOfferPatch(check.input);
    expect(patch).not.toHaveProperty("employerId");
    const { id, centreId, employerId, employerName, siteName, regionCode, status, createdAt, updatedAt, version, ...fields } = stored;
    expect(patch).toEqual(fields);
  });
});
