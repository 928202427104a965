import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ROLES } from "../../core/access/roles.js";
import { MATCH_CRITERIA, MATCH_REASON_KINDS } from "../../core/matching/criteria.js";
import { MATCH_REASON_CODES } from "../../core/matching/reason-codes.js";
import { OFFER_STATUSES } from "../../core/offers/offer-lifecycle.js";
import {
  AUTHORISATION_TYPES,
  CERTIFICATE_KINDS,
  CONSENT_PURPOSES,
  CONTRACT_TYPES,
  COUNTRIES,
  EMPLOYER_SIZES,
  GENDERS,
  LANGUAGE_LEVELS,
  PAY_UNITS,
  SECTORS,
  SPOKEN_LANGUAGES,
} from "../../core/reference/codes.js";
import { DECLINE_REASONS, REFERRAL_STAGES } from "../../core/referrals/referral-stages.js";
import { API_ERROR_CODES } from "../../core/shared/api-error.js";
import { PERMIT_STATUSES, SKILL_LEVELS } from "../../core/workers/worker-schemas.js";
import { placeholdersOf, REFERENCE_LANGUAGE, readNamespace } from "./testing/read-locales.js";

/** Every controlled vocabulary of src/core and the group of the "codes" namespace that labels it. */
const VOCABULARIES: Record<string, readonly string[]> = {
  role: ROLES,
  gender: GENDERS,
  sector: SECTORS,
  certificate: CERTIFICATE_KINDS,
  authorisation: AUTHORISATION_TYPES,
  contractType: CONTRACT_TYPES,
  payUnit: PAY_UNITS,
  consentPurpose: CONSENT_PURPOSES,
  consentMethod: ["in_person", "phone", "portal"],
  permitStatus: PERMIT_STATUSES,
  offerStatus: OFFER_STATUSES,
  referralStage: REFERRAL_STAGES,
  declineReason: DECLINE_REASONS,
  languageLevel: LANGUAGE_LEVELS,
  skillLevel: SKILL_LEVELS,
  language: SPOKEN_LANGUAGES,
  employerSize: EMPLOYER_SIZES,
  country: COUNTRIES,
};

const SRC = fileURLToPath(new URL("../..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The "errors.…" keys the schemas of src/core and the server put in validation details. */
function errorKeysUsedByTheApi(): string[] {
  const keys = new Set<string>();
  for (const file of [...sourceFiles(join(SRC, "core")), ...sourceFiles(join(SRC, "server"))]) {
    for (const match of readFileSync(file, "utf8").matchAll(/["'`]errors\.([A-Za-z]+)["'`]/g)) keys.add(match[1] ?? "");
  }
  return [...keys].sort();
}

describe("the vocabularies of src/core have labels", () => {
  const codes = readNamespace(REFERENCE_LANGUAGE, "codes");
  it.each(Object.entries(VOCABULARIES))("codes:%s has a label for every value", (group, values) => {
    expect(values.filter((value) => !codes.has(`${group}.${value}`))).toEqual([]);
  });
});

describe("every error the API can answer has a message", () => {
  const errors = readNamespace(REFERENCE_LANGUAGE, "errors");
  it("for each API error code, and a generic one", () => {
    const missing = [...Object.keys(API_ERROR_CODES), "network", "unexpected_response"].filter((code) => !errors.has(`code.${code}`));
    expect(missing).toEqual([]);
    expect(errors.has("generic")).toBe(true);
  });

  it("for each errors.* key used in src/core and src/server", () => {
    const keys = errorKeysUsedByTheApi();
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((key) => !errors.has(key))).toEqual([]);
  });
});

describe("every match reason has a sentence", () => {
  const matching = readNamespace(REFERENCE_LANGUAGE, "matching");
  it.each(Object.entries(MATCH_REASON_CODES))("%s, with the reason's parameters", (code, entry) => {
    expect(matching.has(code)).toBe(true);
    expect([...placeholdersOf(matching.get(code) ?? "")].sort()).toEqual([...placeholdersOf(entry.englishTemplate)].sort());
  });
  it("and each criterion and kind has a name", () => {
    expect(MATCH_REASON_KINDS.filter((kind) => !matching.has(`kind.${kind}`))).toEqual([]);
    expect(MATCH_CRITERIA.filter((criterion) => !matching.has(`criterion.${criterion}`))).toEqual([]);
  });
});
