/**
 * Gives each entity (worker or offer) a slot, a small integer that indexes the typed arrays holding its features.
 * A removed entity's slot is reused by the next one added, so the arrays stay as long as the most entities held.
 */
export class SlotTable {
  readonly #slotOf = new Map<string, number>();
  readonly #idAt: (string | undefined)[] = [];
  readonly #free: number[] = [];

  slotOf(id: string): number | undefined {
    return this.#slotOf.get(id);
  }

  idAt(slot: number): string | undefined {
    return this.#idAt[slot];
  }

  /** The slot of `id`, taken from the free list (or a new one) if it has none yet. */
  claim(id: string): number {
    const held = this.#slotOf.get(id);
    if (held !== undefined) return held;
    const slot = this.#free.pop() ?? this.#idAt.length;
    this.#slotOf.set(id, slot);
    this.#idAt[slot] = id;
    return slot;
  }

  /** Frees the slot of `id`; returns it, or undefined if `id` held none. */
  release(id: string): number | undefined {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return undefined;
    this.#slotOf.delete(id);
    this.#idAt[slot] = undefined;
    this.#free.push(slot);
    return slot;
  }

  /** One more than the highest slot ever used: slots run from 0 to this, free ones included. */
  get extent(): number {
    return this.#idAt.length;
  }

  get count(): number {
    return this.#slotOf.size;
  }
}

/** A typed array at least `length` long, keeping the contents of `array` (doubling, so growth stays amortised). */
export function grown<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array>(array: T, length: number): T {
  if (array.length >= length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(length, array.length * 2, 64));
  next.set(array);
  return next;
}
