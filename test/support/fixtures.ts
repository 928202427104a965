import type { EmployerInput } from "../../src/core/employers/employer-schemas.js";
import type { WorkerInput } from "../../src/core/workers/worker-schemas.js";

export const FRUIT_PICKER = "http://data.europa.eu/esco/occupation/373db468-bd25-4b67-a6e0-4ac79d9a9e85";
export const CROP_WORKER = "http://data.europa.eu/esco/occupation/c9191f7f-28b5-4df8-991d-804c53009b83";

let phoneCounter = 0;
/** A distinct Greek mobile number per call. */
export function nextPhone(): string {
  phoneCounter += 1;
  return `+30690${String(1_000_000 + phoneCounter).slice(1)}`;
}

/** A worker who can pick fruit in Ilia from February to June 2027, with a seasonal permit covering it. */
export function workerInput(overrides: Partial<WorkerInput> = {}): WorkerInput {
  return {
    givenName: "Karim",
    familyName: "Hassan",
    phone: nextPhone(),
    whatsapp: true,
    gender: "man",
    birthYear: 1992,
    nationality: "EG",
    preferredLanguage: "ar",
    regionCode: "EL633",
    drivingLicence: false,
    ownTransport: false,
    willingToRelocate: true,
    childcareNeeded: false,
    travellingWithFamily: false,
    languages: [{ language: "ar", level: "native" }, { language: "el", level: "A2" }],
    authorisations: [{ type: "seasonal_work_permit", validFrom: "2027-01-15", validUntil: "2027-07-15", workAllowed: true }],
    occupations: [{ occupationUri: FRUIT_PICKER, yearsExperience: 4, informal: false }],
    skills: [],
    certificates: [],
    availability: [{ start: "2027-02-01", end: "2027-06-30" }],
    preferences: { sectors: ["A01"], minHourlyPayCents: null, accommodationNeeded: true },
    ...overrides,
  };
}

export function employerInput(overrides: Partial<EmployerInput> = {}): EmployerInput {
  phoneCounter += 1;
  return {
    legalName: "Manolada Berries IKE",
    taxId: `EL${String(phoneCounter).padStart(9, "0")}`,
    sector: "A01",
    size: "small",
    accommodationOffered: true,
    contactName: "Giorgos Papadopoulos",
    contactPhone: nextPhone(),
    contactEmail: `contact-${phoneCounter}@example.gr`,
    sites: [{ name: "Greenhouses Nea Manolada", regionCode: "EL633", address: "Nea Manolada", latitude: 38.06, longitude: 21.36 }],
    ...overrides,
  };
}
