// biome-ignore-all lint/style/noNonNullAssertion: typed-array indices here are in range by construction (CSR rows, slots, heap positions); checks on every access would cost the hot loops
/** slotOf value of a worker who is waiting to bid. */
export const WAITING = -2;
/** slotOf value of a worker who takes no offer (the "stay unplaced" option: benefit 0, never priced). */
export const UNPLACED = -1;

/**
 * The positions of every offer as auction objects. An offer with c positions is c identical objects ("slots"),
 * each with its own price and holder, stored in the range start[o] … start[o + 1] − 1 and kept there as a binary
 * min-heap on price: a worker always bids for the cheapest slot of an offer (slot 0 of the range) and the second
 * cheapest (slot 1 or 2) bounds what they would pay. Moving slots inside a heap moves their holders too, so the
 * workers' slot indices (slotOf) are kept in the same structure.
 */
export interface OfferSlots {
  readonly start: Int32Array;
  readonly offerOfSlot: Int32Array;
  /** Scaled prices (see auction.ts); never negative. */
  readonly price: Int32Array;
  /** Worker holding the slot, or −1 when it is vacant. */
  readonly holder: Int32Array;
  /** For each worker: the slot held, UNPLACED or WAITING. */
  readonly slotOf: Int32Array;
}

export function createOfferSlots(capacities: Int32Array, workerCount: number): OfferSlots {
  const start = new Int32Array(capacities.length + 1);
  for (let o = 0; o < capacities.length; o++) start[o + 1] = start[o]! + capacities[o]!;
  const slotCount = start[capacities.length]!;
  const offerOfSlot = new Int32Array(slotCount);
  for (let o = 0; o < capacities.length; o++) offerOfSlot.fill(o, start[o]!, start[o + 1]!);
  return {
    start,
    offerOfSlot,
    price: new Int32Array(slotCount),
    holder: new Int32Array(slotCount).fill(-1),
    slotOf: new Int32Array(workerCount),
  };
}

/** No second slot: a price above any benefit, kept a small integer so the bidding loop stays in integer arithmetic. */
const NO_SLOT_PRICE = 2 ** 31 - 1;

/** Price a worker would pay for an offer's second slot (the cheapest after the top one); NO_SLOT_PRICE with one position. */
export function secondCheapestPrice(slots: OfferSlots, offer: number): number {
  const base = slots.start[offer]!;
  const size = slots.start[offer + 1]! - base;
  if (size < 2) return NO_SLOT_PRICE;
  const left = slots.price[base + 1]!;
  return size < 3 ? left : Math.min(left, slots.price[base + 2]!);
}

/** Sets slot's price and holder, then restores the heap order of its offer (up or down as needed). */
export function placeInSlot(slots: OfferSlots, slot: number, newPrice: number, newHolder: number): void {
  const { start, offerOfSlot, price, holder, slotOf } = slots;
  const offer = offerOfSlot[slot]!;
  const base = start[offer]!;
  const size = start[offer + 1]! - base;
  let k = slot - base;
  while (k > 0) {
    const parent = (k - 1) >> 1;
    if (price[base + parent]! <= newPrice) break;
    moveSlot(price, holder, slotOf, base + parent, base + k);
    k = parent;
  }
  for (;;) {
    let child = 2 * k + 1;
    if (child >= size) break;
    if (child + 1 < size && price[base + child + 1]! < price[base + child]!) child++;
    if (price[base + child]! >= newPrice) break;
    moveSlot(price, holder, slotOf, base + child, base + k);
    k = child;
  }
  price[base + k] = newPrice;
  holder[base + k] = newHolder;
  if (newHolder >= 0) slotOf[newHolder] = base + k;
}

function moveSlot(price: Int32Array, holder: Int32Array, slotOf: Int32Array, from: number, to: number): void {
  price[to] = price[from]!;
  const worker = holder[from]!;
  holder[to] = worker;
  if (worker >= 0) slotOf[worker] = to;
}
