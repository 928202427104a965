import type { SeededRandom } from "./seeded-random.js";

/** Greek mobile numbers are 69x xxx xxxx; Spanish mobiles 6xx xxx xxx. */
const GREEK_MOBILE_PREFIXES = ["690", "691", "693", "694", "695", "697", "698", "699"];

/** Hands out distinct mobile numbers in E.164. */
export class PhoneBook {
  private readonly used = new Set<string>();

  constructor(private readonly random: SeededRandom) {}

  /** Marks a fixed number as taken, so no generated number repeats it. */
  reserve(phone: string): string {
    if (this.used.has(phone)) throw new Error(`phone number used twice: ${phone}`);
    this.used.add(phone);
    return phone;
  }

  greekMobile(): string {
    return this.draw(() => `+30${this.random.pick(GREEK_MOBILE_PREFIXES)}${this.digits(7)}`);
  }

  spanishMobile(): string {
    return this.draw(() => `+346${this.random.int(0, 9)}${this.random.int(0, 9)}${this.digits(6)}`);
  }

  private draw(make: () => string): string {
    for (;;) {
      const phone = make();
      if (!this.used.has(phone)) return this.reserve(phone);
    }
  }

  private digits(count: number): string {
    let out = "";
    for (let i = 0; i < count; i += 1) out += String(this.random.int(0, 9));
    return out;
  }
}
