import type { EmployerInput } from "../employers/employer-schemas.js";
import type { Referral } from "../referrals/referral-schemas.js";
import type { WorkerInput } from "../workers/worker-schemas.js";
import type { Role } from "./roles.js";

/** Everything a worker's file says about the person. */
export const WORKER_FIELDS = [
  "givenName",
  "familyName",
  "phone",
  "whatsapp",
  "gender",
  "birthYear",
  "nationality",
  "preferredLanguage",
  "regionCode",
  "drivingLicence",
  "ownTransport",
  "willingToRelocate",
  "childcareNeeded",
  "travellingWithFamily",
  "languages",
  "authorisations",
  "occupations",
  "skills",
  "certificates",
  "availability",
  "preferences",
] as const satisfies readonly (keyof WorkerInput)[];
export type WorkerField = (typeof WORKER_FIELDS)[number];

/** The person an employer names as its contact. */
export const EMPLOYER_CONTACT_FIELDS = ["contactName", "contactPhone", "contactEmail"] as const satisfies readonly (keyof EmployerInput)[];
export type EmployerContactField = (typeof EMPLOYER_CONTACT_FIELDS)[number];

/** What a candidacy says about the worker put forward. */
export const CANDIDACY_FIELDS = ["workerName", "stage", "declineReason", "score"] as const satisfies readonly (keyof Referral)[];
export type CandidacyField = (typeof CANDIDACY_FIELDS)[number];

/** A message sent to a person (the outbox): to whom, and its text (a one-time sign-in code). */
export const MESSAGE_FIELDS = ["recipient", "body"] as const;
export type MessageField = (typeof MESSAGE_FIELDS)[number];

export interface PersonalFieldGrants {
  worker: readonly WorkerField[];
  employerContact: readonly EmployerContactField[];
  candidacy: readonly CandidacyField[];
  message: readonly MessageField[];
}

const NOTHING: PersonalFieldGrants = { worker: [], employerContact: [], candidacy: [], message: [] };
const EVERYTHING: PersonalFieldGrants = {
  worker: WORKER_FIELDS,
  employerContact: EMPLOYER_CONTACT_FIELDS,
  candidacy: CANDIDACY_FIELDS,
  message: MESSAGE_FIELDS,
};

/**
 * Which fields about a person each role may see, on the records the policy (policy.ts) lets it reach, in every
 * view: list, search, detail, candidates, referrals, export, statistics and audit trail. A view may show fewer
 * fields (a list row is short) but never one outside this grant. Statistics are counts and the audit trail holds
 * ids and codes only, so they show no field of anybody. test/access/field-visibility.test.ts proves it.
 */
export const FIELD_VISIBILITY: Record<Role, PersonalFieldGrants> = {
  // Their own file, in full, and their own candidacies; never another person's.
  worker: { ...NOTHING, worker: WORKER_FIELDS, candidacy: CANDIDACY_FIELDS },
  // A candidate's name once the worker consented to the referral; no phone, nationality, gender, age or permit.
  employer: { ...NOTHING, worker: ["givenName", "familyName"], employerContact: EMPLOYER_CONTACT_FIELDS, candidacy: CANDIDACY_FIELDS },
  caseworker: EVERYTHING,
  coordinator: EVERYTHING,
  // Labour inspection checks employers and their offers, not the workers' files.
  inspector: { ...NOTHING, employerContact: EMPLOYER_CONTACT_FIELDS },
  partner: NOTHING,
  // Counts only.
  analyst: NOTHING,
  // Answers a person's request for their data: the export of a worker's file, with how their candidacies went.
  dpo: { ...NOTHING, worker: WORKER_FIELDS, candidacy: ["stage", "declineReason"] },
  // Runs the installation: the outbox, to see that messages leave (see docs/access-control.md), nothing else.
  admin: { ...NOTHING, message: MESSAGE_FIELDS },
};
