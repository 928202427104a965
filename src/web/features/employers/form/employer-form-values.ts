import type { EMPLOYER_SIZES, Sector } from "../../../../core/reference/codes.js";

type EmployerSize = (typeof EMPLOYER_SIZES)[number];

import type { Employer, EmployerInput, EmployerPatch } from "../../../api/employers.js";

/** One site as it is typed: coordinates may be "" until typed. */
export interface SiteFormValues {
  key: string;
  name: string;
  regionCode: string | null;
  address: string;
  latitude: number | string;
  longitude: number | string;
}

/**
 * What the employer form holds while it is filled in: empty choices are null. Sites are part of a registration;
 * afterwards each new site is added on its own, so the edit form has none.
 */
export interface EmployerFormValues {
  legalName: string;
  taxId: string;
  sector: Sector | null;
  size: EmployerSize | null;
  accommodationOffered: boolean;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  sites: SiteFormValues[];
}

let rowSequence = 0;
export function newSite(): SiteFormValues {
  rowSequence += 1;
  return { key: `site-${rowSequence}`, name: "", regionCode: null, address: "", latitude: "", longitude: "" };
}

export function emptyEmployerForm(): EmployerFormValues {
  return {
    legalName: "",
    taxId: "",
    sector: null,
    size: null,
    accommodationOffered: false,
    contactName: "",
    contactPhone: "",
    contactEmail: "",
    sites: [newSite()],
  };
}

export function employerFormValuesOf(employer: Employer): EmployerFormValues {
  const { legalName, taxId, sector, size, accommodationOffered, contactName, contactPhone, contactEmail } = employer;
  return { legalName, taxId, sector, size, accommodationOffered, contactName, contactPhone, contactEmail, sites: [] };
}

const coordinateOrBlank = (value: number | string): number | null => {
  if (typeof value === "number") return value;
  return value.trim() === "" ? null : Number(value.replace(",", "."));
};

/** A site as the API's input, unchecked: the shared zod schema decides what is valid. */
export function toSiteInput(site: SiteFormValues): unknown {
  return {
    name: site.name,
    regionCode: site.regionCode,
    address: site.address,
    latitude: coordinateOrBlank(site.latitude),
    longitude: coordinateOrBlank(site.longitude),
  };
}

/** Phone numbers are typed as people write them ("+30 694 123 4567"); the API wants E.164. */
export function compactPhone(phone: string): string {
  return phone.replace(/[\s\-().]/g, "");
}

/** The company's own fields as the API's input, unchecked; the tax id is upper-cased by the schema. */
export function toEmployerDetails(values: EmployerFormValues): Record<string, unknown> {
  return {
    legalName: values.legalName,
    taxId: values.taxId.replace(/\s/g, ""),
    sector: values.sector,
    size: values.size,
    accommodationOffered: values.accommodationOffered,
    contactName: values.contactName,
    contactPhone: compactPhone(values.contactPhone),
    contactEmail: values.contactEmail.trim(),
  };
}

export function toEmployerInput(values: EmployerFormValues): unknown {
  return { ...toEmployerDetails(values), sites: values.sites.map(toSiteInput) };
}

/** Only what changed goes into a patch: the audit trail then says which fields someone edited. */
export function changedDetails(before: Employer, after: Omit<EmployerInput, "sites">): EmployerPatch {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (before[key as keyof Employer] !== value) patch[key] = value;
  }
  return patch as EmployerPatch;
}
