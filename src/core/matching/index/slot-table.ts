/**
 * Gives each entity (worker or offer) a slot, a small integer that indexes the typed arrays holding its features.
 * A removed entity's slot is reused by the next one added, so the arrays stay as long as the most entities held.
 */
export class SlotTable {
  readonly #slotOf = new Map<string, number>();
  readonly #idAt: (string | undefined)[] = [];
  readonly #free: number[] = [];
  /** Per slot, a number ordered as the ids' first characters are (see sortKey), to compare ids without reading them. */
  #sortKeys = new Float64Array(0);

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
    this.#sortKeys = grown(this.#sortKeys, this.#idAt.length);
    this.#sortKeys[slot] = sortKey(id);
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

  /** Whether the id of slot `a` comes before that of slot `b` (JavaScript's string order, as rankings sort). */
  idBefore(a: number, b: number): boolean {
    const keyA = this.#sortKeys[a] as number;
    const keyB = this.#sortKeys[b] as number;
    if (keyA < keyB) return true;
    if (keyA > keyB) return false;
    return (this.#idAt[a] ?? "") < (this.#idAt[b] ?? "");
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

/** Characters of an id the sort key holds: six of 8 bits fit a double exactly. */
const KEYED_CHARACTERS = 6;

/**
 * The id's first characters as one number, ordered as the strings are; ids equal in those (or holding a character
 * past 255 there, NaN) are compared as strings.
 */
function sortKey(id: string): number {
  let key = 0;
  for (let i = 0; i < KEYED_CHARACTERS; i++) {
    const code = i < id.length ? id.charCodeAt(i) : 0;
    if (code > 255) return Number.NaN;
    key = key * 256 + code;
  }
  return key;
}
