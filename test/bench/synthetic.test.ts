import { describe, expect, it } from "vitest";
import { generateNetwork, type SyntheticOffer, type SyntheticWorker } from "../../scripts/bench-matching/synthetic.js";
import { offerInput } from "../../src/core/offers/offer-schemas.js";
import { workerInput } from "../../src/core/workers/worker-schemas.js";
import { loadEscoCatalogue } from "../../src/data/esco-catalogue.js";
import { loadNutsRegions } from "../../src/data/nuts-regions.js";

const SIZE = { workers: 3000, offers: 400 };

/** The generated worker as the API would receive it: the fields matching does not use get fixed placeholders. */
function asWorkerInput({ worker, regionCode, gender, nationality, birthYear }: SyntheticWorker) {
  return {
    givenName: "Synthetic",
    familyName: "Worker",
    phone: "+306900000000",
    preferredLanguage: "en",
    gender,
    birthYear,
    nationality,
    regionCode,
    drivingLicence: worker.drivingLicence,
    ownTransport: worker.ownTransport,
    willingToRelocate: worker.willingToRelocate,
    languages: worker.languages,
    authorisations: worker.authorisations,
    occupations: worker.occupations,
    skills: worker.skills,
    certificates: worker.certificates,
    availability: worker.availability,
    preferences: worker.preferences,
  };
}

function asOfferInput({ offer, positions, pieceUnit, crop }: SyntheticOffer) {
  return {
    employerId: "00000000-0000-4000-8000-000000000001",
    siteId: "00000000-0000-4000-8000-000000000002",
    occupationUri: offer.occupationUri,
    title: `Synthetic ${crop}`,
    startDate: offer.startDate,
    endDate: offer.endDate,
    positions,
    payAmountCents: offer.payAmountCents,
    payUnit: offer.payUnit,
    pieceUnit,
    piecesPerHour: offer.piecesPerHour,
    hoursPerWeek: offer.hoursPerWeek,
    contractType: "seasonal",
    accommodationProvided: offer.accommodationProvided,
    transportProvided: offer.transportProvided,
    requiredSkills: offer.requiredSkills,
    requiredLanguages: offer.requiredLanguages,
    requiredCertificates: offer.requiredCertificates,
    drivingLicenceRequired: offer.drivingLicenceRequired,
    minYearsExperience: offer.minYearsExperience,
  };
}

describe("generateNetwork", () => {
  const network = generateNetwork({ ...SIZE, seed: 7 });

  it("gives the same network for the same seed, and another for another seed", () => {
    const again = generateNetwork({ ...SIZE, seed: 7 });
    expect(again.workers).toEqual(network.workers);
    expect(again.offers).toEqual(network.offers);
    expect(again.centres).toEqual(network.centres);
    const other = generateNetwork({ ...SIZE, seed: 8 });
    expect(other.workers.map((w) => w.worker.id)).not.toEqual(network.workers.map((w) => w.worker.id));
  });

  it("keeps the offers of a seed when only the number of workers changes", () => {
    const fewer = generateNetwork({ workers: 10, offers: SIZE.offers, seed: 7 });
    expect(fewer.offers).toEqual(network.offers);
    expect(fewer.workers).toEqual(network.workers.slice(0, 10));
  });

  it("writes workers the worker schema accepts, with ids and locations of their own", () => {
    for (const synthetic of network.workers) {
      const parsed = workerInput.safeParse(asWorkerInput(synthetic));
      expect(parsed.error?.issues ?? [], synthetic.worker.id).toEqual([]);
      const region = loadNutsRegions().get(synthetic.regionCode);
      expect(region?.level).toBe(3);
      expect(synthetic.worker.location).toEqual({ lat: region?.lat, lon: region?.lon });
    }
    expect(new Set(network.workers.map((w) => w.worker.id)).size).toBe(SIZE.workers);
  });

  it("writes offers the offer schema accepts, for shipped ESCO occupations and skills", () => {
    const esco = loadEscoCatalogue();
    for (const synthetic of network.offers) {
      const parsed = offerInput.safeParse(asOfferInput(synthetic));
      expect(parsed.error?.issues ?? [], synthetic.offer.id).toEqual([]);
      expect(esco.occupations.has(synthetic.offer.occupationUri)).toBe(true);
      for (const skill of synthetic.offer.requiredSkills) expect(esco.skills.has(skill)).toBe(true);
      expect(synthetic.positions).toBeGreaterThanOrEqual(1);
      expect(synthetic.positions).toBeLessThanOrEqual(20);
    }
  });

  it("places every worker and offer at one of its centres, and builds the context the server builds", () => {
    const centres = new Set(network.centres.map((c) => c.id));
    for (const { centreId } of [...network.workers, ...network.offers]) expect(centres.has(centreId)).toBe(true);
    const anOffer = network.offers[0]?.offer.occupationUri ?? "";
    expect(network.context.occupationSkillsOf?.(anOffer)?.essential.length).toBeGreaterThan(0);
    expect(network.context.iscoOf?.(anOffer)).toMatch(/^\d{4}/);
  });

  it("draws the mix the brief describes: EU citizens and permit holders, some unable to work, a third with a licence", () => {
    const workers = network.workers.map((w) => w.worker);
    const share = (test: (w: (typeof workers)[number]) => boolean) => workers.filter(test).length / workers.length;
    expect(share((w) => w.authorisations.some((a) => a.type === "eu_citizen"))).toBeGreaterThan(0.3);
    expect(share((w) => w.authorisations.some((a) => a.type === "seasonal_work_permit"))).toBeGreaterThan(0.05);
    expect(share((w) => w.authorisations.length > 0 && w.authorisations.every((a) => !a.workAllowed))).toBeGreaterThan(0);
    expect(share((w) => w.drivingLicence)).toBeGreaterThan(0.25);
    expect(share((w) => w.drivingLicence)).toBeLessThan(0.45);
    expect(share((w) => w.skills.some((s) => s.verified))).toBeGreaterThan(0.3);
  });
});
