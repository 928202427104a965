import type { DayInterval } from "../iso-days.js";
import type { OfferDemand, WorkerFeatures } from "./features.js";
import { grown } from "./slot-table.js";

/** Certificate kinds numbered from this on get no bit: the prefilter then leaves them to pairScore. */
const MASK_BITS = 32;

/** What an offer's hard rules ask, as the columns compare it. */
export interface HardRuleDemand {
  readonly from: number;
  readonly to: number;
  readonly licenceRequired: boolean;
  /** One bit per required certificate kind (kinds numbered below 32). */
  readonly certificateMask: number;
}

export function hardRuleDemand(d: OfferDemand): HardRuleDemand {
  let certificateMask = 0;
  for (const kind of d.certificateKinds) if (kind < MASK_BITS) certificateMask |= 1 << kind;
  return { from: d.period.from, to: d.period.to, licenceRequired: d.licenceRequired, certificateMask: certificateMask >>> 0 };
}

/**
 * The hard rules' facts of every worker slot, one typed array per fact (struct of arrays), so a search rejects most
 * workers who fail a rule with a few comparisons and no object read. A column holds a necessary condition only:
 * the span from the first authorised day to the last (exact for the many workers with one authorised stretch),
 * the span of their availability, the licence's last day, the certificate kinds held at any date. A worker it
 * admits is still judged exactly by pairScore, so the prefilter can skip work but never change a result.
 */
export class HardRuleColumns {
  #authorisedFrom = new Float64Array(0);
  #authorisedTo = new Float64Array(0);
  #availableFrom = new Float64Array(0);
  #availableTo = new Float64Array(0);
  #licenceUntil = new Float64Array(0);
  #certificateMask = new Uint32Array(0);

  /** Records the worker of `slot`; `extent` is the number of slots (workerSlotExtent). */
  set(slot: number, extent: number, f: WorkerFeatures): void {
    this.#authorisedFrom = grown(this.#authorisedFrom, extent);
    this.#authorisedTo = grown(this.#authorisedTo, extent);
    this.#availableFrom = grown(this.#availableFrom, extent);
    this.#availableTo = grown(this.#availableTo, extent);
    this.#licenceUntil = grown(this.#licenceUntil, extent);
    this.#certificateMask = grown(this.#certificateMask, extent);
    const authorised = span(f.authorised);
    const available = span(f.available);
    this.#authorisedFrom[slot] = authorised.from;
    this.#authorisedTo[slot] = authorised.to;
    this.#availableFrom[slot] = available.from;
    this.#availableTo[slot] = available.to;
    this.#licenceUntil[slot] = f.licenceUntil;
    let mask = 0;
    for (let i = 0; i < f.certificates.length; i += 3) {
      const kind = f.certificates[i] as number;
      if (kind < MASK_BITS) mask |= 1 << kind;
    }
    this.#certificateMask[slot] = mask >>> 0;
  }

  /** False when the worker surely fails one of the offer's hard rules; true when pairScore must tell. */
  admits(slot: number, d: HardRuleDemand): boolean {
    return (
      (this.#authorisedFrom[slot] as number) <= d.from &&
      (this.#authorisedTo[slot] as number) >= d.to &&
      (this.#availableFrom[slot] as number) <= d.to &&
      (this.#availableTo[slot] as number) >= d.from &&
      (!d.licenceRequired || (this.#licenceUntil[slot] as number) >= d.from) &&
      ((this.#certificateMask[slot] as number) & d.certificateMask) >>> 0 === d.certificateMask
    );
  }
}

/** From the first day to the last of merged intervals; an empty span (from after to) when there are none. */
function span(merged: readonly DayInterval[]): DayInterval {
  const first = merged[0];
  const last = merged[merged.length - 1];
  return first && last ? { from: first.from, to: last.to } : { from: Infinity, to: -Infinity };
}
