import type { MatchCriterion, MatchReasonKind } from "./criteria.js";

export interface MatchReasonCodeEntry {
  readonly criterion: MatchCriterion;
  /** The kinds a reason with this code may carry. */
  readonly kinds: readonly MatchReasonKind[];
  /** English source text for translators; its {{param}} names are exactly the reason's params. */
  readonly englishTemplate: string;
}

// Summaries of scored criteria are met, partial or missing depending on the points earned.
const SCORED = ["met", "partial", "missing"] as const;

/**
 * Every reason code matching can produce: the stable translation keys of the "matching" namespace.
 * Dates are ISO dates, money is integer euro cents, certificate kinds, sectors, languages and levels are codes
 * from reference/codes.ts: the web app formats and translates them before interpolation.
 */
export const MATCH_REASON_CODES = {
  "authorisation.openEnded": { criterion: "authorisation", kinds: ["met"], englishTemplate: "Work authorisation with no end date" },
  "authorisation.coversOffer": {
    criterion: "authorisation",
    kinds: ["met"],
    englishTemplate: "Work authorisation valid until {{validUntil}}; the offer ends on {{endDate}}",
  },
  "authorisation.chainCoversOffer": {
    criterion: "authorisation",
    kinds: ["met"],
    englishTemplate: "{{permits}} consecutive work authorisations cover the whole offer period",
  },
  "authorisation.none": { criterion: "authorisation", kinds: ["excluded"], englishTemplate: "No work authorisation recorded" },
  "authorisation.workNotAllowed": {
    criterion: "authorisation",
    kinds: ["excluded"],
    englishTemplate: "The recorded residence documents do not allow work",
  },
  "authorisation.expiredBeforeStart": {
    criterion: "authorisation",
    kinds: ["excluded"],
    englishTemplate: "Work authorisation expired on {{validUntil}}, before the offer starts on {{startDate}}",
  },
  "authorisation.notYetValid": {
    criterion: "authorisation",
    kinds: ["excluded"],
    englishTemplate: "Work authorisation valid only from {{validFrom}}; the offer starts on {{startDate}}",
  },
  "authorisation.expiresBeforeEnd": {
    criterion: "authorisation",
    kinds: ["excluded"],
    englishTemplate: "Work authorisation expires on {{validUntil}}, before the offer ends on {{endDate}}",
  },
  "authorisation.gap": {
    criterion: "authorisation",
    kinds: ["excluded"],
    englishTemplate: "No valid work authorisation from {{from}} to {{to}}, during the offer",
  },

  "availability.none": { criterion: "availability", kinds: ["excluded"], englishTemplate: "No availability recorded" },
  "availability.noOverlap": {
    criterion: "availability",
    kinds: ["excluded"],
    englishTemplate: "Not available between {{startDate}} and {{endDate}}",
  },
  "availability.covers": {
    criterion: "availability",
    kinds: ["met"],
    englishTemplate: "Available for all {{totalDays}} days of the offer",
  },
  "availability.partial": {
    criterion: "availability",
    kinds: ["partial"],
    englishTemplate: "Available {{days}} of the {{totalDays}} days of the offer",
  },

  "certificate.held": { criterion: "certificate", kinds: ["met"], englishTemplate: "Holds the required certificate {{kind}}" },
  "certificate.missing": { criterion: "certificate", kinds: ["excluded"], englishTemplate: "Missing the required certificate {{kind}}" },
  "certificate.expired": {
    criterion: "certificate",
    kinds: ["excluded"],
    englishTemplate: "Certificate {{kind}} expired on {{expiresOn}}, before the offer starts on {{startDate}}",
  },
  "certificate.notYetIssued": {
    criterion: "certificate",
    kinds: ["excluded"],
    englishTemplate: "Certificate {{kind}} is issued only on {{issuedOn}}, after the offer starts on {{startDate}}",
  },
  "certificate.expiresDuringOffer": {
    criterion: "certificate",
    kinds: ["warning"],
    englishTemplate: "Certificate {{kind}} expires on {{expiresOn}}, before the offer ends on {{endDate}}: plan its renewal",
  },
  "certificate.unverified": {
    criterion: "certificate",
    kinds: ["warning"],
    englishTemplate: "Certificate {{kind}} is declared but not yet verified",
  },

  "licence.held": { criterion: "licence", kinds: ["met"], englishTemplate: "Holds the required driving licence" },
  "licence.missing": { criterion: "licence", kinds: ["excluded"], englishTemplate: "The offer requires a driving licence" },

  "skills.requiredMet": { criterion: "skills", kinds: SCORED, englishTemplate: "Has {{met}} of the {{total}} required skills" },
  "skills.noneRequired": { criterion: "skills", kinds: SCORED, englishTemplate: "The offer lists no required skills" },
  "skills.missing": { criterion: "skills", kinds: ["missing"], englishTemplate: "Missing the required skill {{skillUri}}" },
  "skills.selfDeclared": {
    criterion: "skills",
    kinds: ["partial"],
    englishTemplate: "Skill {{skillUri}} is self-declared, not yet verified",
  },
  "skills.occupationRelated": {
    criterion: "skills",
    kinds: ["met", "partial"],
    englishTemplate: "Has {{count}} other skills that ESCO lists for this occupation",
  },

  "experience.sameOccupation": {
    criterion: "experience",
    kinds: SCORED,
    englishTemplate: "{{years}} years in this occupation; the offer asks for at least {{required}}",
  },
  "experience.sameUnitGroup": {
    criterion: "experience",
    kinds: SCORED,
    englishTemplate:
      "{{years}} years in {{occupationUri}}, a closely related occupation (ISCO {{iscoCode}}); the offer asks for at least {{required}}",
  },
  "experience.sameMinorGroup": {
    criterion: "experience",
    kinds: SCORED,
    englishTemplate:
      "{{years}} years in {{occupationUri}}, a related occupation (ISCO group {{iscoCode}}); the offer asks for at least {{required}}",
  },
  "experience.none": {
    criterion: "experience",
    kinds: ["missing"],
    englishTemplate: "No experience in this or a related occupation; the offer asks for at least {{required}} years",
  },
  "experience.noneNotRequired": {
    criterion: "experience",
    kinds: ["partial"],
    englishTemplate: "No experience in this or a related occupation; the offer asks for none",
  },
  "experience.informal": { criterion: "experience", kinds: ["met"], englishTemplate: "The experience includes informal or unpaid work" },

  "language.requiredMet": {
    criterion: "language",
    kinds: SCORED,
    englishTemplate: "Speaks {{met}} of the {{total}} required languages at the required level",
  },
  "language.noneRequired": { criterion: "language", kinds: SCORED, englishTemplate: "The offer requires no language" },
  "language.met": {
    criterion: "language",
    kinds: ["met"],
    englishTemplate: "Speaks {{language}} at {{actual}}; the offer asks for {{required}}",
  },
  "language.below": {
    criterion: "language",
    kinds: ["partial", "missing"],
    englishTemplate: "Speaks {{language}} at {{actual}}, below the required {{required}}",
  },
  "language.missing": {
    criterion: "language",
    kinds: ["missing"],
    englishTemplate: "Does not speak {{language}}; the offer asks for {{required}}",
  },

  "distance.km": { criterion: "distance", kinds: SCORED, englishTemplate: "{{km}} km from the workplace" },
  "distance.unknown": {
    criterion: "distance",
    kinds: SCORED,
    englishTemplate: "Distance unknown: the worker's or the workplace's location is missing",
  },
  "distance.willingToRelocate": { criterion: "distance", kinds: ["met"], englishTemplate: "Willing to relocate, so distance counts less" },
  "distance.accommodationProvided": {
    criterion: "distance",
    kinds: ["met"],
    englishTemplate: "The employer provides accommodation, so distance counts less",
  },
  "distance.noTransport": {
    criterion: "distance",
    kinds: ["warning"],
    englishTemplate: "{{km}} km away with neither own transport nor transport provided",
  },

  "preferences.met": {
    criterion: "preferences",
    kinds: SCORED,
    englishTemplate: "{{met}} of the worker's {{total}} stated preferences met",
  },
  "preferences.noneStated": { criterion: "preferences", kinds: SCORED, englishTemplate: "The worker stated no preferences" },
  "preferences.sectorPreferred": {
    criterion: "preferences",
    kinds: ["met"],
    englishTemplate: "Sector {{sector}} is one the worker prefers",
  },
  "preferences.sectorNotPreferred": {
    criterion: "preferences",
    kinds: ["missing"],
    englishTemplate: "Sector {{sector}} is not among the worker's preferred sectors",
  },
  "preferences.payMeetsMinimum": {
    criterion: "preferences",
    kinds: ["met"],
    englishTemplate: "Pays about {{hourlyPayCents}} cents an hour, at least the worker's minimum of {{minHourlyPayCents}}",
  },
  "preferences.payBelowMinimum": {
    criterion: "preferences",
    kinds: ["missing"],
    englishTemplate: "Pays about {{hourlyPayCents}} cents an hour, below the worker's minimum of {{minHourlyPayCents}}",
  },
  "preferences.payUnknown": {
    criterion: "preferences",
    kinds: ["partial"],
    englishTemplate:
      "Hourly pay cannot be worked out (piece rate without pieces per hour); the worker's minimum is {{minHourlyPayCents}} cents",
  },
  "preferences.accommodationProvided": {
    criterion: "preferences",
    kinds: ["met"],
    englishTemplate: "The worker needs accommodation and the employer provides it",
  },
  "preferences.accommodationNotProvided": {
    criterion: "preferences",
    kinds: ["missing"],
    englishTemplate: "The worker needs accommodation and the employer does not provide it",
  },
} as const satisfies Record<string, MatchReasonCodeEntry>;

export type MatchReasonCode = keyof typeof MATCH_REASON_CODES;
