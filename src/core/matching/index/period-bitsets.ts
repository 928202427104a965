import type { DayInterval } from "../iso-days.js";
import { andWords, clearBit, setBit } from "./slot-bitsets.js";
import { grown } from "./slot-table.js";

/** Days of one block: half a month or so, so that most offers hold whole blocks. */
const BLOCK_DAYS = 16;

/** What PeriodBitsets reads of a worker: the span of their authorised days and of their available days. */
export interface WorkerSpans {
  authorised(slot: number): DayInterval;
  available(slot: number): DayInterval;
}

/**
 * Bitsets of workers by block of days, for the blocks offers need (made when an offer is added): workers
 * authorised over the whole block (by the span of their authorisations), and workers available on some day of the
 * block (by the span of their availability). An offer's possible workers are those authorised over every block
 * inside its period and available in some block touching it: a necessary condition of the hard rules, 32 workers
 * at a time, so that most workers failing them are never read one by one.
 */
export class PeriodBitsets {
  readonly #authorised = new Map<number, Int32Array>();
  readonly #available = new Map<number, Int32Array>();
  #words = 0;

  constructor(private readonly spans: WorkerSpans) {}

  /** Records the worker of `slot` in every block made so far; `words` is the number of words slots need. */
  add(slot: number, words: number): void {
    this.#grow(words);
    const authorised = this.spans.authorised(slot);
    const available = this.spans.available(slot);
    for (const [block, bits] of this.#authorised) if (covers(authorised, block)) setBit(bits, slot);
    for (const [block, bits] of this.#available) if (touches(available, block)) setBit(bits, slot);
  }

  remove(slot: number): void {
    for (const bits of this.#authorised.values()) clearBit(bits, slot);
    for (const bits of this.#available.values()) clearBit(bits, slot);
  }

  /**
   * Makes the blocks the period needs (an offer's, when it is added, so that no search waits for one): `slots`
   * lists the workers held, to fill a block made now.
   */
  prepare(period: DayInterval, words: number, slots: () => ArrayLike<number>): void {
    this.#insideBlocks(period, words, slots);
    this.#touchingBlocks(period, words, slots);
  }

  /**
   * Keeps in `within` only the workers who may meet the period's authorisation and availability rules. `slots`
   * lists the workers held (to fill a block not made yet); `live`, when given, the only words of `within` holding
   * any worker (the others are left as they are: 0).
   */
  narrow(within: Int32Array, period: DayInterval, words: number, slots: () => ArrayLike<number>, live?: ArrayLike<number>): void {
    for (const bits of this.#insideBlocks(period, words, slots)) andWords(within, bits, words, live);
    const count = live ? live.length : words;
    const touching = this.#touchingBlocks(period, words, slots);
    for (let i = 0; i < count; i++) {
      const w = live ? (live[i] as number) : i;
      let any = 0;
      for (const bits of touching) any |= bits[w] as number;
      within[w] = (within[w] as number) & any;
    }
  }

  /** The bitsets of the blocks inside the period: workers authorised over each. */
  #insideBlocks(period: DayInterval, words: number, slots: () => ArrayLike<number>): Int32Array[] {
    this.#grow(words);
    const inside: Int32Array[] = [];
    for (let block = Math.ceil(period.from / BLOCK_DAYS); (block + 1) * BLOCK_DAYS - 1 <= period.to; block++) {
      inside.push(this.#block(this.#authorised, block, slots, (slot) => covers(this.spans.authorised(slot), block)));
    }
    return inside;
  }

  /** The bitsets of the blocks touching the period: workers available on some day of each. */
  #touchingBlocks(period: DayInterval, words: number, slots: () => ArrayLike<number>): Int32Array[] {
    this.#grow(words);
    const first = Math.floor(period.from / BLOCK_DAYS);
    const last = Math.floor(period.to / BLOCK_DAYS);
    return Array.from({ length: last - first + 1 }, (_, i) =>
      this.#block(this.#available, first + i, slots, (slot) => touches(this.spans.available(slot), first + i)),
    );
  }

  #block(blocks: Map<number, Int32Array>, block: number, slots: () => ArrayLike<number>, holds: (slot: number) => boolean): Int32Array {
    let bits = blocks.get(block);
    if (!bits) {
      bits = new Int32Array(this.#words);
      const held = slots();
      for (let i = 0; i < held.length; i++) if (holds(held[i] as number)) setBit(bits, held[i] as number);
      blocks.set(block, bits);
    }
    return bits;
  }

  #grow(words: number): void {
    if (words <= this.#words) return;
    this.#words = Math.max(words, this.#words * 2, 64);
    for (const blocks of [this.#authorised, this.#available]) {
      for (const [block, bits] of blocks) blocks.set(block, grown(bits, this.#words));
    }
  }
}

function covers(span: DayInterval, block: number): boolean {
  return span.from <= block * BLOCK_DAYS && span.to >= (block + 1) * BLOCK_DAYS - 1;
}

function touches(span: DayInterval, block: number): boolean {
  return span.from <= (block + 1) * BLOCK_DAYS - 1 && span.to >= block * BLOCK_DAYS;
}
