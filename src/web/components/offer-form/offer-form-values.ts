import type { Offer, OfferInput, OfferPatch } from "../../../core/offers/offer-schemas.js";
import type { CertificateKind, ContractType, LanguageLevel, PayUnit, SpokenLanguage } from "../../../core/reference/codes.js";
import { centsToEuros, eurosToCents } from "../euros.js";

/**
 * What the offer form holds while it is filled in: empty choices are null, numbers may be "" until typed, and
 * money is in euros. Each row of a list has a key so React keeps the right row when one above is removed.
 */
export interface OfferFormValues {
  employerId: string | null;
  siteId: string | null;
  occupationUri: string | null;
  title: string;
  tasks: string;
  startDate: string | null;
  endDate: string | null;
  positions: number | string;
  payAmount: number | string;
  payUnit: PayUnit;
  pieceUnit: string;
  piecesPerHour: number | string;
  hoursPerWeek: number | string;
  contractType: ContractType | null;
  accommodationProvided: boolean;
  accommodationDeduction: number | string;
  transportProvided: boolean;
  mealsProvided: boolean;
  mealsDeduction: number | string;
  requiredSkills: { key: string; skillUri: string | null }[];
  requiredLanguages: { key: string; language: SpokenLanguage | null; level: LanguageLevel | null }[];
  requiredCertificates: CertificateKind[];
  drivingLicenceRequired: boolean;
  minYearsExperience: number | string;
}

let rowSequence = 0;
/** Row keys only need to be unique within the page. */
export function rowKey(): string {
  rowSequence += 1;
  return `row-${rowSequence}`;
}

export const newRequiredSkill = (skillUri: string | null = null): OfferFormValues["requiredSkills"][number] => ({
  key: rowKey(),
  skillUri,
});
export const newRequiredLanguage = (): OfferFormValues["requiredLanguages"][number] => ({ key: rowKey(), language: null, level: null });

/** A new offer: the usual defaults of seasonal farm work (a daily wage, 40 hours a week), everything else to fill. */
export function emptyOfferForm(employerId: string | null = null): OfferFormValues {
  return {
    employerId,
    siteId: null,
    occupationUri: null,
    title: "",
    tasks: "",
    startDate: null,
    endDate: null,
    positions: 1,
    payAmount: "",
    payUnit: "day",
    pieceUnit: "",
    piecesPerHour: "",
    hoursPerWeek: 40,
    contractType: "seasonal",
    accommodationProvided: false,
    accommodationDeduction: 0,
    transportProvided: false,
    mealsProvided: false,
    mealsDeduction: 0,
    requiredSkills: [],
    requiredLanguages: [],
    requiredCertificates: [],
    drivingLicenceRequired: false,
    minYearsExperience: 0,
  };
}

export function offerFormValuesOf(offer: Offer): OfferFormValues {
  return {
    employerId: offer.employerId,
    siteId: offer.siteId,
    occupationUri: offer.occupationUri,
    title: offer.title,
    tasks: offer.tasks,
    startDate: offer.startDate,
    endDate: offer.endDate,
    positions: offer.positions,
    payAmount: centsToEuros(offer.payAmountCents),
    payUnit: offer.payUnit,
    pieceUnit: offer.pieceUnit ?? "",
    piecesPerHour: offer.piecesPerHour ?? "",
    hoursPerWeek: offer.hoursPerWeek,
    contractType: offer.contractType,
    accommodationProvided: offer.accommodationProvided,
    accommodationDeduction: centsToEuros(offer.accommodationDeductionCents),
    transportProvided: offer.transportProvided,
    mealsProvided: offer.mealsProvided,
    mealsDeduction: centsToEuros(offer.mealsDeductionCents),
    requiredSkills: offer.requiredSkills.map((skillUri) => newRequiredSkill(skillUri)),
    requiredLanguages: offer.requiredLanguages.map((required) => ({ key: rowKey(), ...required })),
    requiredCertificates: offer.requiredCertificates,
    drivingLicenceRequired: offer.drivingLicenceRequired,
    minYearsExperience: offer.minYearsExperience,
  };
}

const numberOrBlank = (value: number | string): number | null => {
  if (typeof value === "number") return value;
  if (value.trim() === "") return null;
  return Number(value);
};

/**
 * The form's values as the API's input, unchecked: the zod schema of src/core decides what is valid, here and on
 * the server, so a blank stays blank (null) for the schema to reject with the right message. What the form hides
 * is not sent: piece-rate details only for piece rates, a deduction only for what is provided.
 */
export function toOfferInput(values: OfferFormValues): unknown {
  const isPiece = values.payUnit === "piece";
  return {
    employerId: values.employerId,
    siteId: values.siteId,
    occupationUri: values.occupationUri,
    title: values.title,
    tasks: values.tasks,
    startDate: values.startDate,
    endDate: values.endDate,
    positions: numberOrBlank(values.positions),
    payAmountCents: eurosToCents(values.payAmount),
    payUnit: values.payUnit,
    pieceUnit: isPiece && values.pieceUnit.trim() !== "" ? values.pieceUnit.trim() : null,
    piecesPerHour: isPiece ? numberOrBlank(values.piecesPerHour) : null,
    hoursPerWeek: numberOrBlank(values.hoursPerWeek),
    contractType: values.contractType,
    accommodationProvided: values.accommodationProvided,
    accommodationDeductionCents: values.accommodationProvided ? (eurosToCents(values.accommodationDeduction) ?? 0) : 0,
    transportProvided: values.transportProvided,
    mealsProvided: values.mealsProvided,
    mealsDeductionCents: values.mealsProvided ? (eurosToCents(values.mealsDeduction) ?? 0) : 0,
    // Rows keep their places (an empty one is refused as "required"), so an error's index is the row's index.
    requiredSkills: values.requiredSkills.map((row) => row.skillUri),
    requiredLanguages: values.requiredLanguages.map(({ key: _key, ...row }) => row),
    requiredCertificates: values.requiredCertificates,
    drivingLicenceRequired: values.drivingLicenceRequired,
    minYearsExperience: numberOrBlank(values.minYearsExperience) ?? 0,
  };
}

/** A checked input as a patch: the employer of an offer never changes, so it is not part of a patch. */
export function toOfferPatch(input: OfferInput): OfferPatch {
  const { employerId: _employerId, ...patch } = input;
  return patch;
}

const API_TO_FORM: Record<string, string> = {
  payAmountCents: "payAmount",
  accommodationDeductionCents: "accommodationDeduction",
  mealsDeductionCents: "mealsDeduction",
};

/** The API and the form name some fields differently: money is typed in euros, a skill row holds its URI. */
export function offerFormPathOf(apiPath: readonly (string | number)[]): string {
  const [first, second] = apiPath;
  if (first === "requiredSkills" && typeof second === "number") return `requiredSkills.${second}.skillUri`;
  if (typeof first === "string" && API_TO_FORM[first]) return API_TO_FORM[first];
  return apiPath.join(".");
}
