import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/** zxcvbn's score 0–4; 3 ("safely unguessable", about 10^8 guesses and more) is the least a new password needs. */
export const MINIMUM_PASSWORD_SCORE = 3;

let checker: ZxcvbnFactory | null = null;

/** Built on first use: the common-password lists take a moment to load and most requests never need them. */
function passwordChecker(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return checker;
}

/**
 * A password that appears in the common-password lists, or that a guessing attack built from them would find soon
 * (score under 3), is refused. Words about the person themselves (name, e-mail) count as known to an attacker.
 */
export function isCommonPassword(password: string, personalWords: string[] = []): boolean {
  const result = passwordChecker().check(password, personalWords);
  const inCommonList = result.sequence.some(
    (match) => match.pattern === "dictionary" && match.token.length === password.length && match.dictionaryName === "passwords-common",
  );
  return inCommonList || result.score < MINIMUM_PASSWORD_SCORE;
}
