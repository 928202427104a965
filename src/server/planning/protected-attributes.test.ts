// Item 4 of the season-planning issue: attributes that must not matter never change a score, a reason or a plan.
// Gender, nationality and age (the year of birth, within the legal working ages of 18 to 67) are columns of the worker
// rows; religion is not collected at all (no column, no form field), so it cannot reach the matcher in the first place.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MatchOffer, MatchWorker } from "../../core/matching/match-inputs.js";
import { offerMatchContext } from "../../core/matching/rank.js";
import { scoreMatch } from "../../core/matching/score.js";
import { meetingHardRules, offerArb, offersContextArb, workerArb } from "../../core/matching/test-arbitraries.js";
import { allocate } from "../../core/planning/allocation/allocate.js";
import { GENDERS } from "../../core/reference/codes.js";
import type { WorkerForMatching } from "../../db/repositories/matching-repository.js";
import { shippedReferenceKnowledge } from "../matching/shipped-reference-knowledge.js";
import { toMatchWorker } from "../matching/to-match-inputs.js";
import { scoreArcs } from "./plan-inputs.js";

const knowledge = shippedReferenceKnowledge();
/** The year the plans are for: a worker aged 18 to 67 then was born between these years. */
const PLAN_YEAR = 2027;
const REGIONS = ["EL633", "EL651", "ES618", "ITF4", "CY00", ""];

/** What the rows say about the attributes that must not matter. */
const protectedArb: fc.Arbitrary<Protected> = fc.record({
  gender: fc.constantFrom(...GENDERS),
  nationality: fc.constantFrom("EG", "MA", "BD", "AL", "UA", "SN", "GR", "ES", "CO", "PH"),
  birthYear: fc.integer({ min: PLAN_YEAR - 67, max: PLAN_YEAR - 18 }),
});
interface Protected {
  gender: (typeof GENDERS)[number];
  nationality: string;
  birthYear: number;
}

/** A worker row as the database returns it, from a matcher's worker and the attributes the matcher must not see. */
function rowOf(worker: MatchWorker, regionCode: string, attributes: Protected): WorkerForMatching {
  return {
    id: worker.id,
    centreId: "6f1d3c1e-0000-4000-8000-000000000001",
    givenName: "Test",
    familyName: "Worker",
    phone: "+306900000000",
    whatsapp: false,
    ...attributes,
    preferredLanguage: "en",
    regionCode,
    drivingLicence: worker.drivingLicence,
    ownTransport: worker.ownTransport,
    willingToRelocate: worker.willingToRelocate,
    childcareNeeded: false,
    travellingWithFamily: false,
    languages: [...worker.languages],
    authorisations: [...worker.authorisations],
    occupations: [...worker.occupations],
    skills: [...worker.skills],
    certificates: [...worker.certificates],
    availability: [...worker.availability],
    preferences: worker.preferences,
    permitValidUntil: null,
    permitOpenEnded: false,
    searchText: "test worker",
    createdAt: new Date("2026-01-01T00:00:00Z"),
    updatedAt: new Date("2026-01-01T00:00:00Z"),
    version: 1,
  };
}

/** Offers with the knowledge they are judged with, and workers of whom half meet every hard rule of one of the offers. */
const worldArb = fc
  .tuple(fc.array(offerArb, { minLength: 1, maxLength: 6 }), offersContextArb)
  .chain(([offers, context]) =>
    fc.record({
      offers: fc.constant(offers.map((offer) => ({ ...offer, positions: 1 }))),
      context: fc.constant(context),
      workers: fc.array(
        fc.record({
          worker: workerArb,
          qualifiesFor: fc.option(fc.nat({ max: offers.length - 1 }), { nil: null }),
          regionCode: fc.constantFrom(...REGIONS),
          attributes: protectedArb,
          changedTo: protectedArb,
        }),
        { minLength: 1, maxLength: 12 },
      ),
    }),
  )
  .map((world) => ({
    ...world,
    workers: world.workers.map(({ worker, qualifiesFor, ...rest }) => ({
      ...rest,
      worker: qualifiesFor === null ? worker : meetingHardRules(worker, world.offers[qualifiesFor] as MatchOffer),
    })),
  }));

describe("attributes that must not matter never change a match or a plan", () => {
  it("changing gender, nationality and year of birth on the rows gives the same score and reasons for every pair", () => {
    fc.assert(
      fc.property(worldArb, ({ offers, context, workers }) => {
        for (const { worker, regionCode, attributes, changedTo } of workers) {
          const before = toMatchWorker(rowOf(worker, regionCode, attributes), knowledge);
          const after = toMatchWorker(rowOf(worker, regionCode, changedTo), knowledge);
          offers.forEach((offer) => {
            const offerContext = offerMatchContext(offer, context);
            expect(scoreMatch(after, offer, offerContext)).toEqual(scoreMatch(before, offer, offerContext));
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it("and the same whole-season allocation: the same workers on the same offers, the same objective", async () => {
    let placing = 0;
    await fc.assert(
      fc.asyncProperty(worldArb, async ({ offers, context, workers }) => {
        const planWith = async (attributesOf: (w: (typeof workers)[number]) => Protected) => {
          const rows = workers.map((w) => rowOf(w.worker, w.regionCode, attributesOf(w)));
          const match = { workers: rows.map((row) => toMatchWorker(row, knowledge)), offers, context };
          const arcs = await scoreArcs(match, 1, async () => {});
          const capacities = Int32Array.from(offers, (o) => o.positions);
          return { arcs, allocation: allocate({ workerCount: rows.length, capacities, ...arcs }) };
        };
        const before = await planWith((w) => w.attributes);
        const after = await planWith((w) => w.changedTo);
        expect(after.arcs).toEqual(before.arcs);
        expect(Array.from(after.allocation.offerOf)).toEqual(Array.from(before.allocation.offerOf));
        expect(after.allocation.objective).toBe(before.allocation.objective);
        if (before.allocation.objective > 0) placing += 1;
      }),
      { numRuns: 100 },
    );
    // The generated worlds place someone often enough for the comparison to mean something.
    expect(placing).toBeGreaterThan(50);
  });
});
