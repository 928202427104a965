/** Letters that Unicode does not decompose into a base letter and an accent. */
const UNDECOMPOSED: Record<string, string> = { ł: "l", ø: "o", đ: "d", ß: "ss", ı: "i", æ: "ae", œ: "oe", þ: "th" };

/**
 * Folds text for search so that people can type without accents, tonos, hamza or harakat:
 * "Ελιά" ~ "ελια", "olivo" ~ "Olivó", "أشجار" ~ "اشجار", "Łukasz" ~ "lukasz".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[łøđßıæœþ]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/ς/g, "σ")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
