// The vocabulary of fair-employer vetting. Labels live in the translation files (namespace "vetting").

export const VETTING_STATUSES = ["pending", "approved", "approved_with_conditions", "suspended", "rejected"] as const;
export type VettingStatus = (typeof VETTING_STATUSES)[number];
/** Statuses with which an employer is never matched, whatever their fair-work score. */
export const UNMATCHABLE_VETTING_STATUSES: readonly VettingStatus[] = ["suspended", "rejected"];

/** What an employer declares on their honour. */
export const VETTING_DECLARATIONS = [
  "no_exploitation_convictions",
  "contributions_paid",
  "collective_agreement_applied",
  "written_contracts",
  "wages_paid_to_worker",
  "no_recruitment_fees",
] as const;
export type VettingDeclaration = (typeof VETTING_DECLARATIONS)[number];

export const EMPLOYER_DOCUMENT_KINDS = [
  "criminal_record_certificate",
  "social_security_certificate",
  "tax_clearance_certificate",
  "collective_agreement",
  "accommodation_permit",
  "other",
] as const;
export type EmployerDocumentKind = (typeof EMPLOYER_DOCUMENT_KINDS)[number];
