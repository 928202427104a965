import { describe, expect, it } from "vitest";
import type { Employer } from "../../../api/employers.js";
import { checkEmployerDetails, checkEmployerRegistration, checkSite } from "./employer-form-validation.js";
import {
  changedDetails,
  compactPhone,
  type EmployerFormValues,
  employerFormValuesOf,
  emptyEmployerForm,
  newSite,
} from "./employer-form-values.js";

function filled(overrides: Partial<EmployerFormValues> = {}): EmployerFormValues {
  return {
    ...emptyEmployerForm(),
    legalName: "Fraoules Manolada",
    taxId: "el 123456789",
    sector: "A01",
    size: "small",
    contactName: "Petros Andreopoulos",
    contactPhone: "+30 694 123 4567",
    contactEmail: " p.andreopoulos@example.gr ",
    sites: [{ ...newSite(), name: "Greenhouses", regionCode: "EL632", address: "Manolada", latitude: 38.05, longitude: "21.35" }],
    ...overrides,
  };
}

describe("the employer form as the API's input", () => {
  it("cleans up what people type: spaces in phone and tax numbers, a lower-case tax id, a typed coordinate", () => {
    const check = checkEmployerRegistration(filled());
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.value.taxId).toBe("EL123456789");
    expect(check.value.contactPhone).toBe("+306941234567");
    expect(check.value.contactEmail).toBe("p.andreopoulos@example.gr");
    expect(check.value.sites[0]).toEqual({
      name: "Greenhouses",
      regionCode: "EL632",
      address: "Manolada",
      latitude: 38.05,
      longitude: 21.35,
    });
  });

  it("takes a site without coordinates", () => {
    const check = checkEmployerRegistration(filled({ sites: [{ ...newSite(), name: "Packing house", regionCode: "EL632" }] }));
    expect(check.ok && check.value.sites[0]).toMatchObject({ latitude: null, longitude: null });
  });

  it("asks for the other half of a position", () => {
    const check = checkEmployerRegistration(filled({ sites: [{ ...newSite(), name: "Field", regionCode: "EL632", latitude: 38 }] }));
    expect(!check.ok && check.problems["sites.0.longitude"]).toEqual({ key: "required" });
  });

  it("says which fields are missing, with the schema's own messages", () => {
    const check = checkEmployerRegistration({ ...emptyEmployerForm(), taxId: "x", contactPhone: "0694", contactEmail: "nope" });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.legalName).toEqual({ key: "required" });
    expect(check.problems.taxId).toEqual({ key: "taxId" });
    expect(check.problems.sector).toEqual({ key: "required" });
    expect(check.problems.contactPhone).toEqual({ key: "phoneFormat" });
    expect(check.problems.contactEmail).toEqual({ key: "email" });
    expect(check.problems["sites.0.name"]).toEqual({ key: "required" });
    expect(check.problems["sites.0.regionCode"]).toEqual({ key: "required" });
  });

  it("needs at least one site to register", () => {
    const check = checkEmployerRegistration(filled({ sites: [] }));
    expect(!check.ok && check.problems.sites).toEqual({ key: "atLeastOneSite" });
  });

  it("checks one new site under the dialog's own field names", () => {
    expect(checkSite({ ...newSite(), name: "Orchard", regionCode: "ES615" }).ok).toBe(true);
    const check = checkSite({ ...newSite(), name: "", regionCode: "XX1" });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems["sites.0.name"]).toEqual({ key: "required" });
    expect(check.problems["sites.0.regionCode"]).toEqual({ key: "nutsCode" });
  });

  it("compacts phone numbers to E.164", () => {
    expect(compactPhone("+34 (959) 12-34-56")).toBe("+34959123456");
  });
});

describe("editing an employer", () => {
  const stored: Employer = {
    id: "00000000-0000-4000-8000-0000000000e1",
    centreId: "00000000-0000-4000-8000-00000000000a",
    legalName: "Fraoules Manolada",
    taxId: "EL123456789",
    sector: "A01",
    size: "small",
    accommodationOffered: false,
    contactName: "Petros Andreopoulos",
    contactPhone: "+306941234567",
    contactEmail: "p.andreopoulos@example.gr",
    sites: [
      {
        id: "00000000-0000-4000-8000-0000000000a1",
        name: "Greenhouses",
        regionCode: "EL632",
        address: "",
        latitude: null,
        longitude: null,
      },
    ],
    createdAt: "2026-10-01T10:00:00Z",
    updatedAt: "2026-10-01T10:00:00Z",
    version: 2,
  };

  it("patches only what changed", () => {
    const values = { ...employerFormValuesOf(stored), size: "medium" as const, accommodationOffered: true };
    const check = checkEmployerDetails(values);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(changedDetails(stored, check.value)).toEqual({ size: "medium", accommodationOffered: true });
  });

  it("an unchanged form patches nothing", () => {
    const check = checkEmployerDetails(employerFormValuesOf(stored));
    expect(check.ok && changedDetails(stored, check.value)).toEqual({});
  });
});
