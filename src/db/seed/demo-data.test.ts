import { describe, expect, it } from "vitest";
import { employerInput } from "../../core/employers/employer-schemas.js";
import { OFFER_STATUSES } from "../../core/offers/offer-lifecycle.js";
import { offerInput } from "../../core/offers/offer-schemas.js";
import { placementInput } from "../../core/referrals/referral-schemas.js";
import { consentInput, workerInput } from "../../core/workers/worker-schemas.js";
import { generateDemoData } from "./demo-data.js";

const TODAY = "2026-11-23";
const data = generateDemoData(2026, TODAY);
const DUMMY_EMPLOYER_ID = "0b5c6a2e-3f1d-4c8b-9e7a-1d2f3a4b5c6d";
const DUMMY_SITE_ID = "7e8f9a0b-1c2d-4e3f-8a5b-6c7d8e9f0a1b";

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[keyOf(item)] = (counts[keyOf(item)] ?? 0) + 1;
  return counts;
}
const duplicates = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe("demo data: shape and counts", () => {
  it("has a Peloponnese centre and a Huelva centre", () => {
    expect(data.centres.map((c) => [c.key, c.name, c.country, c.timezone])).toEqual([
      ["peloponnese", "Primacenter Peloponnese", "EL", "Europe/Athens"],
      ["huelva", "Primacenter Huelva", "ES", "Europe/Madrid"],
    ]);
  });

  it("has about 200 workers, 40 employers, 60 offers and 40 referrals, split between the centres", () => {
    expect(countBy(data.workers, (w) => w.centreKey)).toEqual({ peloponnese: 160, huelva: 40 });
    expect(countBy(data.employers, (e) => e.centreKey)).toEqual({ peloponnese: 32, huelva: 8 });
    expect(data.offers.length).toBeGreaterThanOrEqual(55);
    expect(data.offers.length).toBeLessThanOrEqual(70);
    expect(data.referrals.length).toBeGreaterThanOrEqual(35);
    expect(data.referrals.length).toBeLessThanOrEqual(45);
  });

  it("has offers in every lifecycle status, most of them published", () => {
    const byStatus = countBy(data.offers, (o) => o.status);
    for (const status of OFFER_STATUSES) expect(byStatus[status] ?? 0).toBeGreaterThan(0);
    expect(byStatus.published ?? 0).toBeGreaterThan(data.offers.length / 2);
  });

  it("is the same for the same seed and differs for another seed", () => {
    expect(generateDemoData(2026, TODAY)).toEqual(data);
    expect(generateDemoData()).toEqual(data);
    expect(generateDemoData(7, TODAY).workers.map((w) => w.input.phone)).not.toEqual(data.workers.map((w) => w.input.phone));
  });

  it("uses unique keys", () => {
    expect(duplicates(data.workers.map((w) => w.key))).toEqual([]);
    expect(duplicates(data.employers.map((e) => e.key))).toEqual([]);
    expect(duplicates(data.offers.map((o) => o.key))).toEqual([]);
  });
});

describe("demo data: every input passes the schemas unchanged", () => {
  it("workers and their consents", () => {
    for (const worker of data.workers) {
      expect(workerInput.parse(worker.input), worker.key).toEqual(worker.input);
      for (const consent of worker.consents) expect(consentInput.parse(consent)).toEqual(consent);
    }
  });

  it("employers", () => {
    for (const employer of data.employers) expect(employerInput.parse(employer.input), employer.key).toEqual(employer.input);
  });

  it("offers, given an employer and a site id", () => {
    for (const offer of data.offers) {
      const input = { ...offer.input, employerId: DUMMY_EMPLOYER_ID, siteId: DUMMY_SITE_ID };
      expect(offerInput.parse(input), offer.key).toEqual(input);
    }
  });

  it("placements of hired referrals", () => {
    const hired = data.referrals.filter((r) => r.stage === "hired");
    expect(hired.length).toBeGreaterThan(0);
    for (const referral of hired) {
      expect(referral.placement).toBeDefined();
      expect(placementInput.parse(referral.placement)).toEqual(referral.placement);
    }
  });
});

describe("demo data: people and contacts", () => {
  it("gives every worker and employer a distinct mobile number of the centre's country", () => {
    const workerPhones = data.workers.map((w) => w.input.phone);
    const employerPhones = data.employers.map((e) => e.input.contactPhone);
    expect(duplicates([...workerPhones, ...employerPhones])).toEqual([]);
    for (const w of data.workers) expect(w.input.phone).toMatch(w.centreKey === "peloponnese" ? /^\+3069\d{8}$/ : /^\+346\d{8}$/);
  });

  it("gives employers distinct e-mails at example domains and tax ids of their country's shape", () => {
    expect(duplicates(data.employers.map((e) => e.input.contactEmail))).toEqual([]);
    for (const { centreKey, input } of data.employers) {
      expect(input.contactEmail).toMatch(centreKey === "peloponnese" ? /@example\.gr$/ : /@example\.es$/);
      expect(input.taxId).toMatch(centreKey === "peloponnese" ? /^EL\d{9}$/ : /^[ABEFV]21\d{6}$/);
    }
  });

  it("has a realistic mix of workers: born 1965–2006, women and men, a dozen origins", () => {
    for (const w of data.workers) {
      expect(w.input.birthYear).toBeGreaterThanOrEqual(1965);
      expect(w.input.birthYear).toBeLessThanOrEqual(2006);
    }
    const byGender = countBy(data.workers, (w) => w.input.gender);
    expect(byGender.woman ?? 0).toBeGreaterThan(30);
    expect(new Set(data.workers.map((w) => w.input.nationality)).size).toBeGreaterThanOrEqual(12);
    const huelvaMoroccans = data.workers.filter((w) => w.centreKey === "huelva" && w.input.nationality === "MA");
    expect(huelvaMoroccans.filter((w) => w.input.gender === "woman").length).toBeGreaterThan(huelvaMoroccans.length / 2);
  });

  it("records consent to profile processing for every worker, and to referral for most", () => {
    const consents = (purpose: string) => data.workers.filter((w) => w.consents.some((c) => c.purpose === purpose && c.granted));
    expect(consents("profile_processing")).toHaveLength(data.workers.length);
    expect(consents("referral_to_employers").length).toBeGreaterThan(data.workers.length * 0.75);
    expect(consents("contact_by_whatsapp").length).toBeGreaterThan(data.workers.length * 0.5);
  });

  it("has valid, expiring, expired and future permits, and the certificates offers ask for", () => {
    const permitEnds = data.workers.map((w) => {
      const allowed = w.input.authorisations.filter((a) => a.workAllowed && a.validFrom <= TODAY);
      if (allowed.some((a) => a.validUntil === null)) return "open";
      return (
        allowed
          .map((a) => a.validUntil ?? "")
          .sort()
          .at(-1) ?? "none"
      );
    });
    const in60Days = "2027-01-22";
    expect(permitEnds.filter((end) => end === "open").length).toBeGreaterThan(20);
    expect(permitEnds.filter((end) => end !== "open" && end !== "none" && end < TODAY).length).toBeGreaterThan(3);
    expect(permitEnds.filter((end) => end !== "open" && end >= TODAY && end <= in60Days).length).toBeGreaterThan(5);
    expect(data.workers.filter((w) => w.input.authorisations.some((a) => a.validFrom > TODAY)).length).toBeGreaterThan(5);
    const kinds = new Set(data.workers.flatMap((w) => w.input.certificates.map((c) => c.kind)));
    for (const kind of ["tractor_licence", "pesticide_handling", "first_aid", "forklift_licence", "chainsaw", "boat_licence"] as const) {
      expect(kinds.has(kind), kind).toBe(true);
    }
  });
});

describe("demo data: offers and referrals", () => {
  const offers = new Map(data.offers.map((o) => [o.key, o]));
  const workers = new Map(data.workers.map((w) => [w.key, w]));

  it("places each offer at an existing site of an employer of the same centre", () => {
    const employers = new Map(data.employers.map((e) => [e.key, e]));
    for (const offer of data.offers) {
      const employer = employers.get(offer.employerKey);
      expect(employer?.centreKey, offer.key).toBe(offer.centreKey);
      expect(employer?.input.sites[offer.siteIndex], offer.key).toBeDefined();
    }
  });

  it("dates offers around today: published ones start in the future, closed ones are over", () => {
    for (const offer of data.offers) {
      if (offer.status === "published") expect(offer.input.startDate > TODAY, offer.key).toBe(true);
      if (offer.status === "closed") expect(offer.input.endDate < TODAY, offer.key).toBe(true);
      expect(offer.input.hoursPerWeek).toBeGreaterThanOrEqual(39);
      expect(offer.input.hoursPerWeek).toBeLessThanOrEqual(48);
    }
  });

  it("refers workers only to published offers of their own centre, once per offer", () => {
    for (const referral of data.referrals) {
      const offer = offers.get(referral.offerKey);
      const worker = workers.get(referral.workerKey);
      expect(offer?.status, referral.offerKey).toBe("published");
      expect(worker?.centreKey, referral.workerKey).toBe(offer?.centreKey);
      if (referral.stage === "declined") expect(referral.declineReason).toBeDefined();
    }
    expect(duplicates(data.referrals.map((r) => `${r.offerKey} ${r.workerKey}`))).toEqual([]);
    expect(new Set(data.referrals.map((r) => r.stage)).size).toBeGreaterThanOrEqual(6);
    expect(data.referrals.some((r) => offers.get(r.offerKey)?.centreKey === "huelva")).toBe(true);
  });

  it("refers only workers who consented to referral, hold a permit for the whole offer and its certificates", () => {
    for (const referral of data.referrals) {
      const offer = offers.get(referral.offerKey);
      const worker = workers.get(referral.workerKey);
      if (!offer || !worker) throw new Error("unknown offer or worker");
      expect(worker.consents.some((c) => c.purpose === "referral_to_employers" && c.granted)).toBe(true);
      expect(worker.input.occupations.map((o) => o.occupationUri)).toContain(offer.input.occupationUri);
      const covered = worker.input.authorisations.some(
        (a) => a.workAllowed && a.validFrom <= offer.input.startDate && (a.validUntil ?? "9999") >= offer.input.endDate,
      );
      expect(covered, `${worker.key} for ${offer.key}`).toBe(true);
      for (const kind of offer.input.requiredCertificates) expect(worker.input.certificates.map((c) => c.kind)).toContain(kind);
    }
  });
});

describe("demo data: accounts", () => {
  it("has one account per role, a Huelva caseworker, and distinct e-mails and strong passwords", () => {
    const roles = data.accounts.map((a) => a.role);
    for (const role of ["admin", "coordinator", "caseworker", "inspector", "partner", "analyst", "employer", "worker"] as const) {
      expect(roles).toContain(role);
    }
    expect(data.accounts.find((a) => a.role === "caseworker" && a.centreKey === "huelva")).toBeDefined();
    expect(data.accounts.filter((a) => a.role === "admin" || a.role === "analyst").every((a) => a.centreKey === null)).toBe(true);
    const emails = data.accounts.flatMap((a) => (a.email ? [a.email] : []));
    expect(duplicates(emails)).toEqual([]);
    const passwords = data.accounts.flatMap((a) => (a.password ? [a.password] : []));
    expect(duplicates(passwords)).toEqual([]);
    for (const password of passwords) expect(password.length).toBeGreaterThanOrEqual(12);
  });

  it("links the employer account to a Peloponnese employer by its contact e-mail", () => {
    const account = data.accounts.find((a) => a.role === "employer");
    const employer = data.employers.find((e) => e.key === account?.employerKey);
    expect(employer?.centreKey).toBe("peloponnese");
    expect(account?.email).toBe(employer?.input.contactEmail);
  });

  it("has an Arabic-speaking worker account that signs in by phone only", () => {
    const account = data.accounts.find((a) => a.role === "worker");
    const worker = data.workers.find((w) => w.key === account?.workerKey);
    expect(account).toMatchObject({ email: null, password: null, centreKey: "peloponnese" });
    expect(worker?.centreKey).toBe("peloponnese");
    expect(worker?.input.preferredLanguage).toBe("ar");
    expect(["EG", "SY"]).toContain(worker?.input.nationality);
    expect(account?.phone).toBe(worker?.input.phone);
  });
});

describe.each(["2027-01-28", "2027-04-10", "2027-08-31", "2028-02-29"])("demo data installed on %s", (today) => {
  const later = generateDemoData(2026, today);

  it("still passes the schemas and keeps offers and referrals coherent", () => {
    for (const worker of later.workers) expect(workerInput.parse(worker.input)).toEqual(worker.input);
    for (const offer of later.offers) {
      const input = { ...offer.input, employerId: DUMMY_EMPLOYER_ID, siteId: DUMMY_SITE_ID };
      expect(offerInput.parse(input), offer.key).toEqual(input);
      if (offer.status === "published") expect(offer.input.startDate > today, offer.key).toBe(true);
      if (offer.status === "closed") expect(offer.input.endDate < today, offer.key).toBe(true);
    }
    expect(later.referrals.length).toBeGreaterThanOrEqual(30);
    const offerCentre = new Map(later.offers.map((o) => [o.key, o.centreKey]));
    const workerCentre = new Map(later.workers.map((w) => [w.key, w.centreKey]));
    for (const r of later.referrals) expect(workerCentre.get(r.workerKey)).toBe(offerCentre.get(r.offerKey));
  });
});
