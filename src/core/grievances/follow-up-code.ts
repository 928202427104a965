// The follow-up code a reporter gets once, to follow their grievance without an account. Twelve characters from an
// alphabet without look-alikes (no I, O, 0 or 1), shown in three groups (ABCD-EFGH-JKMN) so it can be read aloud,
// written down or typed on a phone. 32 letters × 12 = 60 bits: guessing is hopeless behind the rate limit.

export const FOLLOW_UP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const FOLLOW_UP_CODE_LENGTH = 12;
const GROUP = 4;

/** Greek capitals that look like Latin ones, as a Greek keyboard types them. */
const LOOK_ALIKES: Record<string, string> = {
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
};

/** Turns random bytes (at least 12) into a grouped code; each byte picks one of the 32 letters without bias. */
export function followUpCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < FOLLOW_UP_CODE_LENGTH) throw new Error("a follow-up code needs 12 random bytes");
  let plain = "";
  for (let i = 0; i < FOLLOW_UP_CODE_LENGTH; i++) plain += FOLLOW_UP_ALPHABET[(bytes[i] ?? 0) & 31];
  return groupFollowUpCode(plain);
}

export function groupFollowUpCode(plain: string): string {
  const groups: string[] = [];
  for (let i = 0; i < plain.length; i += GROUP) groups.push(plain.slice(i, i + GROUP));
  return groups.join("-");
}

/**
 * The code as typed (lower case, spaces, dashes, Greek look-alike capitals) reduced to its 12 plain characters, or
 * null when it cannot be a code.
 */
export function normaliseFollowUpCode(typed: string): string | null {
  let plain = "";
  for (const character of typed.normalize("NFKC").toUpperCase()) {
    if (/[\s\-–—._/]/u.test(character)) continue;
    const latin = LOOK_ALIKES[character] ?? character;
    if (!FOLLOW_UP_ALPHABET.includes(latin)) return null;
    plain += latin;
  }
  return plain.length === FOLLOW_UP_CODE_LENGTH ? plain : null;
}
