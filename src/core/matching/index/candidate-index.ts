import { experienceCredit, noExperienceCredit, type Relation } from "../experience.js";
import type { GeoPoint, MatchOffer, MatchWorker, OffersMatchContext } from "../match-inputs.js";
import type { MatchResult } from "../match-result.js";
import { offerMatchContext } from "../rank.js";
import { scoreMatch } from "../score.js";
import { skillsCredit } from "../skills.js";
import { criterionPoints } from "../weights.js";
import { FeatureSpace, type OfferDemand, type WorkerFeatures } from "./features.js";
import { Interner } from "./interner.js";
import { distancePoints, pairScore } from "./pair-score.js";
import { PostingLists } from "./posting-lists.js";
import { grown, SlotTable } from "./slot-table.js";
import { TopK } from "./top-k.js";
import { type HardRuleDemand, hardRuleDemand, WorkerColumns } from "./worker-columns.js";

export interface SearchOptions {
  /** How many results at most. */
  readonly k: number;
  /** Only workers (or offers) of these centres; all when absent. */
  readonly centreIds?: readonly string[];
  /** Only eligible matches scoring at least this. */
  readonly minScore?: number;
}

/** Every eligible worker scoring at least a minimum, as parallel arrays: worker slots (see workerIdAt) and scores. */
export interface EligibleWorkers {
  readonly slots: Int32Array;
  readonly scores: Int32Array;
}

export interface IndexTags {
  readonly centreId: string;
}

const MAX_SCORE = 100;

/** Takes a worker a search found, with their exact score. */
type Visit = (slot: number, score: number) => void;

/** Upper bounds of the score by kind of list, without the distance points (see listBounds). */
type ListBounds = ReturnType<typeof listBounds>;

/** One number for an occupation (or ISCO group) and a skill, both numbered from 0 and far below 2^26. */
function withSkill(key: number, skill: number): number {
  return key * 2 ** 26 + skill;
}
/** The single key of the lists that hold every worker, by place. */
const EVERY_WORKER = 0;

/**
 * Workers and offers held in memory for ranking, updated one entity at a time. A search returns exactly what
 * rankCandidates / rankOffers return over the same entities (same scores, order and reasons), but reads few workers:
 * workers are listed by occupation, ISCO unit and minor group, required skill, certificate held and place, each
 * list has an upper bound on the score of its workers for the offer, and lists are read best bound first until no
 * unread list can beat the k-th result. A worker read is judged from typed-array columns (hard rules, then a bound
 * of their own score) before the exact pairScore. Reasons are built with scoreMatch for the results only.
 */
export class CandidateIndex {
  readonly #space: FeatureSpace;
  readonly #centres = new Interner();

  readonly #workers = new SlotTable();
  readonly #workerInputs: (MatchWorker | undefined)[] = [];
  readonly #workerFeatures: (WorkerFeatures | undefined)[] = [];
  #workerCentre = new Int32Array(0);
  #workerPlace = new Int32Array(0);
  /** Search number that last read the worker, so a worker in several lists is scored once per search. */
  #visited = new Uint32Array(0);
  #search = 0;
  readonly #columns = new WorkerColumns();
  /** Reused by every search: lists (or slots) by the bound of their score, from 0 to MAX_SCORE. */
  readonly #listBuckets: (readonly number[])[][] = Array.from({ length: MAX_SCORE + 1 }, () => []);
  readonly #slotBuckets: number[][] = Array.from({ length: MAX_SCORE + 1 }, () => []);

  /** Places of workers: a location and whether the worker relocates, which together decide the distance points. */
  readonly #places = new Interner();
  readonly #placeLocation: (GeoPoint | null)[] = [];
  readonly #placeRelocates: boolean[] = [];
  #placeSearch = new Uint32Array(0);
  #placePoints = new Uint8Array(0);

  readonly #byOccupation = new PostingLists();
  readonly #byUnitGroup = new PostingLists();
  readonly #byMinorGroup = new PostingLists();
  readonly #bySkill = new PostingLists();
  /** Workers by a skill they hold and an occupation they practise (or its ISCO unit group), both together. */
  readonly #byOccupationSkill = new PostingLists();
  readonly #byUnitGroupSkill = new PostingLists();
  readonly #byPlace = new PostingLists();
  /** Workers by the certificate kinds they hold (valid or not). */
  readonly #byCertificate = new PostingLists();

  readonly #offers = new SlotTable();
  readonly #offerInputs: (MatchOffer | undefined)[] = [];
  readonly #offerDemands: (OfferDemand | undefined)[] = [];
  readonly #offerRules: (HardRuleDemand | undefined)[] = [];
  #offerCentre = new Int32Array(0);

  constructor(private readonly context: OffersMatchContext) {
    this.#space = new FeatureSpace(context);
  }

  get workerCount(): number {
    return this.#workers.count;
  }

  get offerCount(): number {
    return this.#offers.count;
  }

  /** Worker slots run from 0 to this (free ones included): the length of arrays indexed by slot. */
  get workerSlotExtent(): number {
    return this.#workers.extent;
  }

  workerIdAt(slot: number): string | undefined {
    return this.#workers.idAt(slot);
  }

  workerSlotOf(workerId: string): number | undefined {
    return this.#workers.slotOf(workerId);
  }

  /** Adds the worker, or replaces what the index knew of them: only their own lists change. */
  upsertWorker(worker: MatchWorker, tags: IndexTags): void {
    this.removeWorker(worker.id);
    const slot = this.#workers.claim(worker.id);
    const features = this.#space.worker(worker);
    const extent = this.#workers.extent;
    this.#workerCentre = grown(this.#workerCentre, extent);
    this.#workerPlace = grown(this.#workerPlace, extent);
    this.#visited = grown(this.#visited, extent);
    this.#visited[slot] = 0;
    this.#workerInputs[slot] = worker;
    this.#workerFeatures[slot] = features;
    this.#workerCentre[slot] = this.#centres.idOf(tags.centreId);
    this.#workerPlace[slot] = this.#placeOf(features.location, features.relocates);
    this.#columns.set(slot, extent, features);
    this.#listWorker(slot, features, "add");
  }

  removeWorker(workerId: string): void {
    const slot = this.#workers.slotOf(workerId);
    const features = slot === undefined ? undefined : this.#workerFeatures[slot];
    if (slot === undefined || !features) return;
    this.#listWorker(slot, features, "remove");
    this.#workerInputs[slot] = undefined;
    this.#workerFeatures[slot] = undefined;
    this.#workers.release(workerId);
  }

  upsertOffer(offer: MatchOffer, tags: IndexTags): void {
    const slot = this.#offers.claim(offer.id);
    this.#offerCentre = grown(this.#offerCentre, this.#offers.extent);
    this.#offerInputs[slot] = offer;
    const demand = this.#space.offer(offer);
    this.#offerDemands[slot] = demand;
    this.#offerRules[slot] = hardRuleDemand(demand);
    this.#offerCentre[slot] = this.#centres.idOf(tags.centreId);
  }

  removeOffer(offerId: string): void {
    const slot = this.#offers.release(offerId);
    if (slot === undefined) return;
    this.#offerInputs[slot] = undefined;
    this.#offerDemands[slot] = undefined;
    this.#offerRules[slot] = undefined;
  }

  /** The best eligible workers for the offer: rankCandidates(offer, those workers, …, { limit: k }), same reasons. */
  topCandidates(offerId: string, options: SearchOptions): MatchResult[] {
    const slot = this.#offers.slotOf(offerId);
    const offer = slot === undefined ? undefined : this.#offerInputs[slot];
    if (!offer) return [];
    const context = offerMatchContext(offer, this.context);
    return Array.from(this.bestWorkers(offerId, options).slots, (s) => scoreMatch(this.#workerInputs[s] as MatchWorker, offer, context));
  }

  /** topCandidates without the reasons: the best workers' slots (see workerIdAt) and scores, best first. */
  bestWorkers(offerId: string, options: SearchOptions): EligibleWorkers {
    const slot = this.#offers.slotOf(offerId);
    const demand = slot === undefined ? undefined : this.#offerDemands[slot];
    const top = new TopK(Math.max(0, Math.floor(options.k)), (s) => this.#workers.idAt(s) ?? "");
    if (demand) {
      const minScore = options.minScore ?? 0;
      this.#searchWorkers(
        slot as number,
        demand,
        this.#centreMask(options.centreIds),
        () => Math.max(minScore, top.threshold),
        (s, score) => top.push(s, score),
      );
    }
    const best = top.sorted();
    return { slots: Int32Array.from(best, (b) => b.slot), scores: Int32Array.from(best, (b) => b.score) };
  }

  /** Every eligible worker scoring at least `minScore` for the offer, in no particular order (for the allocation's arcs). */
  eligibleAbove(offerId: string, minScore: number, centreIds?: readonly string[]): EligibleWorkers {
    const slot = this.#offers.slotOf(offerId);
    const demand = slot === undefined ? undefined : this.#offerDemands[slot];
    const slots: number[] = [];
    const scores: number[] = [];
    if (demand) {
      this.#searchWorkers(
        slot as number,
        demand,
        this.#centreMask(centreIds),
        () => minScore,
        (s, score) => {
          slots.push(s);
          scores.push(score);
        },
      );
    }
    return { slots: Int32Array.from(slots), scores: Int32Array.from(scores) };
  }

  /** The best eligible offers for the worker: rankOffers(worker, those offers, context, { limit: k }), same reasons. */
  topOffers(workerId: string, options: SearchOptions): MatchResult[] {
    const slot = this.#workers.slotOf(workerId);
    const worker = slot === undefined ? undefined : this.#workerInputs[slot];
    const features = slot === undefined ? undefined : this.#workerFeatures[slot];
    if (!worker || !features) return [];
    const minScore = options.minScore ?? 0;
    const mask = this.#centreMask(options.centreIds);
    const top = new TopK(Math.max(0, Math.floor(options.k)), (s) => this.#offers.idAt(s) ?? "");
    for (let s = 0; s < this.#offers.extent; s++) {
      const demand = this.#offerDemands[s];
      if (!demand || (mask && mask[this.#offerCentre[s] as number] !== 1)) continue;
      const score = pairScore(features, demand, distancePoints(features.location, features.relocates, demand));
      if (score >= minScore) top.push(s, score);
    }
    return top
      .sorted()
      .map(({ slot: s }) =>
        scoreMatch(worker, this.#offerInputs[s] as MatchOffer, offerMatchContext(this.#offerInputs[s] as MatchOffer, this.context)),
      );
  }

  /**
   * Finds every eligible worker who may score at least `floor()` (the floor may rise as `visit` collects them),
   * each read at most once, and visits them with their exact score. Every worker read first passes the hard-rule
   * columns (a few comparisons), then cheap bounds of their own, before pairScore. An offer requiring a certificate
   * has few eligible workers, all among the holders of that certificate: they are read all, bucketed by their own
   * bound. Any other offer reads the lists best bound first (see #searchLists).
   */
  #searchWorkers(offerSlot: number, demand: OfferDemand, mask: Uint8Array | null, floor: () => number, visit: Visit): void {
    this.#search += 1;
    const rule = this.#offerRules[offerSlot] as HardRuleDemand;
    const holders = this.#rarestCertificate(demand);
    if (holders) this.#searchHolders(holders, demand, rule, mask, floor, visit);
    else this.#searchLists(demand, rule, listBounds(demand), mask, floor, visit);
  }

  /**
   * Reads the lists that can hold a worker scoring at least `floor()`, best bound first, and stops when no unread
   * list can beat it. Correct because every worker is in a list whose bound is at least their score. The required
   * skills split the workers: one holding any is in that skill's list, and in the list of the skill and the offer's
   * occupation (or its ISCO unit group) if they practise it; one holding none earns few skills points and is in the
   * lists of the offer's occupation or ISCO groups (bounded by that relation), or else in the lists of everyone.
   */
  #searchLists(
    demand: OfferDemand,
    rule: HardRuleDemand,
    bounds: ListBounds,
    mask: Uint8Array | null,
    floor: () => number,
    visit: Visit,
  ): void {
    const search = this.#search;
    const buckets = this.#listBuckets;
    for (const bucket of buckets) bucket.length = 0;
    const addLists = (lists: PostingLists, key: number | null, bound: number) => {
      const places = key === null ? undefined : lists.placesOf(key);
      if (!places) return;
      for (const [place, slots] of places) buckets[Math.min(MAX_SCORE, bound + this.#pointsAt(place, demand, search))]?.push(slots);
    };
    const { occupation, unitGroup } = demand.occupation;
    for (const skill of demand.requiredSkills) {
      addLists(this.#byOccupationSkill, withSkill(occupation, skill), bounds.sameOccupation);
      if (unitGroup !== null) addLists(this.#byUnitGroupSkill, withSkill(unitGroup, skill), bounds.sameUnitGroup);
      addLists(this.#bySkill, skill, bounds.sameMinorGroup);
    }
    addLists(this.#byOccupation, demand.occupation.occupation, bounds.sameOccupationUnskilled);
    addLists(this.#byUnitGroup, demand.occupation.unitGroup, bounds.sameUnitGroupUnskilled);
    addLists(this.#byMinorGroup, demand.occupation.minorGroup, bounds.sameMinorGroupUnskilled);
    addLists(this.#byPlace, EVERY_WORKER, bounds.rest);

    const visited = this.#visited;
    for (let bound = MAX_SCORE; bound >= 0 && bound >= floor(); bound--) {
      for (const slots of buckets[bound] as (readonly number[])[]) {
        for (let i = 0; i < slots.length; i++) {
          const slot = slots[i] as number;
          if (visited[slot] === search) continue;
          visited[slot] = search;
          if (mask && mask[this.#workerCentre[slot] as number] !== 1) continue;
          const distance = this.#pointsAt(this.#workerPlace[slot] as number, demand, search);
          if (this.#columns.bound(slot, rule, demand, bound, distance, floor()) < floor()) continue;
          const score = pairScore(this.#workerFeatures[slot] as WorkerFeatures, demand, distance);
          if (score >= 0 && score >= floor()) visit(slot, score);
        }
      }
    }
  }

  /**
   * Reads every holder of a certificate the offer requires (each list holds a worker once): those passing the
   * hard-rule columns are bucketed by their own bound, then scored best bound first until no bucket can beat the floor.
   */
  #searchHolders(
    holders: ReadonlyMap<number, readonly number[]>,
    demand: OfferDemand,
    rule: HardRuleDemand,
    mask: Uint8Array | null,
    floor: () => number,
    visit: Visit,
  ): void {
    const search = this.#search;
    const buckets = this.#slotBuckets;
    for (const bucket of buckets) bucket.length = 0;
    const least = floor();
    for (const slots of holders.values()) {
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i] as number;
        if (mask && mask[this.#workerCentre[slot] as number] !== 1) continue;
        const distance = this.#pointsAt(this.#workerPlace[slot] as number, demand, search);
        const bounded = this.#columns.bound(slot, rule, demand, MAX_SCORE, distance, least);
        if (bounded >= least) buckets[bounded]?.push(slot);
      }
    }
    for (let bound = MAX_SCORE; bound >= 0 && bound >= floor(); bound--) {
      for (const slot of buckets[bound] as number[]) {
        const score = pairScore(
          this.#workerFeatures[slot] as WorkerFeatures,
          demand,
          this.#pointsAt(this.#workerPlace[slot] as number, demand, search),
        );
        if (score >= 0 && score >= floor()) visit(slot, score);
      }
    }
  }

  /** The holders of the required certificate held by the fewest workers, by place; none if no certificate is required. */
  #rarestCertificate(demand: OfferDemand): ReadonlyMap<number, readonly number[]> | undefined {
    let rarest: ReadonlyMap<number, readonly number[]> | undefined;
    let fewest = Infinity;
    for (const kind of demand.certificateKinds) {
      const holders = this.#byCertificate.placesOf(kind);
      if (!holders) return new Map();
      let count = 0;
      for (const slots of holders.values()) count += slots.length;
      if (count < fewest) {
        fewest = count;
        rarest = holders;
      }
    }
    return rarest;
  }

  /** The distance points of a place for the offer of the current search, worked out once per place. */
  #pointsAt(place: number, demand: OfferDemand, search: number): number {
    if (this.#placeSearch[place] !== search) {
      this.#placeSearch[place] = search;
      this.#placePoints[place] = distancePoints(this.#placeLocation[place] ?? null, this.#placeRelocates[place] ?? false, demand);
    }
    return this.#placePoints[place] as number;
  }

  #placeOf(location: GeoPoint | null, relocates: boolean): number {
    const place = this.#places.idOf(`${relocates ? "r" : "s"}:${location ? `${location.lat},${location.lon}` : "?"}`);
    if (place === this.#placeLocation.length) {
      this.#placeLocation.push(location);
      this.#placeRelocates.push(relocates);
      this.#placeSearch = grown(this.#placeSearch, place + 1);
      this.#placePoints = grown(this.#placePoints, place + 1);
    }
    return place;
  }

  #listWorker(slot: number, f: WorkerFeatures, change: "add" | "remove"): void {
    const place = this.#workerPlace[slot] as number;
    const apply = (lists: PostingLists, keys: Iterable<number | null>) => {
      for (const key of new Set(keys)) if (key !== null) lists[change](key, place, slot);
    };
    apply(
      this.#byOccupation,
      f.occupations.map((o) => o.occupation),
    );
    apply(
      this.#byUnitGroup,
      f.occupations.map((o) => o.unitGroup),
    );
    apply(
      this.#byMinorGroup,
      f.occupations.map((o) => o.minorGroup),
    );
    apply(this.#bySkill, f.skillIds);
    apply(
      this.#byOccupationSkill,
      f.occupations.flatMap((o) => f.skillIds.map((skill) => withSkill(o.occupation, skill))),
    );
    apply(
      this.#byUnitGroupSkill,
      f.occupations.flatMap((o) => (o.unitGroup === null ? [] : f.skillIds.map((skill) => withSkill(o.unitGroup as number, skill)))),
    );
    apply(this.#byPlace, [EVERY_WORKER]);
    apply(
      this.#byCertificate,
      f.certificates.filter((_, i) => i % 3 === 0),
    );
  }

  #centreMask(centreIds: readonly string[] | undefined): Uint8Array | null {
    if (centreIds === undefined) return null;
    const mask = new Uint8Array(this.#centres.size);
    for (const id of centreIds) {
      const centre = this.#centres.find(id);
      if (centre >= 0) mask[centre] = 1;
    }
    return mask;
  }
}

/**
 * Upper bounds, without the distance points, of the score of the workers in each kind of list. Each is made of
 * the criteria's own credits at their best, so it moves with the weights and credits.
 */
function listBounds(demand: OfferDemand) {
  const years = demand.minYearsExperience;
  const others = criterionPoints("availability", 1) + criterionPoints("language", 1) + criterionPoints("preferences", 1);
  const skilled = criterionPoints("skills", 1);
  // Holding no required skill (or none asked): at best all of ESCO's other skills of the occupation.
  const unskilled = criterionPoints(
    "skills",
    Math.min(1, skillsCredit(0, demand.requiredSkills.length, demand.occupationAvailable, demand.occupationAvailable)),
  );
  const experience = (relation: Relation | null) =>
    criterionPoints("experience", relation === null ? noExperienceCredit(years) : experienceCredit(relation, years, years));
  return {
    sameOccupation: others + skilled + experience("sameOccupation"),
    sameUnitGroup: others + skilled + experience("sameUnitGroup"),
    /** Neither the offer's occupation nor its unit group: at best its minor group. */
    sameMinorGroup: others + skilled + experience("sameMinorGroup"),
    sameOccupationUnskilled: others + unskilled + experience("sameOccupation"),
    sameUnitGroupUnskilled: others + unskilled + experience("sameUnitGroup"),
    sameMinorGroupUnskilled: others + unskilled + experience("sameMinorGroup"),
    rest: others + unskilled + experience(null),
  };
}
