/**
 * The k best (score, id) pairs seen so far, kept in a min-heap whose root is the worst of them: a higher score is
 * better and, at equal scores, the smaller id (the order rankCandidates and rankOffers give).
 */
export class TopK {
  readonly #slots: Int32Array;
  readonly #scores: Int32Array;
  #size = 0;

  constructor(
    readonly k: number,
    /** Whether the id of one slot comes before another's. */
    private readonly idBefore: (a: number, b: number) => boolean,
  ) {
    this.#slots = new Int32Array(k);
    this.#scores = new Int32Array(k);
  }

  get full(): boolean {
    return this.#size >= this.k;
  }

  /** The score a newcomer must reach to have a chance (ties are settled by id); -1 while not full. */
  get threshold(): number {
    return this.full ? (this.#scores[0] as number) : -1;
  }

  /** Whether a newcomer scoring `score` would be kept (while not full, any would). */
  admits(slot: number, score: number): boolean {
    return !this.full || this.#better(slot, score, this.#slots[0] as number, this.#scores[0] as number);
  }

  push(slot: number, score: number): void {
    if (this.k === 0) return;
    if (!this.full) {
      this.#slots[this.#size] = slot;
      this.#scores[this.#size] = score;
      this.#size += 1;
      this.#up(this.#size - 1);
      return;
    }
    if (!this.#better(slot, score, this.#slots[0] as number, this.#scores[0] as number)) return;
    this.#slots[0] = slot;
    this.#scores[0] = score;
    this.#down(0);
  }

  /** The pairs held, best first. */
  sorted(): { slot: number; score: number }[] {
    const entries = Array.from({ length: this.#size }, (_, i) => ({ slot: this.#slots[i] as number, score: this.#scores[i] as number }));
    return entries.sort((a, b) => (this.#better(a.slot, a.score, b.slot, b.score) ? -1 : 1));
  }

  #better(slotA: number, scoreA: number, slotB: number, scoreB: number): boolean {
    return scoreA !== scoreB ? scoreA > scoreB : this.idBefore(slotA, slotB);
  }

  #worse(i: number, j: number): boolean {
    return this.#better(this.#slots[j] as number, this.#scores[j] as number, this.#slots[i] as number, this.#scores[i] as number);
  }

  #swap(i: number, j: number): void {
    const slot = this.#slots[i] as number;
    const score = this.#scores[i] as number;
    this.#slots[i] = this.#slots[j] as number;
    this.#scores[i] = this.#scores[j] as number;
    this.#slots[j] = slot;
    this.#scores[j] = score;
  }

  #up(i: number): void {
    let child = i;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.#worse(child, parent)) return;
      this.#swap(child, parent);
      child = parent;
    }
  }

  #down(i: number): void {
    let parent = i;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let worst = parent;
      if (left < this.#size && this.#worse(left, worst)) worst = left;
      if (right < this.#size && this.#worse(right, worst)) worst = right;
      if (worst === parent) return;
      this.#swap(parent, worst);
      parent = worst;
    }
  }
}
