import { describe, expect, it } from "vitest";
import { CONSENT_PURPOSES } from "../reference/codes.js";
import { DATA_CATEGORIES, type DataCategory, PURPOSES, TABLES } from "./data-classification.js";
import { isAppliedByApplication, RETENTION_SWEEP_NAMES, RETENTION_SWEEPS, retentionCutoff, sweepRetention } from "./retention.js";

const categories = Object.keys(DATA_CATEGORIES) as DataCategory[];

describe("the data classification", () => {
  it("names each column once per table", () => {
    for (const [table, { groups }] of Object.entries(TABLES)) {
      const names = groups.flatMap((g) => g.columns);
      expect(names.length, table).toBe(new Set(names).size);
    }
  });

  it("uses every category, and a table with personal data says whose", () => {
    const used = new Set(Object.values(TABLES).flatMap((t) => t.groups.map((g) => g.category)));
    expect(categories.filter((c) => !used.has(c))).toEqual([]);
    for (const [table, t] of Object.entries(TABLES)) {
      const personal = t.groups.some((g) => g.category !== "technical" && g.category !== "audit" && g.category !== "breach_record");
      if (personal) expect(t.subject, table).not.toBeNull();
    }
  });

  it("bases every consent purpose's processing on that consent, and nothing else on consent without one", () => {
    const consentBased = Object.values(PURPOSES).flatMap((p) => ("consent" in p ? [p.consent] : []));
    expect(new Set(consentBased)).toEqual(new Set(CONSENT_PURPOSES));
    for (const purpose of Object.values(PURPOSES)) expect(purpose.basis === "consent").toBe("consent" in purpose);
  });

  it("holds no special category of data (art. 9)", () => {
    expect(categories.filter((c) => DATA_CATEGORIES[c].special)).toEqual([]);
  });
});

describe("the retention schedule", () => {
  it("sweeps every category with a period exactly once, each sweep over categories of one period", () => {
    const swept = RETENTION_SWEEP_NAMES.flatMap((s) => [...RETENTION_SWEEPS[s]]);
    expect(swept.length).toBe(new Set(swept).size);
    const timed = categories.filter((c) => DATA_CATEGORIES[c].retention.days !== null);
    expect(new Set(swept)).toEqual(new Set(timed));
    for (const sweep of RETENTION_SWEEP_NAMES) {
      for (const category of RETENTION_SWEEPS[sweep]) expect(DATA_CATEGORIES[category].retention).toEqual(sweepRetention(sweep));
    }
  });

  it("keeps worker files two years after the last activity, audit five years, sessions a week after expiry", () => {
    const now = new Date("2027-01-01T00:00:00Z");
    expect(retentionCutoff(DATA_CATEGORIES.identity.retention, now)?.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(retentionCutoff(DATA_CATEGORIES.audit.retention, now)?.toISOString().slice(0, 10)).toBe("2022-01-02");
    expect(retentionCutoff(DATA_CATEGORIES.session.retention, now)?.toISOString().slice(0, 10)).toBe("2026-12-25");
    expect(retentionCutoff(DATA_CATEGORIES.employer_contact.retention, now)).toBeNull();
  });

  it("leaves the append-only audit trail to the operator", () => {
    expect(RETENTION_SWEEP_NAMES.filter((s) => !isAppliedByApplication(s))).toEqual(["audit"]);
  });
});
