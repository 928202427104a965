// biome-ignore-all lint/style/noNonNullAssertion: offer numbers index the prices, in range once checkOptimality has checked the lengths
import type { Allocation } from "./allocation-problem.js";
import { type ArcSource, NO_ARCS, type OfferArcs, problemOfOfferArcs } from "./arc-source.js";
import { checkOptimality, type OptimalityCheck } from "./check-optimality.js";

/**
 * checkOptimality against a whole problem that is only available as an ArcSource, without building all its arcs.
 * For each offer it reads the arcs scoring at least the offer's price p[o], and checks the allocation and its duals
 * on that part of the problem. The arcs left out score less than p[o], so with v ≥ 0 (checked) they satisfy
 * v[w] + p[o] ≥ score: dual feasibility on the part is dual feasibility on the whole. A chosen arc of an optimal
 * allocation has score = v[w] + p[o] ≥ p[o], so it is in the part; one that is not is reported as a placement
 * without an arc, and the allocation is not certified. Independent of how the allocation was computed.
 */
export function checkByPricing(source: ArcSource, allocation: Allocation): OptimalityCheck {
  const { capacities } = source;
  const parts: OfferArcs[] = [];
  for (let o = 0; o < capacities.length; o++) {
    const price = allocation.offerPrice[o]!;
    const floor = Number.isFinite(price) ? Math.max(0, Math.ceil(price)) : 0; // a bad price is reported by checkOptimality
    // No arc reaches a price above the top score: nothing to read (a placement there is reported without an arc).
    parts.push(floor > source.maxScore ? NO_ARCS : source.arcsAbove(o, floor));
  }
  return checkOptimality(problemOfOfferArcs(source, parts), allocation);
}
