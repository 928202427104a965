import { describe, expect, it } from "vitest";
import { type Worker, workerInput } from "../../../../core/workers/worker-schemas.js";
import { validateWorkerForm } from "./worker-form-validation.js";
import { emptyWorkerForm, formPathOf, formValuesOf, toWorkerInput } from "./worker-form-values.js";

const stored: Worker = {
  id: "0b8f4f0e-4a7e-4f0a-9d3e-2f1b7c9a1e11",
  centreId: "5d2c1a9b-8e7f-4c3d-a2b1-0f9e8d7c6b5a",
  createdAt: "2026-01-10T09:00:00.000Z",
  updatedAt: "2026-01-10T09:00:00.000Z",
  version: 3,
  givenName: "Amina",
  familyName: "Diallo",
  phone: "+306912345678",
  whatsapp: true,
  gender: "woman",
  birthYear: 1994,
  nationality: "SN",
  preferredLanguage: "fr",
  regionCode: "EL633",
  drivingLicence: false,
  ownTransport: false,
  willingToRelocate: true,
  childcareNeeded: false,
  travellingWithFamily: false,
  languages: [{ language: "wo", level: "native" }],
  authorisations: [{ type: "work_permit", validFrom: "2026-01-01", validUntil: "2027-12-31", workAllowed: true }],
  occupations: [
    { occupationUri: "http://data.europa.eu/esco/occupation/5aeaea2f-6585-4d3d-8f3e-1fdd9903aa32", yearsExperience: 4, informal: true },
  ],
  skills: [],
  certificates: [{ kind: "first_aid", issuedOn: "2025-05-01", expiresOn: null, verified: false }],
  availability: [{ start: "2026-02-01", end: "2026-06-30" }],
  preferences: { sectors: ["A01"], minHourlyPayCents: 1153, accommodationNeeded: true },
};

describe("the worker form", () => {
  it("round-trips a stored file into exactly the input the API accepts (no id or version sent)", () => {
    const input = workerInput.parse(toWorkerInput(formValuesOf(stored)));
    const { id, centreId, createdAt, updatedAt, version, ...expected } = stored;
    expect(input).toEqual(expected);
  });

  it("takes pay in euros and sends cents, without float noise", () => {
    const values = formValuesOf(stored);
    expect(values.preferences.minHourlyPay).toBe(11.53);
    values.preferences.minHourlyPay = 9.1;
    expect(workerInput.parse(toWorkerInput(values)).preferences.minHourlyPayCents).toBe(910);
  });

  it("reports every missing required field of an empty form at its own field, as translation keys", () => {
    const problems = validateWorkerForm(emptyWorkerForm("en"));
    expect(problems).toMatchObject({
      givenName: { key: "required" },
      familyName: { key: "required" },
      phone: { key: "required" },
      gender: { key: "required" },
      birthYear: { key: "required" },
      nationality: { key: "required" },
      regionCode: { key: "required" },
    });
  });

  it("puts list problems at their row and says which rule broke", () => {
    const values = formValuesOf(stored);
    values.availability[0] = { key: "k", start: "2026-06-30", end: "2026-02-01" };
    values.languages.push({ key: "l", language: "el", level: null });
    const problems = validateWorkerForm(values);
    expect(problems["availability.0.end"]).toEqual({ key: "dateRangeReversed" });
    expect(problems["languages.1.level"]).toEqual({ key: "required" });
  });

  it("maps the API's cents field to the euros field", () => {
    expect(formPathOf(["preferences", "minHourlyPayCents"])).toBe("preferences.minHourlyPay");
    expect(formPathOf(["languages", 2, "level"])).toBe("languages.2.level");
  });
});
