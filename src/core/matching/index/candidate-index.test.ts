import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MatchOffer, MatchWorker, OffersMatchContext } from "../match-inputs.js";
import type { MatchResult } from "../match-result.js";
import { offerMatchContext, rankCandidates, rankOffers } from "../rank.js";
import { scoreMatch } from "../score.js";
import { meetingHardRules, offerArb, offersContextArb, workerArb } from "../test-arbitraries.js";
import { ATHENS, anOffer, aWorker, HARVEST, iscoOf, KALAMATA, OLIVE_PICKER, SPARTA, THESSALONIKI } from "../test-fixtures.js";
import { CandidateIndex, type SearchOptions } from "./candidate-index.js";
import { WorkerValues } from "./worker-values.js";

const CENTRES = ["centre-a", "centre-b", "centre-c"];

interface Tagged<T> {
  readonly entity: T;
  readonly centreId: string;
}

/** Workers often share a place (a region's centroid), as they do in the product; some have their own or none. */
const placedWorkerArb = fc
  .tuple(workerArb, fc.option(fc.constantFrom(KALAMATA, SPARTA, ATHENS, THESSALONIKI), { nil: null }), fc.boolean())
  .map(([w, place, shared]) => (shared ? { ...w, location: place } : w));

const centreArb = fc.constantFrom(...CENTRES);

/** A pool of workers and offers with distinct ids; many workers meet an offer's hard rules so that scores matter. */
const poolArb = fc
  .tuple(
    fc.array(fc.tuple(placedWorkerArb, centreArb, fc.nat()), { maxLength: 40 }),
    fc.array(fc.tuple(offerArb, centreArb), { minLength: 1, maxLength: 5 }),
  )
  .map(([workerRows, offerRows]) => {
    const offers = offerRows.map(([o, centreId], i) => ({ entity: { ...o, id: `offer-${i}` }, centreId }));
    const workers = workerRows.map(([w, centreId, pick], i) => {
      const target = offers[pick % offers.length]?.entity as MatchOffer;
      const worker = pick % 3 === 0 ? w : meetingHardRules(w, target);
      return { entity: { ...worker, id: `worker-${String(i).padStart(3, "0")}` }, centreId };
    });
    return { workers, offers };
  });

const searchArb: fc.Arbitrary<SearchOptions> = fc.record({
  k: fc.integer({ min: 0, max: 12 }),
  centreIds: fc.option(fc.subarray(CENTRES), { nil: undefined }),
  minScore: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
});

function indexOf(context: OffersMatchContext, workers: readonly Tagged<MatchWorker>[], offers: readonly Tagged<MatchOffer>[]) {
  const index = new CandidateIndex(context);
  for (const w of workers) index.upsertWorker(w.entity, { centreId: w.centreId });
  for (const o of offers) index.upsertOffer(o.entity, { centreId: o.centreId });
  return index;
}

function inCentres<T>(tagged: readonly Tagged<T>[], centreIds?: readonly string[]): T[] {
  return tagged.filter((t) => !centreIds || centreIds.includes(t.centreId)).map((t) => t.entity);
}

function atLeast(results: MatchResult[], minScore = 0): MatchResult[] {
  return results.filter((r) => r.score >= minScore);
}

/** What the first version returns for the same search: the brute-force truth the index must equal. */
function bruteCandidates(context: OffersMatchContext, workers: readonly Tagged<MatchWorker>[], offer: MatchOffer, search: SearchOptions) {
  return atLeast(
    rankCandidates(offer, inCentres(workers, search.centreIds), offerMatchContext(offer, context), { limit: search.k }),
    search.minScore,
  );
}

function bruteOffers(context: OffersMatchContext, offers: readonly Tagged<MatchOffer>[], worker: MatchWorker, search: SearchOptions) {
  return atLeast(rankOffers(worker, inCentres(offers, search.centreIds), context, { limit: search.k }), search.minScore);
}

function expectSameAsBruteForce(
  index: CandidateIndex,
  context: OffersMatchContext,
  workers: readonly Tagged<MatchWorker>[],
  offers: readonly Tagged<MatchOffer>[],
  search: SearchOptions,
) {
  for (const { entity: offer } of offers) {
    expect(index.topCandidates(offer.id, search)).toEqual(bruteCandidates(context, workers, offer, search));
    const minScore = search.minScore ?? 0;
    const eligible = index.eligibleAbove(offer.id, minScore, search.centreIds);
    const found = [...eligible.slots].map((slot, i) => [index.workerIdAt(slot), eligible.scores[i]]);
    const expected = inCentres(workers, search.centreIds)
      .map((w) => scoreMatch(w, offer, offerMatchContext(offer, context)))
      .filter((r) => r.eligible && r.score >= minScore)
      .map((r) => [r.workerId, r.score]);
    expect(found.sort()).toEqual(expected.sort());
  }
  for (const { entity: worker } of workers) {
    expect(index.topOffers(worker.id, search)).toEqual(bruteOffers(context, offers, worker, search));
  }
}

describe("searching the candidate index", () => {
  it("gives what ranking every worker or offer gives: same results, scores, order and reasons", () => {
    fc.assert(
      fc.property(poolArb, offersContextArb, searchArb, ({ workers, offers }, context, search) => {
        expectSameAsBruteForce(indexOf(context, workers, offers), context, workers, offers, search);
      }),
      { numRuns: 150 },
    );
  });

  it("finds nothing for an offer or a worker it does not hold", () => {
    const index = new CandidateIndex({});
    expect(index.topCandidates("no-such-offer", { k: 5 })).toEqual([]);
    expect(index.topOffers("no-such-worker", { k: 5 })).toEqual([]);
    expect(index.eligibleAbove("no-such-offer", 0).slots).toHaveLength(0);
  });
});

type Change =
  | { kind: "upsertWorker"; pick: number; worker: MatchWorker; centreId: string }
  | { kind: "removeWorker"; pick: number }
  | { kind: "upsertOffer"; pick: number; offer: MatchOffer; centreId: string }
  | { kind: "removeOffer"; pick: number };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant("upsertWorker" as const), pick: fc.nat(), worker: placedWorkerArb, centreId: centreArb }),
  fc.record({ kind: fc.constant("removeWorker" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("upsertOffer" as const), pick: fc.nat(), offer: offerArb, centreId: centreArb }),
  fc.record({ kind: fc.constant("removeOffer" as const), pick: fc.nat() }),
);

/** Applies a change to the index and to the list of what it should hold; an upsert may add or replace. */
function apply(index: CandidateIndex, state: { workers: Tagged<MatchWorker>[]; offers: Tagged<MatchOffer>[] }, change: Change) {
  const idOf = (prefix: string, pick: number) => `${prefix}-${String(pick % 50).padStart(3, "0")}`;
  switch (change.kind) {
    case "upsertWorker": {
      const target = state.offers[change.pick % Math.max(1, state.offers.length)]?.entity;
      const worker = {
        ...(target && change.pick % 2 === 0 ? meetingHardRules(change.worker, target) : change.worker),
        id: idOf("worker", change.pick),
      };
      state.workers = [...state.workers.filter((w) => w.entity.id !== worker.id), { entity: worker, centreId: change.centreId }];
      index.upsertWorker(worker, { centreId: change.centreId });
      return;
    }
    case "removeWorker": {
      const id = state.workers[change.pick % Math.max(1, state.workers.length)]?.entity.id ?? idOf("worker", change.pick);
      state.workers = state.workers.filter((w) => w.entity.id !== id);
      index.removeWorker(id);
      return;
    }
    case "upsertOffer": {
      const offer = { ...change.offer, id: idOf("offer", change.pick % 6) };
      state.offers = [...state.offers.filter((o) => o.entity.id !== offer.id), { entity: offer, centreId: change.centreId }];
      index.upsertOffer(offer, { centreId: change.centreId });
      return;
    }
    case "removeOffer": {
      const id = state.offers[change.pick % Math.max(1, state.offers.length)]?.entity.id ?? idOf("offer", change.pick);
      state.offers = state.offers.filter((o) => o.entity.id !== id);
      index.removeOffer(id);
    }
  }
}

describe("updating the candidate index", () => {
  it("after any sequence of additions, changes and removals, searches equal those of an index built afresh and brute force", () => {
    fc.assert(
      fc.property(
        poolArb,
        offersContextArb,
        fc.array(changeArb, { maxLength: 40 }),
        searchArb,
        ({ workers, offers }, context, changes, search) => {
          const index = indexOf(context, workers, offers);
          // Searching first makes the index's period bitsets, which the changes must then keep up to date.
          for (const { entity: offer } of offers) index.bestWorkers(offer.id, search);
          const state = { workers: [...workers], offers: [...offers] };
          for (const change of changes) apply(index, state, change);
          expect(index.workerCount).toBe(state.workers.length);
          expect(index.offerCount).toBe(state.offers.length);
          expectSameAsBruteForce(index, context, state.workers, state.offers, search);
          const rebuilt = indexOf(context, state.workers, state.offers);
          for (const { entity: offer } of state.offers)
            expect(index.topCandidates(offer.id, search)).toEqual(rebuilt.topCandidates(offer.id, search));
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** Whole-number values by index slot, from values by worker id (+Infinity for a free slot). */
function valuesBySlot(index: CandidateIndex, valueOfWorker: (workerId: string) => number): Float64Array {
  return Float64Array.from({ length: index.workerSlotExtent }, (_, slot) => {
    const id = index.workerIdAt(slot);
    return id === undefined ? Number.POSITIVE_INFINITY : valueOfWorker(id);
  });
}

/** Pricing by brute force: the eligible workers scoring at least minScore and more than value + price, most gain first. */
function bruteGaining(
  context: OffersMatchContext,
  workers: readonly Tagged<MatchWorker>[],
  offer: MatchOffer,
  valueOfWorker: (workerId: string) => number,
  price: number,
  search: SearchOptions,
) {
  const gain = (r: MatchResult) => r.score - valueOfWorker(r.workerId) - price;
  return inCentres(workers, search.centreIds)
    .map((w) => scoreMatch(w, offer, offerMatchContext(offer, context)))
    .filter((r) => r.eligible && r.score >= (search.minScore ?? 0) && gain(r) > 0)
    .sort((a, b) => gain(b) - gain(a) || (a.workerId < b.workerId ? -1 : 1))
    .slice(0, search.k)
    .map((r) => [r.workerId, r.score]);
}

function gainingFound(index: CandidateIndex, { slots, scores }: { slots: Int32Array; scores: Int32Array }) {
  return [...slots].map((slot, i) => [index.workerIdAt(slot), scores[i]]);
}

describe("pricing with the candidate index", () => {
  /** Per worker, how far their value sits from their score in the offer minus a price: most near 0, where gains turn. */
  const shiftsArb = fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 40, maxLength: 40 });
  const numberOf = (id: string) => Number(id.slice("worker-".length));

  /** Values on the edge of gaining in the offer at the price: the worker's score − price − shift, at least 0. */
  function edgeValues(
    context: OffersMatchContext,
    workers: readonly Tagged<MatchWorker>[],
    offer: MatchOffer,
    price: number,
    shifts: number[],
  ) {
    const scores = new Map(workers.map((w) => [w.entity.id, scoreMatch(w.entity, offer, offerMatchContext(offer, context)).score]));
    return (id: string) => Math.max(0, (scores.get(id) ?? 0) - price - (shifts[numberOf(id) % shifts.length] as number));
  }

  it("finds the workers whose score exceeds their value plus the price, most gain first, as brute force does", () => {
    fc.assert(
      fc.property(
        poolArb,
        offersContextArb,
        shiftsArb,
        fc.integer({ min: 0, max: 60 }),
        searchArb,
        ({ workers, offers }, context, shifts, price, search) => {
          const index = indexOf(context, workers, offers);
          for (const { entity: offer } of offers) {
            const valueOfWorker = edgeValues(context, workers, offer, price, shifts);
            const worth = new WorkerValues(valuesBySlot(index, valueOfWorker), 100);
            expect(gainingFound(index, index.workersGaining(offer.id, worth, price, search))).toEqual(
              bruteGaining(context, workers, offer, valueOfWorker, price, search),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("with the price's fall since an earlier pricing no worker gained in, looks only at workers whose value rose by less, and finds the same", () => {
    fc.assert(
      fc.property(
        poolArb,
        offersContextArb,
        shiftsArb,
        shiftsArb,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        searchArb,
        ({ workers, offers }, context, before, now, earlierPrice, price, search) => {
          const index = indexOf(context, workers, offers);
          const offer = (offers[0] as Tagged<MatchOffer>).entity;
          // Under the earlier values no worker gained: each was valued at least their score minus the earlier price.
          const earlier = edgeValues(
            context,
            workers,
            offer,
            earlierPrice,
            before.map((shift) => Math.min(0, shift)),
          );
          const valueOfWorker = edgeValues(context, workers, offer, price, now);
          const worth = new WorkerValues(valuesBySlot(index, valueOfWorker), 100, valuesBySlot(index, earlier));
          const found = index.workersGaining(offer.id, worth, price, { ...search, riseBelow: earlierPrice - price });
          expect(gainingFound(index, found)).toEqual(bruteGaining(context, workers, offer, valueOfWorker, price, search));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("finds a worker who scores their class's best and gains a single point", () => {
    const ideal = aWorker({
      occupations: [{ occupationUri: OLIVE_PICKER, yearsExperience: 3, informal: false }],
      skills: [{ skillUri: HARVEST, level: "advanced", verified: true }],
      languages: [{ language: "el", level: "B2" }],
    });
    const offer = anOffer({ requiredSkills: [HARVEST], requiredLanguages: [{ language: "el", level: "B1" }], minYearsExperience: 2 });
    const index = new CandidateIndex({ iscoOf });
    index.upsertWorker(ideal, { centreId: "centre-a" });
    index.upsertOffer(offer, { centreId: "centre-a" });
    const valued = (value: number) =>
      new WorkerValues(
        valuesBySlot(index, () => value),
        100,
      );
    expect(gainingFound(index, index.workersGaining(offer.id, valued(100 - 30 - 1), 30, { k: 5 }))).toEqual([[ideal.id, 100]]);
    expect(index.workersGaining(offer.id, valued(100 - 30), 30, { k: 5 }).slots).toHaveLength(0);
  });
});
