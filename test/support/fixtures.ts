import type { WorkerInput } from "../../src/core/workers/worker-schemas.js";

import { FRUIT_PICKER } from "./employers-and-offers.js";

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
    languages: [
      { language: "ar", level: "native" },
      { language: "el", level: "A2" },
    ],
    authorisations: [{ type: "seasonal_work_permit", validFrom: "2027-01-15", validUntil: "2027-07-15", workAllowed: true }],
    occupations: [{ occupationUri: FRUIT_PICKER, yearsExperience: 4, informal: false }],
    skills: [],
    certificates: [],
    availability: [{ start: "2027-02-01", end: "2027-06-30" }],
    preferences: { sectors: ["A01"], minHourlyPayCents: null, accommodationNeeded: true },
    ...overrides,
  };
}
