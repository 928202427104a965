import type { SeededRandom } from "./seeded-random.js";

/**
 * A Greek tax number (AFM) with a valid check digit, written as the VAT number "EL" + 9 digits. Companies' AFMs
 * start with 8 or 9, individuals' with 0 or 1.
 */
export function greekVatNumber(random: SeededRandom, kind: "company" | "person"): string {
  const digits = [kind === "company" ? random.pick([8, 9]) : random.pick([0, 1])];
  while (digits.length < 8) digits.push(random.int(0, 9));
  const sum = digits.reduce((acc, digit, i) => acc + digit * 2 ** (8 - i), 0);
  return `EL${digits.join("")}${(sum % 11) % 10}`;
}

/** Letters of a Spanish company tax number (NIF/CIF) by legal form. */
export type SpanishEntityLetter = "A" | "B" | "E" | "F" | "V";

/**
 * A Spanish company tax number: the legal-form letter (B S.L., A S.A., F cooperative, E comunidad de bienes,
 * V others such as an S.A.T.), the province (21 Huelva), five digits and the check digit.
 */
export function spanishCompanyNif(random: SeededRandom, letter: SpanishEntityLetter, province = "21"): string {
  let body = province;
  while (body.length < 7) body += String(random.int(0, 9));
  const digits = [...body].map(Number);
  let sum = 0;
  digits.forEach((digit, i) => {
    if (i % 2 === 1) sum += digit;
    else {
      const doubled = digit * 2;
      sum += Math.floor(doubled / 10) + (doubled % 10);
    }
  });
  const control = (10 - (sum % 10)) % 10;
  return `${letter}${body}${control}`;
}
