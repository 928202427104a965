import type { GeoPoint } from "../../matching/match-inputs.js";
import { legKm } from "./chain-rules.js";

const MAX_SLOTS = 1 << 20;

/**
 * Kilometres between two offers' sites, remembered: a network plan asks for the same pairs again and again (each
 * worker's chain is searched anew after every move near them), and a lookup costs a fraction of the trigonometry.
 * Direct-mapped, like a CPU cache: each pair has one slot, a newcomer evicts the old pair, so memory stays fixed
 * (16 bytes a slot, at most 16 MB) and no entry is ever stale — a site never moves during a plan.
 */
export class LegCache {
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  private readonly km: Float64Array;
  private readonly mask: number;

  constructor(
    private readonly locations: readonly (GeoPoint | null)[],
    expectedPairs: number,
  ) {
    let slots = 1024;
    while (slots < 2 * expectedPairs && slots < MAX_SLOTS) slots *= 2;
    this.mask = slots - 1;
    this.from = new Int32Array(slots).fill(-1);
    this.to = new Int32Array(slots);
    this.km = new Float64Array(slots);
  }

  /** legKm between the sites of two offers. */
  between(from: number, to: number): number {
    const slot = (Math.imul(from, 0x9e3779b1) ^ Math.imul(to, 0x85ebca77)) & this.mask;
    if (this.from[slot] === from && this.to[slot] === to) return this.km[slot] as number;
    const km = legKm(this.locations[from] ?? null, this.locations[to] ?? null);
    this.from[slot] = from;
    this.to[slot] = to;
    this.km[slot] = km;
    return km;
  }
}
