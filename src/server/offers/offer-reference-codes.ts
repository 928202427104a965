import type { ReferenceCodes } from "../reference/check-reference-codes.js";

/** The ESCO occupation and skills an offer (or a change to one) names, each with where it sits in the input. */
export function offerReferenceCodes(input: { occupationUri?: string; requiredSkills?: string[] }): ReferenceCodes {
  return {
    occupations: input.occupationUri ? [{ path: ["occupationUri"], uri: input.occupationUri }] : [],
    skills: (input.requiredSkills ?? []).map((uri, i) => ({ path: ["requiredSkills", i], uri })),
  };
}
