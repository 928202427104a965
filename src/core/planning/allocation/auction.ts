// biome-ignore-all lint/style/noNonNullAssertion: typed-array indices here are in range by construction (CSR rows, slots, heap positions); checks on every access would cost the hot loops
import type { Adjacency } from "./adjacency.js";
import { createOfferSlots, type OfferSlots, placeInSlot, secondCheapestPrice, UNPLACED, WAITING } from "./offer-slots.js";

/**
 * ε-scaling auction for the season allocation (Bertsekas' forward–reverse auction for the asymmetric assignment
 * problem, with the positions of an offer as identical objects and "stay unplaced" as one more object of benefit 0
 * that is never priced).
 *
 * Benefits are scores × scale with scale = workers + offers + 2, so whole prices can resolve differences far below
 * one point. Every worker's profit π is their benefit minus the price of the slot they hold (0 when unplaced). The
 * invariant is ε-complementary slackness (ε-CS): π is within ε of the best profit any of the worker's slots, or
 * staying unplaced, would give; and π ≥ 0.
 *
 * A phase with a given ε keeps the prices of the last one and:
 * 1. frees the workers whose choice is no longer within ε of their best (freeUnsettledWorkers);
 * 2. forward auction: a free worker takes the slot worth the most to them, pushing out its holder, and raises its
 *    price so that their profit becomes their second-best profit minus ε (but not below 0);
 * 3. reverse auction: positions may stay vacant, and a vacant slot must end at price 0 (an offer with free
 *    positions has price 0 in the dual). A vacant priced slot bids for the worker who would gain the most from it,
 *    at the price their runner-up would bear minus ε (never below 0), or drops its price to 0 when no worker gains
 *    more than ε. A worker taken from another slot leaves it vacant, which may bid in turn.
 * Both kinds of bid keep ε-CS and move some price or profit by at least 1, within bounds, so each phase ends.
 * Running the reverse auction in every phase, not only the last, keeps vacant prices in step with ε (one final
 * reverse pass at ε = 1 would lower them by steps of 1 and is far slower).
 * ε shrinks by EPSILON_FACTOR from phase to phase, down to 1.
 *
 * Why the result is exact: after the last phase (ε = 1), with vacant slots at 0, the dual value[w] = π(w) + ε,
 * price[o] = the cheapest slot of o is feasible and its objective exceeds the allocation's by at most
 * workers × ε < scale, that is by less than one whole point. Scores are whole numbers and the LP of a bipartite
 * b-matching has an integral optimum, so no allocation is better: this one is optimal. Exact duals are then
 * computed from these prices (exact-duals.ts).
 */

/**
 * How much ε shrinks between phases, the first ε being the top benefit over this factor. Measured on 100k × 10k
 * instances (3M arcs): factors 4, 6, 8 and 10 are within the noise of a shared machine (2.6–3.5 s CPU), 16 is slower,
 * and starting from ε = one point instead is slower too.
 */
const EPSILON_FACTOR = 6;

export interface AuctionResult {
  readonly slots: OfferSlots;
  /** Scaled benefit of each placed worker's slot (score × scale), 0 when unplaced. */
  readonly benefitOf: Int32Array;
  readonly scale: number;
}

export function runAuction(adjacency: Adjacency, capacities: Int32Array, onProgress?: (fraction: number) => void): AuctionResult {
  const { workerCount, offerCount, maxScore } = adjacency;
  const scale = workerCount + offerCount + 2;
  // Profits stay ≥ 0, so prices stay at most the top benefit; with margin, it must fit a 32-bit integer.
  if (maxScore * scale * 2 >= 2 ** 31)
    throw new RangeError("problem too large for 32-bit prices: workers + offers times the top score must stay below 2^30");
  const slots = createOfferSlots(capacities, workerCount);
  const benefitOf = new Int32Array(workerCount);
  const queue = new Int32Array(workerCount + 1);
  slots.slotOf.fill(WAITING);
  const phaseEpsilons: number[] = [];
  for (
    let epsilon = Math.max(1, Math.floor((maxScore * scale) / EPSILON_FACTOR));
    ;
    epsilon = Math.max(1, Math.floor(epsilon / EPSILON_FACTOR))
  ) {
    phaseEpsilons.push(epsilon);
    if (epsilon === 1) break;
  }
  phaseEpsilons.forEach((epsilon, phase) => {
    const queued = freeUnsettledWorkers(adjacency, slots, benefitOf, queue, epsilon, scale);
    forwardAuction(adjacency, slots, benefitOf, queue, queued, epsilon, scale);
    reverseAuction(adjacency, slots, benefitOf, epsilon, scale);
    onProgress?.((phase + 1) / (phaseEpsilons.length + 1));
  });
  return { slots, benefitOf, scale };
}

/**
 * Starts a phase: a worker keeps their slot (or stays unplaced) when that is within ε of their best choice at the
 * current prices; the others are freed (their slot turns vacant, keeping its price) and queued to bid. Returns how
 * many were queued. Keeping the settled workers saves most of the bidding that freeing everyone would redo.
 */
function freeUnsettledWorkers(
  adjacency: Adjacency,
  slots: OfferSlots,
  benefitOf: Int32Array,
  queue: Int32Array,
  epsilon: number,
  scale: number,
): number {
  const { workerCount, workerArcStart, workerArcOffer, workerArcScore } = adjacency;
  const { start, price, holder, slotOf } = slots;
  let queued = 0;
  for (let w = 0; w < workerCount; w++) {
    const slot = slotOf[w]!;
    if (slot !== WAITING) {
      let best = 0;
      for (let i = workerArcStart[w]!, end = workerArcStart[w + 1]!; i < end; i++) {
        const benefit = workerArcScore[i]! * scale;
        if (benefit <= best) break; // rows are sorted by score and prices are ≥ 0
        const profit = benefit - price[start[workerArcOffer[i]!]!]!;
        if (profit > best) best = profit;
      }
      if (profitOf(slots, benefitOf, w) >= best - epsilon) continue;
      if (slot >= 0) holder[slot] = -1;
      slotOf[w] = WAITING;
    }
    queue[queued++] = w;
  }
  return queued;
}

/** Lets waiting workers bid until every worker holds a slot or stays unplaced. queue holds `queued` waiting workers. */
function forwardAuction(
  adjacency: Adjacency,
  slots: OfferSlots,
  benefitOf: Int32Array,
  queue: Int32Array,
  queued: number,
  epsilon: number,
  scale: number,
): void {
  const { workerArcStart, workerArcOffer, workerArcScore } = adjacency;
  const { start, price, holder, slotOf } = slots;
  const ringSize = queue.length;
  let head = 0;
  let tail = queued % ringSize;
  let waiting = queued;
  while (waiting > 0) {
    const w = queue[head]!;
    head = head + 1 === ringSize ? 0 : head + 1;
    waiting--;
    // Best and second-best profit over the worker's offers (each offer at its cheapest slot).
    let best = -1;
    let bestBenefit = 0;
    let bestOffer = -1;
    let second = 0; // staying unplaced is always worth 0
    for (let i = workerArcStart[w]!, end = workerArcStart[w + 1]!; i < end; i++) {
      const benefit = workerArcScore[i]! * scale;
      if (benefit <= second) break; // rows are sorted by score and prices are ≥ 0: no later arc matters
      const offer = workerArcOffer[i]!;
      const profit = benefit - price[start[offer]!]!;
      if (profit > best) {
        if (best > second) second = best;
        best = profit;
        bestBenefit = benefit;
        bestOffer = offer;
      } else if (profit > second) second = profit;
    }
    if (best <= 0) {
      slotOf[w] = UNPLACED;
      benefitOf[w] = 0;
      continue;
    }
    const sameOfferNext = bestBenefit - secondCheapestPrice(slots, bestOffer);
    if (sameOfferNext > second) second = sameOfferNext;
    const slot = start[bestOffer]!;
    const outbid = holder[slot]!;
    if (outbid >= 0) {
      slotOf[outbid] = WAITING;
      queue[tail] = outbid;
      tail = tail + 1 === ringSize ? 0 : tail + 1;
      waiting++;
    }
    benefitOf[w] = bestBenefit;
    // The bidder's profit becomes their second-best minus ε, but never below 0: staying unplaced is worth 0, and a
    // worker with a negative profit would leave at the next phase, turning the slot vacant.
    placeInSlot(slots, slot, bestBenefit - Math.max(second - epsilon, 0), w);
  }
}

/** Profit of a worker: scaled benefit minus the price of the slot held, 0 when unplaced. */
function profitOf(slots: OfferSlots, benefitOf: Int32Array, worker: number): number {
  const slot = slots.slotOf[worker]!;
  return slot >= 0 ? benefitOf[worker]! - slots.price[slot]! : 0;
}

/**
 * Reverse auction with the phase's ε: while an offer has a vacant slot with a positive price, that slot bids for
 * the worker gaining the most (benefit − their current profit). Every worker holds a slot or stays unplaced here,
 * and no worker is freed: a worker taken from another slot leaves that slot vacant, which may bid in turn.
 */
function reverseAuction(adjacency: Adjacency, slots: OfferSlots, benefitOf: Int32Array, epsilon: number, scale: number): void {
  const { offerArcStart, offerArcWorker, offerArcScore } = adjacency;
  const { start, offerOfSlot, price, holder, slotOf } = slots;
  const pending: number[] = [];
  for (let slot = 0; slot < price.length; slot++) {
    if (holder[slot]! < 0 && price[slot]! > 0) pending.push(offerOfSlot[slot]!);
  }
  while (pending.length > 0) {
    const offer = pending.pop()!;
    let slot = -1;
    for (let s = start[offer]!, end = start[offer + 1]!; s < end; s++) {
      if (holder[s]! < 0 && price[s]! > 0 && (slot < 0 || price[s]! > price[slot]!)) slot = s;
    }
    if (slot < 0) continue;
    pending.push(offer); // it may have more priced vacancies after this bid
    let best = Number.NEGATIVE_INFINITY;
    let second = Number.NEGATIVE_INFINITY;
    let bestWorker = -1;
    let bestBenefit = 0;
    for (let i = offerArcStart[offer]!, end = offerArcStart[offer + 1]!; i < end; i++) {
      const benefit = offerArcScore[i]! * scale;
      if (benefit <= second) break; // rows are sorted by score and profits are ≥ 0: no later arc matters
      const worker = offerArcWorker[i]!;
      const gain = benefit - profitOf(slots, benefitOf, worker);
      if (gain > best) {
        second = best;
        best = gain;
        bestWorker = worker;
        bestBenefit = benefit;
      } else if (gain > second) second = gain;
    }
    if (best <= epsilon) {
      placeInSlot(slots, slot, 0, -1);
      continue;
    }
    const previous = slotOf[bestWorker]!;
    if (previous >= 0) {
      holder[previous] = -1;
      if (price[previous]! > 0) pending.push(offerOfSlot[previous]!);
    }
    benefitOf[bestWorker] = bestBenefit;
    placeInSlot(slots, slot, Math.max(0, second - epsilon), bestWorker);
  }
}
