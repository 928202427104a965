import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FeatureSpace } from "../../src/core/matching/index/features.js";
import { distancePoints, NOT_ELIGIBLE, pairScore } from "../../src/core/matching/index/pair-score.js";
import type { MatchOffer, MatchWorker, OffersMatchContext } from "../../src/core/matching/match-inputs.js";
import { offerMatchContext } from "../../src/core/matching/rank.js";
import { scoreMatch } from "../../src/core/matching/score.js";
import { meetingHardRules, offerArb, offersContextArb, pairArb, workerArb } from "../../src/core/matching/test-arbitraries.js";
import { loadEscoCatalogue } from "../../src/data/esco-catalogue.js";

function fastScore(context: OffersMatchContext, worker: MatchWorker, offer: MatchOffer): number {
  const space = new FeatureSpace(context);
  const demand = space.offer(offer);
  return pairScore(space.worker(worker), demand, distancePoints(worker.location, worker.willingToRelocate, demand));
}

function expectSameScore(context: OffersMatchContext, worker: MatchWorker, offer: MatchOffer): void {
  const result = scoreMatch(worker, offer, offerMatchContext(offer, context));
  expect(fastScore(context, worker, offer)).toBe(result.eligible ? result.score : NOT_ELIGIBLE);
}

/** The shipped ESCO subset: dozens of skills per occupation, so long sums of credits are exercised. */
const esco = loadEscoCatalogue();
const escoContext: OffersMatchContext = {
  occupationSkillsOf: (uri) => esco.skillsByOccupation.get(uri),
  iscoOf: (uri) => esco.occupations.get(uri)?.iscoCode,
};
const escoOccupations = [...esco.occupations.keys()];
const skillsOf = (uri: string) => {
  const skills = esco.skillsByOccupation.get(uri);
  return [...(skills?.essential ?? []), ...(skills?.optional ?? [])];
};
const escoOccupation = fc.constantFrom(...escoOccupations);
const escoSkill = escoOccupation.chain((uri) => fc.constantFrom(...skillsOf(uri), "http://data.europa.eu/esco/skill/unknown"));

const escoPairArb: fc.Arbitrary<[MatchWorker, MatchOffer]> = fc
  .tuple(
    workerArb,
    offerArb,
    fc.array(
      fc.record({ occupationUri: escoOccupation, yearsExperience: fc.double({ min: 0, max: 30, noNaN: true }), informal: fc.boolean() }),
      {
        maxLength: 4,
      },
    ),
    fc.array(fc.record({ skillUri: escoSkill, level: fc.constant("basic" as const), verified: fc.boolean() }), { maxLength: 25 }),
    escoOccupation,
    fc.array(escoSkill, { maxLength: 5 }),
    fc.boolean(),
  )
  .map(([w, o, occupations, skills, occupationUri, requiredSkills, qualify]) => {
    const offer = { ...o, occupationUri, requiredSkills };
    const worker = { ...w, occupations, skills };
    return [qualify ? meetingHardRules(worker, offer) : worker, offer];
  });

describe("the indexes' numeric score", () => {
  it("equals scoreMatch's score for every pair, and is NOT_ELIGIBLE exactly when scoreMatch excludes", () => {
    fc.assert(
      fc.property(pairArb, offersContextArb, ([w, o], context) => expectSameScore(context, w, o)),
      { numRuns: 1000 },
    );
  });

  it("equals scoreMatch's score with ESCO's occupations and their many skills", () => {
    fc.assert(
      fc.property(escoPairArb, ([w, o]) => expectSameScore(escoContext, w, o)),
      { numRuns: 1000 },
    );
  });

  it("equals scoreMatch's score without any reference knowledge", () => {
    fc.assert(
      fc.property(pairArb, ([w, o]) => expectSameScore({}, w, o)),
      { numRuns: 300 },
    );
  });
});
