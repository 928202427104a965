/**
 * Inverted lists of slots by key (an occupation, an ISCO group, a skill…) and, within a key, by place (where the
 * worker lives, and whether they relocate): a search reads a key's lists place by place, nearest places first,
 * because within one place every worker earns the same distance points.
 */
export class PostingLists {
  readonly #byKey = new Map<number, Map<number, number[]>>();

  add(key: number, place: number, slot: number): void {
    let places = this.#byKey.get(key);
    if (!places) {
      places = new Map();
      this.#byKey.set(key, places);
    }
    const slots = places.get(place);
    if (slots) slots.push(slot);
    else places.set(place, [slot]);
  }

  /** Order within a list does not matter (searches rank by score, then id), so removal swaps in the last slot. */
  remove(key: number, place: number, slot: number): void {
    const places = this.#byKey.get(key);
    const slots = places?.get(place);
    if (!places || !slots) return;
    const at = slots.indexOf(slot);
    if (at < 0) return;
    const last = slots.pop() as number;
    if (at < slots.length) slots[at] = last;
    if (slots.length === 0) places.delete(place);
    if (places.size === 0) this.#byKey.delete(key);
  }

  /** The lists of `key`, by place. */
  placesOf(key: number): ReadonlyMap<number, readonly number[]> | undefined {
    return this.#byKey.get(key);
  }
}
