/** Numbers for strings (skill URIs, occupations, centres…), so the indexes compare and look up small integers. */
export class Interner {
  readonly #ids = new Map<string, number>();
  readonly #keys: string[] = [];

  /** The number of `key`, given on first sight; numbers run from 0 without gaps. */
  idOf(key: string): number {
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#keys.length;
      this.#ids.set(key, id);
      this.#keys.push(key);
    }
    return id;
  }

  /** The number of `key`, or -1 when it was never seen (so nothing indexed can carry it). */
  find(key: string): number {
    return this.#ids.get(key) ?? -1;
  }

  get size(): number {
    return this.#keys.length;
  }
}
