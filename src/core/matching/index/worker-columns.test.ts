import { describe, expect, it } from "vitest";
import type { MatchOffer, MatchWorker } from "../match-inputs.js";
import { offerMatchContext, rankCandidates } from "../rank.js";
import { scoreMatch } from "../score.js";
import { ATHENS, anOffer, aWorker, HARVEST, iscoOf, LADDER, OLIVE_PICKER, PRUNE, TRACTOR } from "../test-fixtures.js";
import { CandidateIndex } from "./candidate-index.js";

// The columns keep only a span of each worker's authorised days and availability, and a few languages, skills and
// occupations: these workers sit on those edges, so the index must still give exactly what the full ranking gives.

const permit = (validFrom: string, validUntil: string | null, workAllowed = true) => ({
  type: "work_permit" as const,
  validFrom,
  validUntil,
  workAllowed,
});

const EDGE_WORKERS: MatchWorker[] = [
  aWorker({ id: "w-chained", authorisations: [permit("2025-01-01", "2025-11-30"), permit("2025-12-01", "2026-12-31")] }),
  aWorker({ id: "w-gap", authorisations: [permit("2025-01-01", "2025-11-30"), permit("2025-12-05", "2026-12-31")] }),
  aWorker({ id: "w-open-ended", authorisations: [permit("2020-01-01", null)] }),
  aWorker({ id: "w-not-allowed", authorisations: [permit("2020-01-01", null, false)] }),
  aWorker({ id: "w-no-permit", authorisations: [] }),
  aWorker({ id: "w-ends-early", authorisations: [permit("2025-01-01", "2026-01-15")] }),
  aWorker({
    id: "w-two-windows",
    availability: [
      { start: "2025-10-01", end: "2025-11-10" },
      { start: "2026-01-20", end: "2026-03-31" },
    ],
  }),
  aWorker({
    id: "w-windows-around",
    availability: [
      { start: "2025-06-01", end: "2025-10-31" },
      { start: "2026-02-01", end: "2026-03-31" },
    ],
  }),
  aWorker({ id: "w-no-window", availability: [] }),
  aWorker({ id: "w-no-location", location: null }),
  aWorker({ id: "w-far-relocating", location: ATHENS, willingToRelocate: true }),
  aWorker({
    id: "w-many-languages",
    languages: (["el", "en", "fr", "de", "it"] as const).map((language) => ({ language, level: "B1" as const })),
  }),
  aWorker({
    id: "w-many-skills",
    skills: [HARVEST, PRUNE, LADDER, TRACTOR, ...Array.from({ length: 30 }, (_, i) => `http://data.europa.eu/esco/skill/extra-${i}`)].map(
      (skillUri) => ({ skillUri, level: "basic" as const, verified: true }),
    ),
  }),
  aWorker({
    id: "w-many-occupations",
    occupations: Array.from({ length: 6 }, (_, i) => ({
      occupationUri: i === 5 ? OLIVE_PICKER : `http://data.europa.eu/esco/occupation/other-${i}`,
      yearsExperience: 3,
      informal: false,
    })),
  }),
  aWorker({
    id: "w-certified",
    certificates: [{ kind: "pesticide_handling", issuedOn: "2024-01-01", expiresOn: null, verified: true }],
  }),
  aWorker({
    id: "w-certificate-expired",
    certificates: [{ kind: "pesticide_handling", issuedOn: "2020-01-01", expiresOn: "2025-06-30", verified: true }],
  }),
  aWorker({
    id: "w-certificate-later",
    certificates: [{ kind: "pesticide_handling", issuedOn: "2025-12-01", expiresOn: null, verified: true }],
  }),
  aWorker({ id: "w-licence", drivingLicence: true }),
  aWorker({
    id: "w-licence-certificate",
    certificates: [{ kind: "driving_licence_b", issuedOn: "2010-01-01", expiresOn: "2030-01-01", verified: true }],
  }),
  aWorker({
    id: "w-licence-expired",
    certificates: [{ kind: "driving_licence_b", issuedOn: "2010-01-01", expiresOn: "2025-01-01", verified: true }],
  }),
];

const OFFERS: MatchOffer[] = [
  anOffer({ id: "o-plain" }),
  anOffer({
    id: "o-skills",
    requiredSkills: [HARVEST, PRUNE],
    requiredLanguages: [{ language: "el", level: "A2" }],
    minYearsExperience: 2,
  }),
  anOffer({ id: "o-certificate", requiredCertificates: ["pesticide_handling"] }),
  anOffer({ id: "o-licence", drivingLicenceRequired: true, accommodationProvided: true }),
  anOffer({ id: "o-no-location", location: null, requiredLanguages: [{ language: "fr", level: "B2" }] }),
];

const CONTEXT = {
  iscoOf,
  occupationSkillsOf: (uri: string) => (uri === OLIVE_PICKER ? { essential: [HARVEST, LADDER], optional: [TRACTOR] } : undefined),
};

describe("the worker columns' prefilter and bounds", () => {
  const index = new CandidateIndex(CONTEXT);
  for (const worker of EDGE_WORKERS) index.upsertWorker(worker, { centreId: "centre" });
  for (const offer of OFFERS) index.upsertOffer(offer, { centreId: "centre" });

  it.each(OFFERS.map((offer) => [offer.id, offer] as const))("leave %s's candidates and scores those of the full ranking", (_, offer) => {
    const context = offerMatchContext(offer, CONTEXT);
    const scored = EDGE_WORKERS.map((w) => scoreMatch(w, offer, context)).filter((r) => r.eligible);
    // A small k or a high floor makes the search prune by the bounds; k 50 reads everyone.
    for (const k of [1, 2, 3, 5, 50]) {
      expect(index.topCandidates(offer.id, { k })).toEqual(rankCandidates(offer, EDGE_WORKERS, context, { limit: k }));
    }
    for (const minScore of new Set([0, ...scored.map((r) => r.score)])) {
      const eligible = index.eligibleAbove(offer.id, minScore);
      const found = [...eligible.slots].map((slot, i) => `${index.workerIdAt(slot)}:${eligible.scores[i]}`);
      const expected = scored.filter((r) => r.score >= minScore).map((r) => `${r.workerId}:${r.score}`);
      expect(found.sort()).toEqual(expected.sort());
    }
  });

  it("admit a chain of permits and refuse one with a gap, as the hard rule does", () => {
    const found = index.topCandidates("o-plain", { k: 50 }).map((r) => r.workerId);
    expect(found).toContain("w-chained");
    expect(found).toContain("w-open-ended");
    expect(found).not.toContain("w-gap");
    expect(found).not.toContain("w-not-allowed");
    expect(found).not.toContain("w-windows-around");
  });

  it("read only the holders of a required certificate valid on the start date", () => {
    const found = index.topCandidates("o-certificate", { k: 50 }).map((r) => r.workerId);
    expect(found).toEqual(["w-certified"]);
  });
});
