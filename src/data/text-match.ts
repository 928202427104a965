/** How well a folded text matches a folded query: lower is better, undefined is no match. */
export type MatchRank = 0 | 1 | 2 | 3 | 4;

/**
 * Ranks one candidate text: whole text equal (0), text starts with the query (1), a word starts with it (2),
 * the query is inside a word (3), every query word is found somewhere (4). Prefix before substring is what
 * people expect of a picker: typing "ολ" should show "ολοκληρωμένη…" before "καλλιέργεια".
 */
export function matchRank(foldedText: string, foldedQuery: string): MatchRank | undefined {
  if (foldedQuery === "") return undefined;
  if (foldedText === foldedQuery) return 0;
  if (foldedText.startsWith(foldedQuery)) return 1;
  const at = foldedText.indexOf(foldedQuery);
  if (at > 0) return startsAWord(foldedText, foldedQuery, at) ? 2 : 3;
  const words = foldedQuery.split(" ");
  if (words.length > 1 && words.every((word) => foldedText.includes(word))) return 4;
  return undefined;
}

function startsAWord(text: string, query: string, firstAt: number): boolean {
  for (let at = firstAt; at > 0; at = text.indexOf(query, at + 1)) {
    if (/[\s\-/(,'’]/.test(text.charAt(at - 1))) return true;
  }
  return false;
}
