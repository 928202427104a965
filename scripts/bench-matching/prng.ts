// Draws the synthetic network needs beyond the project's SeededRandom (src/db/seed/seeded-random.ts, mulberry32,
// the demo data's generator): weighted draws prepared once for lists drawn from many times, weighted samples
// without replacement, and UUIDs from the seeded stream.
import type { SeededRandom } from "../../src/db/seed/seeded-random.js";

/** A weighted draw prepared once (cumulative weights, binary search), for lists drawn from many times. */
export class WeightedChoice<T> {
  readonly #items: readonly T[];
  readonly #cumulative: Float64Array;

  constructor(items: readonly T[], weights: readonly number[]) {
    if (items.length === 0) throw new Error("weighted choice over an empty list");
    this.#items = items;
    this.#cumulative = new Float64Array(items.length);
    let total = 0;
    items.forEach((_, i) => {
      total += Math.max(0, weights[i] ?? 0);
      this.#cumulative[i] = total;
    });
    if (total <= 0) throw new Error("weighted choice with no positive weight");
  }

  pick(random: SeededRandom): T {
    const target = random.next() * (this.#cumulative[this.#cumulative.length - 1] ?? 0);
    let low = 0;
    let high = this.#cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return this.#items[low] as T;
  }
}

/** A weighted choice from [item, weight] pairs, the form the data tables are written in. */
export function weighted<T>(pairs: readonly (readonly [T, number])[]): WeightedChoice<T> {
  return new WeightedChoice(
    pairs.map(([item]) => item),
    pairs.map(([, weight]) => weight),
  );
}

/** `count` distinct items (fewer if the list is shorter), drawn with the given weights, without replacement. */
export function weightedSample<T>(random: SeededRandom, items: readonly T[], weights: readonly number[], count: number): T[] {
  const left = Float64Array.from(items, (_, i) => Math.max(0, weights[i] ?? 0));
  let total = left.reduce((sum, weight) => sum + weight, 0);
  const chosen: T[] = [];
  while (chosen.length < count && total > 0) {
    let target = random.next() * total;
    // The last item with weight left, should rounding carry the target past the end.
    let index = -1;
    for (let i = 0; i < left.length; i++) {
      const weight = left[i] ?? 0;
      if (weight === 0) continue;
      index = i;
      if (target < weight) break;
      target -= weight;
    }
    if (index < 0) break;
    chosen.push(items[index] as T);
    total -= left[index] ?? 0;
    left[index] = 0;
  }
  return chosen;
}

/** A version 4 UUID built from the seeded stream: valid for the schemas, the same for the same seed. */
export function seededUuid(random: SeededRandom): string {
  const hex = Array.from({ length: 4 }, () => random.int(0, 0xffffffff).toString(16).padStart(8, "0")).join("");
  const variant = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
