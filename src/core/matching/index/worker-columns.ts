import { availabilityCredit } from "../availability.js";
import { boundedCredit } from "../criterion-score.js";
import type { DayInterval } from "../iso-days.js";
import { criterionPoints } from "../weights.js";
import type { OfferDemand, WorkerFeatures } from "./features.js";
import { heldSkillsCredit, OCCUPATION_FIELDS, practisedExperienceCredit, statedPreferencesCredit } from "./pair-score.js";
import type { WorkerSpans } from "./period-bitsets.js";
import { grown } from "./slot-table.js";

/** Certificate kinds numbered from this on get no bit: the prefilter then leaves them to pairScore. */
const MASK_BITS = 32;
/**
 * How many skills and occupations are kept per worker: a worker with more is given that criterion's full points by
 * the bound (pairScore still scores them exactly).
 */
const SKILLS_KEPT = 24;
const OCCUPATIONS_KEPT = 4;

/** What an offer's hard rules ask, as the columns compare it: worked out once per offer. */
export interface HardRuleDemand {
  readonly from: number;
  readonly to: number;
  readonly licenceRequired: boolean;
  /** One bit per required certificate kind (kinds numbered below MASK_BITS). */
  readonly certificateMask: number;
}

export function hardRuleDemand(d: OfferDemand): HardRuleDemand {
  let certificateMask = 0;
  for (const kind of d.certificateKinds) if (kind < MASK_BITS) certificateMask |= 1 << kind;
  return { from: d.period.from, to: d.period.to, licenceRequired: d.licenceRequired, certificateMask: certificateMask >>> 0 };
}

/** Each slot's record: the hard rules' facts, then the preferences. */
const AUTHORISED_FROM = 0;
const AUTHORISED_TO = 1;
const AVAILABLE_FROM = 2;
const AVAILABLE_TO = 3;
const LICENCE_UNTIL = 4;
const CERTIFICATE_MASK = 5;
const SECTOR_MASK = 6;
/** NaN when the worker states no minimum. */
const MIN_HOURLY_PAY = 7;
const ACCOMMODATION_NEEDED = 8;
/** 9 numbers: a record spans two cache lines at most, so judging a worker reads little memory. */
const RECORD = ACCOMMODATION_NEEDED + 1;

const MAX_AVAILABILITY = criterionPoints("availability", 1);
const MAX_PREFERENCES = criterionPoints("preferences", 1);

/**
 * Facts of every worker slot in typed arrays, so a search judges a worker with a few array reads and no object:
 * whether they may pass the hard rules, and a bound of their score that is exact but for the availability of a
 * worker with several windows. The hard-rule facts are necessary conditions only: the span from the first
 * authorised day to the last (exact for the many workers with one authorised stretch), the span of their
 * availability, the licence's last day, the certificate kinds held at any date. A worker they admit is still
 * judged exactly by pairScore, so the columns can skip work but never change a result.
 */
export class WorkerColumns implements WorkerSpans {
  #records = new Float64Array(0);
  /** As WorkerFeatures holds them: skills and their credits, occupations practised. */
  readonly #skillIds = new Strided(SKILLS_KEPT, new Int32Array(0));
  readonly #skillCredits = new Strided(SKILLS_KEPT, new Float64Array(0));
  readonly #experience = new Strided(OCCUPATION_FIELDS * OCCUPATIONS_KEPT, new Float64Array(0));
  /** 1 for a worker whose bound is their exact score (see isExact). */
  #exact = new Uint8Array(0);

  /** Records the worker of `slot`; `extent` is the number of slots (workerSlotExtent). */
  set(slot: number, extent: number, f: WorkerFeatures): void {
    this.#records = grown(this.#records, extent * RECORD);
    const r = this.#records;
    const at = slot * RECORD;
    const authorised = span(f.authorised);
    const available = span(f.available);
    r[at + AUTHORISED_FROM] = authorised.from;
    r[at + AUTHORISED_TO] = authorised.to;
    r[at + AVAILABLE_FROM] = available.from;
    r[at + AVAILABLE_TO] = available.to;
    r[at + LICENCE_UNTIL] = f.licenceUntil;
    let mask = 0;
    for (let i = 0; i < f.certificates.length; i += 3) {
      const kind = f.certificates[i] as number;
      if (kind < MASK_BITS) mask |= 1 << kind;
    }
    r[at + CERTIFICATE_MASK] = mask >>> 0;
    r[at + SECTOR_MASK] = f.sectorMask;
    r[at + MIN_HOURLY_PAY] = f.minHourlyPayCents ?? Number.NaN;
    r[at + ACCOMMODATION_NEEDED] = f.accommodationNeeded ? 1 : 0;
    this.#skillIds.set(slot, extent, f.skillIds);
    this.#skillCredits.set(slot, extent, f.skillCredits);
    this.#experience.set(slot, extent, f.experience);
    this.#exact = grown(this.#exact, extent);
    const oneStretch = f.authorised.length <= 1 && f.available.length <= 1;
    this.#exact[slot] = oneStretch && this.#skillIds.kept(slot) && this.#experience.kept(slot) ? 1 : 0;
  }

  /** The span of the worker's authorised days: from the first to the last. */
  authorised(slot: number): DayInterval {
    const at = slot * RECORD;
    return { from: this.#records[at + AUTHORISED_FROM] as number, to: this.#records[at + AUTHORISED_TO] as number };
  }

  /** The span of the worker's available days: from the first to the last. */
  available(slot: number): DayInterval {
    const at = slot * RECORD;
    return { from: this.#records[at + AVAILABLE_FROM] as number, to: this.#records[at + AVAILABLE_TO] as number };
  }

  /**
   * At least the worker's score, or a number below `least` (-1 when a hard rule surely fails) as soon as one is
   * certain: `bound` (what the worker's class, place and languages promise, `language` points counted) is lowered by
   * the availability (of the span of their windows) and preferences points each missed, and then, if still at
   * `least`, the bound becomes exact but for availability: those two, `language`, the skills and experience
   * (pairScore's own credit functions) and `distance`. A worker with more skills or occupations than kept is given
   * that criterion at its best.
   */
  bound(slot: number, rule: HardRuleDemand, d: OfferDemand, bound: number, distance: number, language: number, least: number): number {
    const r = this.#records;
    const at = slot * RECORD;
    if (
      !(
        (r[at + AUTHORISED_FROM] as number) <= rule.from &&
        (r[at + AUTHORISED_TO] as number) >= rule.to &&
        (r[at + AVAILABLE_FROM] as number) <= rule.to &&
        (r[at + AVAILABLE_TO] as number) >= rule.from &&
        (!rule.licenceRequired || (r[at + LICENCE_UNTIL] as number) >= rule.from) &&
        ((r[at + CERTIFICATE_MASK] as number) & rule.certificateMask) >>> 0 === rule.certificateMask
      )
    )
      return -1;
    const availableDays = Math.min(r[at + AVAILABLE_TO] as number, rule.to) - Math.max(r[at + AVAILABLE_FROM] as number, rule.from) + 1;
    const availability = criterionPoints("availability", boundedCredit(availabilityCredit(availableDays, d.offerDays)));
    let rough = bound - (MAX_AVAILABILITY - availability);
    if (rough < least) return rough;
    const minPay = r[at + MIN_HOURLY_PAY] as number;
    const preferences = criterionPoints(
      "preferences",
      boundedCredit(
        statedPreferencesCredit(r[at + SECTOR_MASK] as number, Number.isNaN(minPay) ? null : minPay, r[at + ACCOMMODATION_NEEDED] === 1, d),
      ),
    );
    rough -= MAX_PREFERENCES - preferences;
    if (rough < least) return rough;
    return Math.min(
      rough,
      availability + language + preferences + this.#skillsPoints(slot, d) + this.#experiencePoints(slot, d) + distance,
    );
  }

  /**
   * Whether a bound that reached its `least` is the worker's exact score (pairScore's) for an offer requiring no
   * certificate: the worker has one authorised stretch and one availability window (so the spans are the days) and
   * no more skills or occupations than kept. The columns (and the language bitsets) then judge every hard rule but
   * the certificates' dates and every criterion exactly, with pairScore's own credit functions.
   */
  isExact(slot: number, d: OfferDemand): boolean {
    return d.certificateKinds.length === 0 && this.#exact[slot] === 1;
  }

  #skillsPoints(slot: number, d: OfferDemand): number {
    const ids = this.#skillIds;
    if (!ids.kept(slot)) return criterionPoints("skills", 1);
    return criterionPoints(
      "skills",
      boundedCredit(heldSkillsCredit(ids.values, this.#skillCredits.values, ids.start(slot), ids.end(slot), d)),
    );
  }

  #experiencePoints(slot: number, d: OfferDemand): number {
    const experience = this.#experience;
    if (!experience.kept(slot)) return criterionPoints("experience", 1);
    return criterionPoints(
      "experience",
      boundedCredit(practisedExperienceCredit(experience.values, experience.start(slot), experience.end(slot), d)),
    );
  }
}

/** From the first day to the last of merged intervals; an empty span (from after to) when there are none. */
function span(merged: readonly DayInterval[]): DayInterval {
  const first = merged[0];
  const last = merged[merged.length - 1];
  return first && last ? { from: first.from, to: last.to } : { from: Infinity, to: -Infinity };
}

/** A count no worker reaches: more items than kept. */
const NOT_KEPT = 255;

/** Up to `width` numbers per slot, one slot after another, and how many each slot holds (NOT_KEPT when more). */
class Strided<T extends Int32Array | Float64Array> {
  #counts = new Uint8Array(0);

  constructor(
    private readonly width: number,
    public values: T,
  ) {}

  set(slot: number, extent: number, values: readonly number[]): void {
    this.values = grown(this.values, extent * this.width);
    this.#counts = grown(this.#counts, extent);
    const kept = values.length <= this.width;
    this.#counts[slot] = kept ? values.length : NOT_KEPT;
    if (kept) this.values.set(values, slot * this.width);
  }

  kept(slot: number): boolean {
    return this.#counts[slot] !== NOT_KEPT;
  }

  start(slot: number): number {
    return slot * this.width;
  }

  end(slot: number): number {
    return slot * this.width + (this.#counts[slot] as number);
  }
}
