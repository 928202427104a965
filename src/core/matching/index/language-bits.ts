import { LANGUAGE_LEVELS } from "../../reference/codes.js";
import { boundedCredit } from "../criterion-score.js";
import { languageCredit, languagesCredit } from "../languages.js";
import { criterionPoints } from "../weights.js";
import type { OfferDemand } from "./features.js";
import type { SlotBitsets } from "./slot-bitsets.js";

/** Levels a language can be spoken at (A1 to native): a worker's bit is set for each level up to theirs. */
const LEVELS = LANGUAGE_LEVELS.length;

/** Required languages past this many are not read from the bitsets: their workers get the language points at best. */
const MAX_LANGUAGES_READ = 5;

/** The keys of a worker's language bits: for each language spoken (pairs of language, level rank), every level up to theirs. */
export function spokenLanguageKeys(languages: readonly number[]): number[] {
  const keys: number[] = [];
  for (let i = 0; i < languages.length; i += 2) {
    for (let rank = 0; rank <= (languages[i + 1] as number); rank++) keys.push((languages[i] as number) * LEVELS + rank);
  }
  return keys;
}

/**
 * A worker's language points for one offer, read from the bitsets of languages spoken by level: for each required
 * language whether the worker speaks it at the level asked, one level below, or neither, which is all
 * languageCredit distinguishes. The points of every combination are worked out once per search with
 * spokenLanguagesCredit's arithmetic (credits summed in the offer's order), so they equal pairScore's.
 */
export class LanguageBits {
  /** Per required language, in the offer's order: workers at the level asked or above, workers one level below. */
  readonly #atLevel: Int32Array[] = [];
  readonly #oneBelow: Int32Array[] = [];
  /** Points by combination: the sum over languages of state × 3^i, state 2 at the level, 1 one below, 0 neither. */
  readonly #points: Int8Array;

  constructor(demand: OfferDemand, bitsets: SlotBitsets, words: number) {
    const required = demand.languages.length / 2;
    const read = required <= MAX_LANGUAGES_READ ? required : 0;
    for (let i = 0; i < read; i++) {
      const language = demand.languages[2 * i] as number;
      const rank = demand.languages[2 * i + 1] as number;
      this.#atLevel.push(bitsets.of(language * LEVELS + rank, words));
      this.#oneBelow.push(bitsets.of(rank > 0 ? language * LEVELS + rank - 1 : null, words));
    }
    this.#points = new Int8Array(3 ** read);
    for (let combination = 0; combination < this.#points.length; combination++) {
      if (read < required) {
        this.#points[combination] = criterionPoints("language", 1);
        continue;
      }
      let earned = 0;
      for (let i = 0, rest = combination; i < read; i++, rest = Math.floor(rest / 3)) {
        const rank = demand.languages[2 * i + 1] as number;
        const state = rest % 3;
        earned += languageCredit(rank, state === 2 ? rank : state === 1 ? rank - 1 : undefined);
      }
      this.#points[combination] = criterionPoints("language", boundedCredit(languagesCredit(earned, required)));
    }
  }

  /** The language points of the worker at `bit` of `word`. */
  pointsAt(word: number, bit: number): number {
    let combination = 0;
    for (let i = this.#atLevel.length - 1; i >= 0; i--) {
      const state =
        (((this.#atLevel[i] as Int32Array)[word] as number) >>> bit) & 1
          ? 2
          : (((this.#oneBelow[i] as Int32Array)[word] as number) >>> bit) & 1;
      combination = combination * 3 + state;
    }
    return this.#points[combination] as number;
  }
}
