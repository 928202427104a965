import { z } from "zod";
import {
  AUTHORISATION_TYPES,
  CERTIFICATE_KINDS,
  CONSENT_PURPOSES,
  GENDERS,
  LANGUAGE_LEVELS,
  SECTORS,
  SPOKEN_LANGUAGES,
  UI_LANGUAGES,
} from "../reference/codes.js";
import { withoutDefaults } from "../shared/patch-schema.js";
import {
  cents,
  dateRange,
  escoOccupationUri,
  escoSkillUri,
  isoDate,
  nutsCode,
  personName,
  phoneNumber,
  uuid,
} from "../shared/primitives.js";

export const workerLanguage = z.strictObject({ language: z.enum(SPOKEN_LANGUAGES), level: z.enum(LANGUAGE_LEVELS) });

export const workAuthorisation = z
  .strictObject({
    type: z.enum(AUTHORISATION_TYPES),
    /** Null when the authorisation does not expire (EU citizens, long-term residents). */
    validFrom: isoDate,
    validUntil: isoDate.nullable(),
    workAllowed: z.boolean(),
  })
  .refine((a) => a.validUntil === null || a.validFrom <= a.validUntil, { message: "errors.dateRangeReversed", path: ["validUntil"] });

export const workerOccupation = z.strictObject({
  occupationUri: escoOccupationUri,
  yearsExperience: z.number().min(0).max(60),
  /** Informal or unpaid experience (family farm, home country) counts too. */
  informal: z.boolean().default(false),
});

export const SKILL_LEVELS = ["basic", "intermediate", "advanced"] as const;
export const workerSkill = z.strictObject({
  skillUri: escoSkillUri,
  level: z.enum(SKILL_LEVELS),
  verified: z.boolean().default(false),
});

export const workerCertificate = z
  .strictObject({
    kind: z.enum(CERTIFICATE_KINDS),
    issuedOn: isoDate.nullable(),
    expiresOn: isoDate.nullable(),
    verified: z.boolean().default(false),
  })
  .refine((c) => !c.issuedOn || !c.expiresOn || c.issuedOn <= c.expiresOn, { message: "errors.dateRangeReversed", path: ["expiresOn"] });

export const workerPreferences = z.strictObject({
  sectors: z.array(z.enum(SECTORS)).default([]),
  /** The lowest hourly pay the worker accepts, gross, in cents; null when not stated. */
  minHourlyPayCents: cents.nullable().default(null),
  accommodationNeeded: z.boolean().default(false),
});

export const workerInput = z.strictObject({
  givenName: personName,
  familyName: personName,
  phone: phoneNumber,
  whatsapp: z.boolean().default(false),
  gender: z.enum(GENDERS),
  birthYear: z.number().int().min(1940).max(2012),
  nationality: z.string().regex(/^[A-Z]{2}$/, { message: "errors.countryCode" }),
  preferredLanguage: z.enum(UI_LANGUAGES),
  regionCode: nutsCode,
  drivingLicence: z.boolean().default(false),
  ownTransport: z.boolean().default(false),
  willingToRelocate: z.boolean().default(false),
  childcareNeeded: z.boolean().default(false),
  travellingWithFamily: z.boolean().default(false),
  languages: z.array(workerLanguage).max(12).default([]),
  authorisations: z.array(workAuthorisation).max(6).default([]),
  occupations: z.array(workerOccupation).max(20).default([]),
  skills: z.array(workerSkill).max(80).default([]),
  certificates: z.array(workerCertificate).max(20).default([]),
  availability: z.array(dateRange).max(12).default([]),
  preferences: workerPreferences.default({ sectors: [], minHourlyPayCents: null, accommodationNeeded: false }),
});
export type WorkerInput = z.infer<typeof workerInput>;

/** A patch names only the fields it changes: no defaults, or absent lists would be wiped. */
export const workerPatch = z.strictObject(withoutDefaults(workerInput.shape)).partial();
export type WorkerPatch = z.infer<typeof workerPatch>;

export const worker = workerInput.extend({
  id: uuid,
  centreId: uuid,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Worker = z.infer<typeof worker>;

export const PERMIT_STATUSES = ["valid", "expiring", "expired", "none"] as const;
export type PermitStatus = (typeof PERMIT_STATUSES)[number];

export const workerSummary = z.object({
  id: uuid,
  givenName: z.string(),
  familyName: z.string(),
  phone: z.string(),
  nationality: z.string(),
  preferredLanguage: z.enum(UI_LANGUAGES),
  regionCode: z.string(),
  languages: z.array(workerLanguage),
  occupationUris: z.array(z.string()),
  permitStatus: z.enum(PERMIT_STATUSES),
  permitValidUntil: isoDate.nullable(),
  availableNow: z.boolean(),
});
export type WorkerSummary = z.infer<typeof workerSummary>;

export const workerListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  language: z.enum(SPOKEN_LANGUAGES).optional(),
  occupation: escoOccupationUri.optional(),
  skill: escoSkillUri.optional(),
  availableFrom: isoDate.optional(),
  availableTo: isoDate.optional(),
  permit: z.enum(PERMIT_STATUSES).optional(),
  region: nutsCode.optional(),
});
export type WorkerListQuery = z.infer<typeof workerListQuery>;

export const consentInput = z.strictObject({
  purpose: z.enum(CONSENT_PURPOSES),
  granted: z.boolean(),
  /** How the worker gave or withdrew consent. */
  method: z.enum(["in_person", "phone", "portal"]),
  note: z.string().trim().max(500).optional(),
});
export const consentRecord = consentInput.extend({ id: uuid, workerId: uuid, recordedAt: z.string(), recordedBy: z.string() });
export type ConsentRecord = z.infer<typeof consentRecord>;
