import { randomInt } from "node:crypto";

/** Letters and digits that cannot be mistaken for one another when read out over the phone (no 0/O/o, 1/l/I). */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
const GROUPS = 4;
const GROUP_LENGTH = 5;

function randomGroup(): string {
  return Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

function hasEveryKind(password: string): boolean {
  return /[A-Z]/.test(password) && /[a-z]/.test(password) && /[0-9]/.test(password);
}

/**
 * A password to hand over once, when a centre opens an account for someone: 20 random characters from a
 * cryptographic source (about 116 bits) in groups of five, easy to copy by hand. Drawn again in the rare case it
 * lacks an upper-case letter, a lower-case letter or a digit, so it passes any password rule an employer meets.
 */
export function generateTemporaryPassword(): string {
  for (;;) {
    const password = Array.from({ length: GROUPS }, randomGroup).join("-");
    if (hasEveryKind(password)) return password;
  }
}
