import type { GeoPoint, MatchOffer, MatchWorker, OffersMatchContext } from "../match-inputs.js";
import type { MatchResult } from "../match-result.js";
import { offerMatchContext } from "../rank.js";
import { scoreMatch } from "../score.js";
import { VERIFIED_SKILL_CREDIT } from "../skills.js";
import { criterionPoints } from "../weights.js";
import { BitCounts } from "./bit-counts.js";
import { FeatureSpace, type OfferDemand, type WorkerFeatures } from "./features.js";
import { Interner } from "./interner.js";
import { LanguageBits, spokenLanguageKeys } from "./language-bits.js";
import { distancePoints, eligibleDays, pairScore, pointsBesideSkills, skillsPoints } from "./pair-score.js";
import { PeriodBitsets } from "./period-bitsets.js";
import { NO_RELATION, SearchBounds, type WorkerClass } from "./search-bounds.js";
import { andWords, SlotBitsets, WORD_BITS, wordsFor } from "./slot-bitsets.js";
import { grown, SlotTable } from "./slot-table.js";
import { TopK } from "./top-k.js";
import { type HardRuleDemand, hardRuleDemand, WorkerColumns } from "./worker-columns.js";
import type { WorkerValues } from "./worker-values.js";

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
const MAX_LANGUAGE = criterionPoints("language", 1);
const MAX_SKILLS = criterionPoints("skills", 1);

/** What a search collects: every eligible worker scoring at least the floor, which may rise as they come. */
interface Collector {
  readonly floor: () => number;
  /** Whether the floor may rise: workers are then scored best bound first, so that it rises soon. */
  readonly rises: boolean;
  /** Whether a worker scoring `score` (or at most that much) would be taken: a tie may be settled by their id. */
  readonly admits: (slot: number, score: number) => boolean;
  /** Takes a worker found, with their exact score (one it admits). */
  readonly visit: (slot: number, score: number) => void;
  /** The only workers it may admit, as a bitset; all when absent. */
  readonly among?: Int32Array;
  /** The only workers it may admit from a class whose scores are at most `bound`, as a bitset; all when absent. */
  readonly narrow?: (bound: number) => Int32Array;
}

/** Places whose distance points an offer keeps (see #placePointsOf); NOT_YET marks points not worked out. */
const MAX_CACHED_PLACES = 4096;
const NOT_YET = 255;

/** The single key of the bitset of every worker held. */
const EVERY_WORKER = 0;

/**
 * Workers and offers held in memory for ranking, updated one entity at a time. A search returns exactly what
 * rankCandidates / rankOffers return over the same entities (same scores, order and reasons), but judges few
 * workers. Bitsets of worker slots by centre, certificate held, occupation, ISCO unit and minor group and skill
 * (held, held verified) are combined 32 workers at a time: the workers who may be eligible (holding the required
 * certificates, of the centres asked), how many of the offer's required skills each holds, how their occupations
 * relate to the offer's. Those split the workers into classes, each with an upper bound on the score of its
 * workers (SearchBounds); classes are opened best bound first, their workers bucketed by a bound of their own
 * (distance included), and buckets read best first until none can beat the k-th result. A worker read is judged
 * from typed-array columns (hard rules, then a bound of their own score) before the exact pairScore. Reasons are
 * built with scoreMatch for the results only.
 */
export class CandidateIndex {
  readonly #space: FeatureSpace;
  readonly #centres = new Interner();

  readonly #workers = new SlotTable();
  readonly #workerInputs: (MatchWorker | undefined)[] = [];
  readonly #workerFeatures: (WorkerFeatures | undefined)[] = [];
  #workerCentre = new Int32Array(0);
  #workerPlace = new Int32Array(0);
  readonly #columns = new WorkerColumns();
  readonly #periods = new PeriodBitsets(this.#columns);

  readonly #everyone = new SlotBitsets();
  readonly #byCentre = new SlotBitsets();
  /** Certificate kinds held (valid or not). */
  readonly #byCertificate = new SlotBitsets();
  readonly #byOccupation = new SlotBitsets();
  readonly #byUnitGroup = new SlotBitsets();
  readonly #byMinorGroup = new SlotBitsets();
  readonly #bySkill = new SlotBitsets();
  readonly #byVerifiedSkill = new SlotBitsets();
  /** Languages spoken, a bit for each level up to the worker's (see spokenLanguageKeys). */
  readonly #byLanguage = new SlotBitsets();

  /** Reused by every search: the workers who may be eligible, their required skills held (verified), slots by bound. */
  #within = new Int32Array(0);
  /** The words of #within holding any worker when few do (see #mayBeEligible), in #liveWordsBuffer; else undefined. */
  #liveWords: Int32Array | undefined;
  #liveWordsBuffer = new Int32Array(0);
  readonly #held = new BitCounts();
  readonly #verified = new BitCounts();
  /** Slots by bound as linked lists: the first slot of each bound, and the slot after each (-1 ends a list). */
  readonly #bucketHead = new Int32Array(MAX_SCORE + 1);
  #bucketNext = new Int32Array(0);
  /** The bound each bucketed slot was opened with (see #open), from which the columns bound it again. */
  #ownBound = new Uint8Array(0);

  /** Places of workers: a location and whether the worker relocates, which together decide the distance points. */
  readonly #places = new Interner();
  readonly #placeLocation: (GeoPoint | null)[] = [];
  readonly #placeRelocates: boolean[] = [];
  /** With more places than MAX_CACHED_PLACES: each place's distance points for the current search. */
  #searchPlacePoints = new Uint8Array(0);

  readonly #offers = new SlotTable();
  readonly #offerInputs: (MatchOffer | undefined)[] = [];
  readonly #offerDemands: (OfferDemand | undefined)[] = [];
  readonly #offerRules: (HardRuleDemand | undefined)[] = [];
  readonly #offerBounds: (SearchBounds | undefined)[] = [];
  /** Each place's distance points for the offer, NOT_YET where not worked out (see #placePointsOf). */
  readonly #offerPlacePoints: (Uint8Array | undefined)[] = [];
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

  /** Adds the worker, or replaces what the index knew of them: only their own bits change. */
  upsertWorker(worker: MatchWorker, tags: IndexTags): void {
    this.removeWorker(worker.id);
    const slot = this.#workers.claim(worker.id);
    const features = this.#space.worker(worker);
    const extent = this.#workers.extent;
    this.#workerCentre = grown(this.#workerCentre, extent);
    this.#workerPlace = grown(this.#workerPlace, extent);
    this.#workerInputs[slot] = worker;
    this.#workerFeatures[slot] = features;
    this.#workerCentre[slot] = this.#centres.idOf(tags.centreId);
    this.#workerPlace[slot] = this.#placeOf(features.location, features.relocates);
    this.#columns.set(slot, extent, features);
    this.#periods.add(slot, wordsFor(extent));
    this.#setBits(slot, features, "add");
  }

  removeWorker(workerId: string): void {
    const slot = this.#workers.slotOf(workerId);
    const features = slot === undefined ? undefined : this.#workerFeatures[slot];
    if (slot === undefined || !features) return;
    this.#setBits(slot, features, "remove");
    this.#periods.remove(slot);
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
    this.#offerBounds[slot] = new SearchBounds(demand);
    this.#offerPlacePoints[slot] = undefined;
    this.#offerCentre[slot] = this.#centres.idOf(tags.centreId);
    // The period's blocks are made now, not by the offer's first search.
    this.#periods.prepare(demand.period, wordsFor(this.#workers.extent), () => this.#workerSlots());
  }

  removeOffer(offerId: string): void {
    const slot = this.#offers.release(offerId);
    if (slot === undefined) return;
    this.#offerInputs[slot] = undefined;
    this.#offerDemands[slot] = undefined;
    this.#offerRules[slot] = undefined;
    this.#offerBounds[slot] = undefined;
    this.#offerPlacePoints[slot] = undefined;
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
    const top = new TopK(Math.max(0, Math.floor(options.k)), (a, b) => this.#workers.idBefore(a, b));
    if (demand) {
      const minScore = options.minScore ?? 0;
      this.#searchWorkers(slot as number, demand, options.centreIds, {
        floor: () => Math.max(minScore, top.threshold),
        rises: true,
        admits: (s, score) => score >= minScore && top.admits(s, score),
        visit: (s, score) => top.push(s, score),
      });
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
      this.#searchWorkers(slot as number, demand, centreIds, {
        floor: () => minScore,
        rises: false,
        admits: (_, score) => score >= minScore,
        visit: (s, score) => {
          slots.push(s);
          scores.push(score);
        },
      });
    }
    return { slots: Int32Array.from(slots), scores: Int32Array.from(scores) };
  }

  /**
   * Pricing an allocation's duals: the eligible workers scoring at least `minScore` whose score exceeds their value
   * plus `price` (score > values[slot] + price), at most `k` of them, those gaining most (score − value) first, ties
   * by worker id; their scores as in bestWorkers. The values' bitsets keep the classes' workers to those who could
   * gain, so workers with a good placement elsewhere are not judged.
   *
   * `riseBelow`, for an offer none of whose workers not yet taken gained more than g under the values' earlier
   * values and its earlier price p′ (see WorkerValues): p′ − price + g. A worker can gain now only if their value
   * rose by less than that (value + price < earlier value + p′ + g), so only those are searched: after a small
   * change of the duals, few or none.
   */
  workersGaining(offerId: string, values: WorkerValues, price: number, options: SearchOptions & { riseBelow?: number }): EligibleWorkers {
    const slot = this.#offers.slotOf(offerId);
    const demand = slot === undefined ? undefined : this.#offerDemands[slot];
    if (values.bySlot.length < this.#workers.extent) throw new RangeError("the values must cover every worker slot");
    const among = options.riseBelow === undefined ? undefined : values.roseLessThan(options.riseBelow);
    const value = values.bySlot;
    const top = new TopK(Math.max(0, Math.floor(options.k)), (a, b) => this.#workers.idBefore(a, b));
    if (demand && among !== null) {
      const minScore = options.minScore ?? 0;
      const gain = (s: number, score: number) => score - (value[s] as number) - price;
      this.#searchWorkers(slot as number, demand, options.centreIds, {
        // A newcomer must gain at least 1 and at least the k-th gain so far, and gains at most score − price.
        floor: () => Math.max(minScore, price + Math.max(1, top.threshold)),
        rises: true,
        admits: (s, score) => score >= minScore && gain(s, score) >= 1 && top.admits(s, gain(s, score)),
        visit: (s, score) => top.push(s, gain(s, score)),
        among,
        narrow: (bound) => values.below(bound - price),
      });
    }
    const best = top.sorted();
    return {
      slots: Int32Array.from(best, (b) => b.slot),
      scores: Int32Array.from(best, (b) => b.score + (value[b.slot] as number) + price),
    };
  }

  /** The best eligible offers for the worker: rankOffers(worker, those offers, context, { limit: k }), same reasons. */
  topOffers(workerId: string, options: SearchOptions): MatchResult[] {
    const slot = this.#workers.slotOf(workerId);
    const worker = slot === undefined ? undefined : this.#workerInputs[slot];
    const features = slot === undefined ? undefined : this.#workerFeatures[slot];
    if (!worker || !features) return [];
    const minScore = options.minScore ?? 0;
    const mask = this.#centreMask(options.centreIds);
    const top = new TopK(Math.max(0, Math.floor(options.k)), (a, b) => this.#offers.idBefore(a, b));
    const place = this.#workerPlace[slot as number] as number;
    for (let s = 0; s < this.#offers.extent; s++) {
      const demand = this.#offerDemands[s];
      if (!demand || (mask && mask[this.#offerCentre[s] as number] !== 1)) continue;
      const availableDays = eligibleDays(features, demand);
      if (availableDays === 0) continue;
      const distance = this.#pointsAt(this.#placePointsOf(s), place, demand);
      const besides = pointsBesideSkills(features, demand, distance, availableDays);
      // An offer that could not make the top k even with the skills at their best is not scored further.
      const bound = besides + MAX_SKILLS;
      if (bound < minScore || !top.admits(s, bound)) continue;
      const score = besides + skillsPoints(features, demand);
      if (score >= minScore) top.push(s, score);
    }
    return top
      .sorted()
      .map(({ slot: s }) =>
        scoreMatch(worker, this.#offerInputs[s] as MatchOffer, offerMatchContext(this.#offerInputs[s] as MatchOffer, this.context)),
      );
  }

  /**
   * Finds every eligible worker who may score at least the collector's floor and visits them with their exact
   * score: the classes of workers are opened best bound first, as the bound read comes down to theirs, and stop
   * being opened once no class left can beat the floor.
   */
  #searchWorkers(offerSlot: number, demand: OfferDemand, centreIds: readonly string[] | undefined, collector: Collector): void {
    const { floor, rises, admits, visit } = collector;
    const words = wordsFor(this.#workers.extent);
    const within = this.#mayBeEligible(demand, centreIds, words, collector);
    const live = this.#liveWords;
    this.#held.count(
      demand.requiredSkills.map((skill) => this.#bySkill.of(skill, words)),
      within,
      words,
      live,
    );
    this.#verified.count(
      demand.requiredSkills.map((skill) => this.#byVerifiedSkill.of(skill, words)),
      within,
      words,
      live,
    );
    const bounds = this.#offerBounds[offerSlot] as SearchBounds;
    const rule = this.#offerRules[offerSlot] as HardRuleDemand;
    const head = this.#bucketHead.fill(-1);
    this.#bucketNext = grown(this.#bucketNext, this.#workers.extent);
    const next = this.#bucketNext;
    this.#ownBound = grown(this.#ownBound, this.#workers.extent);
    const own = this.#ownBound;
    const languages = new LanguageBits(demand, this.#byLanguage, words);
    const points = this.#placePointsOf(offerSlot);
    const { classes } = bounds;
    let opened = 0;
    for (let level = MAX_SCORE; level >= 0 && level >= floor(); level--) {
      while (opened < classes.length && (classes[opened] as WorkerClass).bound >= level) {
        const workerClass = classes[opened] as WorkerClass;
        this.#open(workerClass, bounds, demand, points, words, live, floor(), collector.narrow?.(workerClass.bound));
        opened += 1;
      }
      // While the floor may rise, a worker whose columns bound falls below the level waits in the bucket of that bound.
      for (let slot = head[level] as number, after: number; slot >= 0; slot = after) {
        after = next[slot] as number;
        if (!admits(slot, level)) continue;
        const distance = this.#pointsAt(points, this.#workerPlace[slot] as number, demand);
        // The language points, exact from the bitsets, are counted here rather than when bucketing: most workers
        // bucketed are never read.
        const language = languages.pointsAt(Math.floor(slot / WORD_BITS), slot % WORD_BITS);
        const promised = (own[slot] as number) - (MAX_LANGUAGE - language);
        const bound = this.#columns.bound(slot, rule, demand, promised, distance, language, rises ? level : floor());
        if (bound < 0 || !admits(slot, bound)) continue;
        if (rises && bound < level) {
          next[slot] = head[bound] as number;
          head[bound] = slot;
          continue;
        }
        const score = this.#columns.isExact(slot, demand)
          ? bound
          : pairScore(this.#workerFeatures[slot] as WorkerFeatures, demand, distance);
        if (score >= 0 && admits(slot, score)) visit(slot, score);
      }
    }
  }

  /**
   * Buckets each worker of the class (of `only` when given) who may reach `least` by their own bound: verified
   * skills and distance counted.
   */
  #open(
    workerClass: WorkerClass,
    bounds: SearchBounds,
    demand: OfferDemand,
    points: Uint8Array,
    words: number,
    live: Int32Array | undefined,
    least: number,
    only?: Int32Array,
  ): void {
    const { held, relation } = workerClass;
    const byVerified = Int8Array.from({ length: held + 1 }, (_, verified) => bounds.withoutDistance(held, verified, relation));
    const within = this.#within;
    const { occupation, unitGroup, minorGroup } = demand.occupation;
    const occupations = this.#byOccupation.of(occupation, words);
    const unitGroups = this.#byUnitGroup.of(unitGroup, words);
    const minorGroups = this.#byMinorGroup.of(minorGroup, words);
    const head = this.#bucketHead;
    const next = this.#bucketNext;
    const count = live ? live.length : words;
    for (let i = 0; i < count; i++) {
      const w = live ? (live[i] as number) : i;
      const candidates = within[w] as number;
      if (candidates === 0) continue;
      let bits =
        candidates &
        (only ? (only[w] as number) : -1) &
        this.#held.equalTo(held, w) &
        relatedWord(relation, occupations[w] as number, unitGroups[w] as number, minorGroups[w] as number);
      while (bits !== 0) {
        const lowest = bits & -bits;
        bits ^= lowest;
        const bit = 31 - Math.clz32(lowest);
        const slot = w * WORD_BITS + bit;
        const own =
          (byVerified[held === 0 ? 0 : this.#verified.at(w, bit)] as number) +
          this.#pointsAt(points, this.#workerPlace[slot] as number, demand);
        if (own >= least) {
          const level = Math.min(MAX_SCORE, own);
          this.#ownBound[slot] = level;
          next[slot] = head[level] as number;
          head[level] = slot;
        }
      }
    }
  }

  /**
   * The workers held, of the centres asked (all when none are named), holding every certificate kind required and
   * possibly authorised and available over the offer's period (see PeriodBitsets), and among those the collector
   * may admit. When few words hold any of them (a search narrowed to few workers), #liveWords is left listing those
   * words, and the rest of the search reads them alone.
   */
  #mayBeEligible(demand: OfferDemand, centreIds: readonly string[] | undefined, words: number, collector: Collector): Int32Array {
    if (this.#within.length < words) this.#within = new Int32Array(words);
    const within = this.#within;
    within.set(this.#everyone.of(EVERY_WORKER, words).subarray(0, words));
    for (const kind of demand.certificateKinds) andWords(within, this.#byCertificate.of(kind, words), words);
    if (collector.among) andWords(within, collector.among, words);
    if (collector.narrow) andWords(within, collector.narrow(MAX_SCORE), words);
    if (centreIds !== undefined) {
      const centres = new Int32Array(words);
      for (const id of centreIds) {
        const bits = this.#byCentre.of(this.#centres.find(id), words);
        for (let w = 0; w < words; w++) centres[w] = (centres[w] as number) | (bits[w] as number);
      }
      andWords(within, centres, words);
    }
    this.#listLiveWords(within, words);
    this.#periods.narrow(within, demand.period, words, () => this.#workerSlots(), this.#liveWords);
    this.#listLiveWords(within, words);
    return within;
  }

  /** Sets #liveWords to the words of `within` holding any slot, or to undefined when more than a quarter do. */
  #listLiveWords(within: Int32Array, words: number): void {
    if (this.#liveWordsBuffer.length < words) this.#liveWordsBuffer = new Int32Array(words);
    let count = 0;
    for (let w = 0; w < words; w++) if (within[w] !== 0) this.#liveWordsBuffer[count++] = w;
    this.#liveWords = count * 4 > words ? undefined : this.#liveWordsBuffer.subarray(0, count);
  }

  /**
   * Each place's distance points for the offer, kept with the offer (places are region by region, so few) and
   * worked out as searches meet them: read them with #pointsAt. With more places than MAX_CACHED_PLACES (workers
   * placed one by one), they are worked out again for each search.
   */
  #placePointsOf(offerSlot: number): Uint8Array {
    const places = this.#placeLocation.length;
    if (places > MAX_CACHED_PLACES) {
      this.#searchPlacePoints = grown(this.#searchPlacePoints, places);
      return this.#searchPlacePoints.fill(NOT_YET, 0, places);
    }
    const known = this.#offerPlacePoints[offerSlot];
    if (known && known.length >= places) return known;
    const points = new Uint8Array(Math.min(MAX_CACHED_PLACES, Math.max(places, 2 * (known?.length ?? 0), 64))).fill(NOT_YET);
    if (known) points.set(known);
    this.#offerPlacePoints[offerSlot] = points;
    return points;
  }

  /** The distance points of a place for the offer, from `points` (see #placePointsOf), worked out on first need. */
  #pointsAt(points: Uint8Array, place: number, demand: OfferDemand): number {
    const known = points[place] as number;
    if (known !== NOT_YET) return known;
    const earned = distancePoints(this.#placeLocation[place] ?? null, this.#placeRelocates[place] ?? false, demand);
    points[place] = earned;
    return earned;
  }

  #placeOf(location: GeoPoint | null, relocates: boolean): number {
    const place = this.#places.idOf(`${relocates ? "r" : "s"}:${location ? `${location.lat},${location.lon}` : "?"}`);
    if (place === this.#placeLocation.length) {
      this.#placeLocation.push(location);
      this.#placeRelocates.push(relocates);
    }
    return place;
  }

  /** The slots of the workers held. */
  #workerSlots(): Int32Array {
    const slots = new Int32Array(this.#workers.count);
    let at = 0;
    for (let slot = 0; slot < this.#workers.extent; slot++) if (this.#workerFeatures[slot]) slots[at++] = slot;
    return slots.subarray(0, at);
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

  #setBits(slot: number, f: WorkerFeatures, change: "add" | "remove"): void {
    const apply = (bitsets: SlotBitsets, keys: Iterable<number | null>) => {
      for (const key of new Set(keys)) if (key !== null) bitsets[change](key, slot);
    };
    apply(this.#everyone, [EVERY_WORKER]);
    apply(this.#byCentre, [this.#workerCentre[slot] as number]);
    apply(
      this.#byCertificate,
      f.certificates.filter((_, i) => i % 3 === 0),
    );
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
    apply(this.#byLanguage, spokenLanguageKeys(f.languages));
    apply(
      this.#byVerifiedSkill,
      f.skillIds.filter((_, i) => f.skillCredits[i] === VERIFIED_SKILL_CREDIT),
    );
  }
}

/** The workers of a word whose occupations relate to the offer's by `relation` (see RELATIONS), from their bits. */
function relatedWord(relation: number, occupation: number, unitGroup: number, minorGroup: number): number {
  if (relation === 0) return occupation;
  if (relation === 1) return unitGroup & ~occupation;
  if (relation === 2) return minorGroup & ~unitGroup & ~occupation;
  return relation === NO_RELATION ? ~(minorGroup | unitGroup | occupation) : 0;
}
