// Random workers, offers and reference knowledge for property tests of matching and of its indexes.
import fc from "fast-check";
import { AUTHORISATION_TYPES, CERTIFICATE_KINDS, LANGUAGE_LEVELS, PAY_UNITS, SECTORS } from "../reference/codes.js";
import { isoDateOf } from "./iso-days.js";
import type { GeoPoint, MatchContext, MatchOffer, MatchWorker, OccupationSkills, OffersMatchContext } from "./match-inputs.js";
import { CROP_WORKER, FISHER, FRUIT_PICKER, HARVEST, iscoOf, LADDER, OLIVE_PICKER, PRUNE, TRACTOR } from "./test-fixtures.js";

const FIRST_DAY = 20089; // 2025-01-01
export const SKILLS = [PRUNE, HARVEST, LADDER, TRACTOR];
export const OCCUPATIONS = [OLIVE_PICKER, FRUIT_PICKER, CROP_WORKER, FISHER];
const LANGUAGES = ["el", "en", "ar", "es"] as const;
const CERTIFICATES = CERTIFICATE_KINDS.slice(0, 4);

const day = fc.integer({ min: 0, max: 500 }).map((n) => isoDateOf(FIRST_DAY + n));
const dateRange = fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
/** Southern Europe, where the centres are. */
export const point: fc.Arbitrary<GeoPoint> = fc.record({
  lat: fc.double({ min: 34, max: 52, noNaN: true }),
  lon: fc.double({ min: -10, max: 35, noNaN: true }),
});

export const workerArb: fc.Arbitrary<MatchWorker> = fc.record({
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

export const offerArb: fc.Arbitrary<MatchOffer> = fc
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

export const contextArb: fc.Arbitrary<MatchContext> = fc
  .record(
    {
      occupationSkills: fc.record({ essential: fc.subarray(SKILLS), optional: fc.subarray(SKILLS) }),
    },
    { requiredKeys: [] },
  )
  .map((c) => ({ ...c, iscoOf }));

/** Half the pairs have every hard rule met, so that the soft criteria are exercised as often as the exclusions. */
export const pairArb: fc.Arbitrary<[MatchWorker, MatchOffer]> = fc
  .tuple(workerArb, offerArb, fc.boolean())
  .map(([w, o, qualify]) => [qualify ? meetingHardRules(w, o) : w, o]);

export function meetingHardRules(w: MatchWorker, o: MatchOffer): MatchWorker {
  return {
    ...w,
    authorisations: [...w.authorisations, { type: "eu_citizen", validFrom: "2000-01-01", validUntil: null, workAllowed: true }],
    availability: [...w.availability, { start: o.startDate, end: o.startDate }],
    certificates: [...w.certificates, ...o.requiredCertificates.map((kind) => ({ kind, issuedOn: null, expiresOn: null, verified: true }))],
    drivingLicence: true,
  };
}

/** ESCO's skills for some of the test occupations, as the server passes them for ranking offers of many occupations. */
export const offersContextArb: fc.Arbitrary<OffersMatchContext> = fc
  .array(fc.record({ essential: fc.subarray(SKILLS), optional: fc.subarray(SKILLS) }), {
    minLength: OCCUPATIONS.length,
    maxLength: OCCUPATIONS.length,
  })
  .chain((lists) =>
    fc.subarray(OCCUPATIONS).map((known) => {
      const skillsOf = new Map<string, OccupationSkills>(known.map((uri) => [uri, lists[OCCUPATIONS.indexOf(uri)] as OccupationSkills]));
      return { occupationSkillsOf: (uri: string) => skillsOf.get(uri), iscoOf };
    }),
  );
