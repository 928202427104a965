import { randomId } from "@mantine/hooks";
import type {
  AuthorisationType,
  CertificateKind,
  LanguageLevel,
  Sector,
  SpokenLanguage,
  UiLanguage,
} from "../../../../core/reference/codes.js";
import type { SKILL_LEVELS, Worker, WorkerInput } from "../../../../core/workers/worker-schemas.js";

type SkillLevel = (typeof SKILL_LEVELS)[number];
type Gender = WorkerInput["gender"];

/**
 * What the form holds while it is being filled in: empty choices are null and numbers may be "" until typed.
 * Each row of a list has a key so React keeps the right row when one above is removed.
 */
export interface WorkerFormValues {
  givenName: string;
  familyName: string;
  phone: string;
  whatsapp: boolean;
  gender: Gender | null;
  birthYear: number | string;
  nationality: string | null;
  preferredLanguage: UiLanguage | null;
  regionCode: string | null;
  drivingLicence: boolean;
  ownTransport: boolean;
  willingToRelocate: boolean;
  childcareNeeded: boolean;
  travellingWithFamily: boolean;
  languages: { key: string; language: SpokenLanguage | null; level: LanguageLevel | null }[];
  authorisations: {
    key: string;
    type: AuthorisationType | null;
    validFrom: string | null;
    validUntil: string | null;
    workAllowed: boolean;
  }[];
  occupations: { key: string; occupationUri: string | null; yearsExperience: number | string; informal: boolean }[];
  skills: { key: string; skillUri: string | null; level: SkillLevel; verified: boolean }[];
  certificates: { key: string; kind: CertificateKind | null; issuedOn: string | null; expiresOn: string | null; verified: boolean }[];
  availability: { key: string; start: string | null; end: string | null }[];
  preferences: { sectors: Sector[]; minHourlyPay: number | string; accommodationNeeded: boolean };
}

export const newLanguage = (): WorkerFormValues["languages"][number] => ({ key: randomId(), language: null, level: null });
export const newAuthorisation = (): WorkerFormValues["authorisations"][number] => ({
  key: randomId(),
  type: null,
  validFrom: null,
  validUntil: null,
  workAllowed: true,
});
export const newOccupation = (): WorkerFormValues["occupations"][number] => ({
  key: randomId(),
  occupationUri: null,
  yearsExperience: 0,
  informal: false,
});
export const newSkill = (): WorkerFormValues["skills"][number] => ({ key: randomId(), skillUri: null, level: "basic", verified: false });
export const newCertificate = (): WorkerFormValues["certificates"][number] => ({
  key: randomId(),
  kind: null,
  issuedOn: null,
  expiresOn: null,
  verified: false,
});
export const newAvailability = (): WorkerFormValues["availability"][number] => ({ key: randomId(), start: null, end: null });

export function emptyWorkerForm(preferredLanguage: UiLanguage | null): WorkerFormValues {
  return {
    givenName: "",
    familyName: "",
    phone: "",
    whatsapp: false,
    gender: null,
    birthYear: "",
    nationality: null,
    preferredLanguage,
    regionCode: null,
    drivingLicence: false,
    ownTransport: false,
    willingToRelocate: false,
    childcareNeeded: false,
    travellingWithFamily: false,
    languages: [],
    authorisations: [],
    occupations: [],
    skills: [],
    certificates: [],
    availability: [],
    preferences: { sectors: [], minHourlyPay: "", accommodationNeeded: false },
  };
}

export function formValuesOf(worker: Worker): WorkerFormValues {
  const withKey = <T extends object>(row: T) => ({ key: randomId(), ...row });
  // The record's own fields (id, version…) are not input: the schema is strict and would refuse them.
  const { id: _id, centreId: _centreId, createdAt: _createdAt, updatedAt: _updatedAt, version: _version, ...input } = worker;
  return {
    ...input,
    languages: input.languages.map(withKey),
    authorisations: input.authorisations.map(withKey),
    occupations: input.occupations.map(withKey),
    skills: input.skills.map(withKey),
    certificates: input.certificates.map(withKey),
    availability: input.availability.map(withKey),
    preferences: {
      sectors: worker.preferences.sectors,
      accommodationNeeded: worker.preferences.accommodationNeeded,
      minHourlyPay: worker.preferences.minHourlyPayCents === null ? "" : worker.preferences.minHourlyPayCents / 100,
    },
  };
}

const withoutKey = <T extends { key: string }>({ key: _key, ...row }: T) => row;
const numberOrBlank = (value: number | string): number | null => (value === "" ? null : Number(value));

/**
 * The form's values as the API's input, unchecked: the zod schema of src/core decides what is valid, here and on
 * the server, so a blank stays blank (null) for the schema to reject with the right message.
 */
export function toWorkerInput(values: WorkerFormValues): unknown {
  const { preferences, birthYear, ...rest } = values;
  const pay = numberOrBlank(preferences.minHourlyPay);
  return {
    ...rest,
    phone: values.phone.replace(/[\s\-().]/g, ""),
    birthYear: numberOrBlank(birthYear),
    languages: values.languages.map(withoutKey),
    authorisations: values.authorisations.map(withoutKey),
    occupations: values.occupations.map((row) => ({ ...withoutKey(row), yearsExperience: numberOrBlank(row.yearsExperience) })),
    skills: values.skills.map(withoutKey),
    certificates: values.certificates.map(withoutKey),
    availability: values.availability.map(withoutKey),
    preferences: {
      sectors: preferences.sectors,
      accommodationNeeded: preferences.accommodationNeeded,
      minHourlyPayCents: pay === null ? null : Math.round(pay * 100),
    },
  };
}

/** The API and the form name one field differently: pay is typed in euros, stored in cents. */
export function formPathOf(apiPath: readonly (string | number)[]): string {
  const path = apiPath.join(".");
  return path === "preferences.minHourlyPayCents" ? "preferences.minHourlyPay" : path;
}
