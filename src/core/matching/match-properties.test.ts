import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUTHORISATION_TYPES, CERTIFICATE_KINDS, LANGUAGE_LEVELS, PAY_UNITS, SECTORS } from "../reference/codes.js";
import { haversineKm } from "./distance.js";
import { isoDateOf } from "./iso-days.js";
import type { GeoPoint, MatchContext, MatchOffer, MatchWorker } from "./match-inputs.js";
import { rankCandidates } from "./rank.js";
import { MATCH_REASON_CODES } from "./reason-codes.js";
import { scoreMatch } from "./score.js";
import { CROP_WORKER, FISHER, FRUIT_PICKER, HARVEST, iscoOf, LADDER, OLIVE_PICKER, PRUNE, TRACTOR } from "./test-fixtures.js";

const FIRST_DAY = 20089; // 2025-01-01
const SKILLS = [PRUNE, HARVEST, LADDER, TRACTOR];
const OCCUPATIONS = [OLIVE_PICKER, FRUIT_PICKER, CROP_WORKER, FISHER];
const LANGUAGES = ["el", "en", "ar", "es"] as const;
const CERTIFICATES = CERTIFICATE_KINDS.slice(0, 4);

const day = fc.integer({ min: 0, max: 500 }).map((n) => isoDateOf(FIRST_DAY + n));
const dateRange = fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
/** Southern Europe, where the centres are. */
const point: fc.Arbitrary<GeoPoint> = fc.record({
  lat: fc.double({ min: 34, max: 52, noNaN: true }),
  lon: fc.double({ min: -10, max: 35, noNaN: true }),
});

const workerArb: fc.Arbitrary<MatchWorker> = fc.record({
  id: fc.uuid(),
  languages: fc.array(fc.record({ language: fc.constantFrom(...LANGUAGES), level: fc.constantFrom(...LANGUAGE_LEVELS) }), { maxLength: 3 }),
  authorisations: fc.array(
    fc
      .record({
        type: fc.constantFrom(...AUTHORISATION_TYPES),
        range: dateRange,
        openEnded: fc.boolean(),
        workAllowed: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
      })
      .map(({ type, range, openEnded, workAllowed }) => ({
        type,
        validFrom: range.start,
        validUntil: openEnded ? null : range.end,
        workAllowed,
      })),
    { maxLength: 3 },
  ),
  occupations: fc.array(
    fc.record({ occupationUri: fc.constantFrom(...OCCUPATIONS), yearsExperience: fc.integer({ min: 0, max: 20 }), informal: fc.boolean() }),
    { maxLength: 3 },
  ),
  skills: fc.array(
    fc.record({
      skillUri: fc.constantFrom(...SKILLS),
      level: fc.constantFrom("basic", "intermediate", "advanced" as const),
      verified: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  certificates: fc.array(
    fc.record({
      kind: fc.constantFrom(...CERTIFICATES),
      issuedOn: fc.option(day, { nil: null }),
      expiresOn: fc.option(day, { nil: null }),
      verified: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  availability: fc.array(dateRange, { maxLength: 3 }),
  drivingLicence: fc.boolean(),
  ownTransport: fc.boolean(),
  willingToRelocate: fc.boolean(),
  location: fc.option(point, { nil: null }),
  preferences: fc.record({
    sectors: fc.subarray([...SECTORS]),
    minHourlyPayCents: fc.option(fc.integer({ min: 500, max: 2000 }), { nil: null }),
    accommodationNeeded: fc.boolean(),
  }),
});

const offerArb: fc.Arbitrary<MatchOffer> = fc
  .record({
    id: fc.uuid(),
    occupationUri: fc.constantFrom(...OCCUPATIONS),
    period: dateRange,
    sector: fc.constantFrom(...SECTORS),
    payAmountCents: fc.integer({ min: 1, max: 300_000 }),
    payUnit: fc.constantFrom(...PAY_UNITS),
    hoursPerWeek: fc.integer({ min: 1, max: 60 }),
    piecesPerHour: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
    accommodationProvided: fc.boolean(),
    transportProvided: fc.boolean(),
    requiredSkills: fc.subarray(SKILLS),
    requiredLanguages: fc.array(fc.record({ language: fc.constantFrom(...LANGUAGES), level: fc.constantFrom(...LANGUAGE_LEVELS) }), {
      maxLength: 2,
    }),
    requiredCertificates: fc.subarray([...CERTIFICATES], { maxLength: 2 }),
    drivingLicenceRequired: fc.boolean(),
    minYearsExperience: fc.integer({ min: 0, max: 5 }),
    location: fc.option(point, { nil: null }),
  })
  .map(({ period, ...rest }) => ({ ...rest, startDate: period.start, endDate: period.end }));

const contextArb: fc.Arbitrary<MatchContext> = fc
  .record(
    {
      occupationSkills: fc.record({ essential: fc.subarray(SKILLS), optional: fc.subarray(SKILLS) }),
    },
    { requiredKeys: [] },
  )
  .map((c) => ({ ...c, iscoOf }));

/** Half the pairs have every hard rule met, so that the soft criteria are exercised as often as the exclusions. */
const pairArb: fc.Arbitrary<[MatchWorker, MatchOffer]> = fc
  .tuple(workerArb, offerArb, fc.boolean())
  .map(([w, o, qualify]) => [qualify ? meetingHardRules(w, o) : w, o]);

function meetingHardRules(w: MatchWorker, o: MatchOffer): MatchWorker {
  return {
    ...w,
    authorisations: [...w.authorisations, { type: "eu_citizen", validFrom: "2000-01-01", validUntil: null, workAllowed: true }],
    availability: [...w.availability, { start: o.startDate, end: o.startDate }],
    certificates: [...w.certificates, ...o.requiredCertificates.map((kind) => ({ kind, issuedOn: null, expiresOn: null, verified: true }))],
    drivingLicence: true,
  };
}

const RUNS = { numRuns: 500 };

describe("properties of every match", () => {
  it("the generated pairs are eligible often enough to test the scoring", () => {
    const pairs = fc.sample(pairArb, { numRuns: 1000, seed: 42 });
    const eligible = pairs.filter(([w, o]) => scoreMatch(w, o).eligible).length;
    expect(eligible).toBeGreaterThan(300);
  });

  it("the score is always a whole number from 0 to 100", () => {
    fc.assert(
      fc.property(pairArb, contextArb, ([w, o], c) => {
        const { score } = scoreMatch(w, o, c);
        return Number.isInteger(score) && score >= 0 && score <= 100;
      }),
      RUNS,
    );
  });

  it("an excluded candidate scores 0 and has at least one 'excluded' reason", () => {
    fc.assert(
      fc.property(pairArb, contextArb, ([w, o], c) => {
        const result = scoreMatch(w, o, c);
        return result.eligible || (result.score === 0 && result.reasons.some((r) => r.kind === "excluded"));
      }),
      RUNS,
    );
  });

  it("a candidate is eligible exactly when no reason excludes them", () => {
    fc.assert(
      fc.property(pairArb, contextArb, ([w, o], c) => {
        const result = scoreMatch(w, o, c);
        return result.eligible === !result.reasons.some((r) => r.kind === "excluded");
      }),
      RUNS,
    );
  });

  it("an eligible candidate's points add up to the score", () => {
    fc.assert(
      fc.property(pairArb, contextArb, ([w, o], c) => {
        const result = scoreMatch(w, o, c);
        const sum = result.reasons.reduce((total, r) => total + (r.points ?? 0), 0);
        return !result.eligible || sum === result.score;
      }),
      RUNS,
    );
  });

  it("every reason is in the translators' list, with its criterion, an allowed kind and exactly the template's params", () => {
    fc.assert(
      fc.property(pairArb, contextArb, ([w, o], c) => {
        for (const r of scoreMatch(w, o, c).reasons) {
          const entry = MATCH_REASON_CODES[r.code];
          expect(entry.criterion).toBe(r.criterion);
          expect(entry.kinds).toContain(r.kind);
          const templateParams = [...entry.englishTemplate.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
          expect(Object.keys(r.params).sort()).toEqual(templateParams);
        }
      }),
      RUNS,
    );
  });

  it("adding a required skill to the worker's profile never lowers the score", () => {
    fc.assert(
      fc.property(pairArb, contextArb, fc.nat(), fc.boolean(), ([w, o], c, pick, verified) => {
        fc.pre(o.requiredSkills.length > 0);
        const skillUri = o.requiredSkills[pick % o.requiredSkills.length] ?? PRUNE;
        const before = scoreMatch(w, o, c).score;
        const after = scoreMatch({ ...w, skills: [...w.skills, { skillUri, level: "basic", verified }] }, o, c).score;
        return after >= before;
      }),
      RUNS,
    );
  });

  it("moving the worker closer to the workplace never lowers the score", () => {
    fc.assert(
      fc.property(pairArb, contextArb, point, point, point, ([w, o], c, site, a, b) => {
        const offer = { ...o, location: site };
        const [nearer, farther] = haversineKm(a, site) <= haversineKm(b, site) ? [a, b] : [b, a];
        return scoreMatch({ ...w, location: nearer }, offer, c).score >= scoreMatch({ ...w, location: farther }, offer, c).score;
      }),
      RUNS,
    );
  });

  it("ranking is the same whatever order the workers come in", () => {
    const workers = fc.array(workerArb, { maxLength: 8 }).map((ws) => ws.map((w, i) => ({ ...w, id: `worker-${i}` })));
    fc.assert(
      fc.property(offerArb, workers, contextArb, fc.boolean(), (o, ws, c, includeExcluded) => {
        const ranked = rankCandidates(o, ws, c, { includeExcluded });
        expect(rankCandidates(o, [...ws].reverse(), c, { includeExcluded })).toEqual(ranked);
        for (let i = 1; i < ranked.length; i++) {
          const [prev, next] = [ranked[i - 1], ranked[i]];
          if (prev && next && prev.eligible && next.eligible) expect(prev.score).toBeGreaterThanOrEqual(next.score);
          if (prev && next) expect(prev.eligible || !next.eligible).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
