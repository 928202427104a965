// biome-ignore-all lint/style/noNonNullAssertion: typed-array indices here are in range by construction (CSR rows, slots, heap positions); checks on every access would cost the hot loops
import type { Adjacency } from "./adjacency.js";
import type { AllocationProblem } from "./allocation-problem.js";
import type { AuctionResult } from "./auction.js";
import { IndexedMinHeap } from "./indexed-min-heap.js";

/**
 * Exact whole-number duals for an optimal allocation, from the auction's scaled prices.
 *
 * The duals we want (value v ≥ 0 per worker, price p ≥ 0 per offer) must satisfy, with the chosen allocation:
 * v[w] + p[o] ≥ score on every arc, with equality on chosen arcs; v[w] = 0 when w is unplaced; p[o] = 0 when o has
 * free positions. With y[T] = 0 for an extra node T, y[o] = p[o] and y[w] = −v[w], each condition is a difference
 * constraint y[b] ≤ y[a] + len(a→b):
 *   offer → worker, every arc:   −score        worker → offer, chosen arc:   +score
 *   T → worker:                    0            worker → T, unplaced worker:   0
 *   offer → T:                     0            T → offer, offer not full:     0
 * Shortest distances from a virtual source joined to every node by length 0 satisfy all of them; a negative cycle
 * would exist only if the allocation were not optimal.
 *
 * Lengths are negative, so Dijkstra needs node potentials that make every reduced length non-negative. The
 * auction's prices give reduced lengths ≥ −1 for the lengths len × scale (its ε-CS with ε = 1), so Dijkstra runs on
 * len × scale + 1, which they make ≥ 0. A path's length there is scale × len(path) + arcs(path), and a shortest path
 * has fewer arcs than there are nodes, which is less than scale: the shortest paths by len × scale + 1 are shortest
 * by len, and len-distance = floor(distance / scale). One Dijkstra over all arcs, O(arcs + nodes log nodes).
 *
 * Offers without positions take no part (the adjacency leaves their arcs out); their price costs nothing in the
 * dual objective, so it is set just high enough to cover their arcs.
 */
export function exactDuals(
  problem: AllocationProblem,
  adjacency: Adjacency,
  auction: AuctionResult,
): { workerValue: Float64Array; offerPrice: Float64Array } {
  const { capacities } = problem;
  const { workerCount: n, offerCount: m, offerArcStart, offerArcWorker, offerArcScore } = adjacency;
  const { slots, benefitOf, scale } = auction;
  const { start, price, holder, slotOf, offerOfSlot } = slots;
  const root = n + m; // node T; workers are 0 … n − 1, offers n … n + m − 1
  const potential = new Float64Array(n + m + 1);
  for (let w = 0; w < n; w++) {
    const slot = slotOf[w]!;
    potential[w] = slot >= 0 ? price[slot]! - benefitOf[w]! : 0;
  }
  const notFull = new Uint8Array(m);
  for (let o = 0; o < m; o++) {
    if (capacities[o]! === 0) continue;
    potential[n + o] = price[start[o]!]!; // the cheapest slot
    for (let s = start[o]!; s < start[o + 1]!; s++) if (holder[s]! < 0) notFull[o] = 1;
  }
  const heap = new IndexedMinHeap(n + m + 1);
  for (let node = 0; node <= root; node++) heap.set(node, -potential[node]!);
  heap.heapify();
  const relax = (from: number, to: number, length: number): void => {
    const reduced = length * scale + 1 + potential[from]! - potential[to]!;
    if (reduced < 0) throw new Error(`allocation duals: negative reduced length on ${from}→${to}; the auction broke its invariants`);
    heap.decrease(to, heap.key(from) + reduced);
  };
  while (heap.size > 0) {
    const node = heap.pop();
    if (node === root) {
      for (let w = 0; w < n; w++) relax(root, w, 0);
      for (let o = 0; o < m; o++) if (notFull[o] === 1) relax(root, n + o, 0);
    } else if (node < n) {
      const slot = slotOf[node]!;
      if (slot >= 0) relax(node, n + offerOfSlot[slot]!, benefitOf[node]! / scale);
      else relax(node, root, 0);
    } else {
      const o = node - n;
      for (let i = offerArcStart[o]!, end = offerArcStart[o + 1]!; i < end; i++) relax(node, offerArcWorker[i]!, -offerArcScore[i]!);
      relax(node, root, 0);
    }
  }
  const distance = (node: number): number => Math.floor((heap.key(node) + potential[node]!) / scale);
  const rootDistance = distance(root);
  const workerValue = new Float64Array(n);
  for (let w = 0; w < n; w++) workerValue[w] = rootDistance - distance(w);
  const offerPrice = new Float64Array(m);
  for (let o = 0; o < m; o++) offerPrice[o] = capacities[o]! === 0 ? 0 : distance(n + o) - rootDistance;
  priceClosedOffers(problem, workerValue, offerPrice);
  return { workerValue, offerPrice };
}

function priceClosedOffers(problem: AllocationProblem, workerValue: Float64Array, offerPrice: Float64Array): void {
  const { capacities, arcWorker, arcOffer, arcScore } = problem;
  for (let a = 0; a < arcOffer.length; a++) {
    const o = arcOffer[a]!;
    if (capacities[o]! === 0) offerPrice[o] = Math.max(offerPrice[o]!, arcScore[a]! - workerValue[arcWorker[a]!]!);
  }
}
