// The synthetic network as the rows of the SQL baseline's tables (column arrays, ready for INSERT … unnest).
// The facts are read with the same helpers the scorer uses (merged permit spans, best credit per skill…), so the
// tables hold what scoreMatch reads; the query then does all the matching and scoring.
import { authorisedDays } from "../../src/core/matching/authorisation.js";
import { availabilityDays } from "../../src/core/matching/availability.js";
import { certificateDays } from "../../src/core/matching/certificates.js";
import { occupationKey } from "../../src/core/matching/experience.js";
import { dayNumber } from "../../src/core/matching/iso-days.js";
import { levelRank } from "../../src/core/matching/languages.js";
import { drivingLicenceValidUntil } from "../../src/core/matching/licence.js";
import type { MatchOffer, MatchWorker, OffersMatchContext } from "../../src/core/matching/match-inputs.js";
import { OPTIONAL_SKILL_FACTOR, skillCredits } from "../../src/core/matching/skills.js";
import { SECTORS } from "../../src/core/reference/codes.js";
import { FOREVER, SINCE_EVER } from "./sql-schema.js";

export type Column = (string | number | boolean | null)[];
/** Table name → its columns, in the order of the table's definition. */
export type Rows = Map<string, Column[]>;

/** Numbers for strings (skills, occupations, ISCO groups, languages, certificate kinds), shared by both sides. */
class Numbering {
  readonly #ids = new Map<string, number>();
  of(key: string): number {
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(key, id);
    }
    return id;
  }
}

const day = (value: number) => (value === Infinity ? FOREVER : value === -Infinity ? SINCE_EVER : value);

export class SqlRows {
  readonly rows: Rows = new Map();
  readonly #skills = new Numbering();
  readonly #occupations = new Numbering();
  readonly #groups = new Numbering();
  readonly #languages = new Numbering();
  readonly #kinds = new Numbering();

  constructor(private readonly context: OffersMatchContext) {}

  #push(table: string, ...values: (string | number | boolean | null)[]): void {
    let columns = this.rows.get(table);
    if (!columns) {
      columns = values.map(() => []);
      this.rows.set(table, columns);
    }
    values.forEach((value, i) => {
      columns[i]?.push(value);
    });
  }

  #occupation(uri: string): [number, number | null, number | null] {
    const key = occupationKey(uri, this.context.iscoOf);
    return [
      this.#occupations.of(key.occupation),
      key.unitGroup === null ? null : this.#groups.of(`unit:${key.unitGroup}`),
      key.minorGroup === null ? null : this.#groups.of(`minor:${key.minorGroup}`),
    ];
  }

  addWorker(w: number, worker: MatchWorker): void {
    const licence = drivingLicenceValidUntil(worker);
    const sectorMask = worker.preferences.sectors.reduce((mask, sector) => mask | (1 << SECTORS.indexOf(sector)), 0);
    this.#push(
      "workers",
      w,
      worker.id,
      worker.location?.lat ?? null,
      worker.location?.lon ?? null,
      worker.willingToRelocate,
      licence === -Infinity ? null : day(licence),
      sectorMask,
      worker.preferences.minHourlyPayCents,
      worker.preferences.accommodationNeeded,
    );
    for (const span of authorisedDays(worker.authorisations)) this.#push("worker_permits", w, day(span.from), day(span.to));
    for (const window of availabilityDays(worker.availability)) this.#push("worker_windows", w, window.from, window.to);
    let ord = 0;
    for (const [uri, credit] of skillCredits(worker.skills)) this.#push("worker_skills", w, this.#skills.of(uri), credit, ord++);
    const spoken = new Map<number, number>();
    for (const { language, level } of worker.languages) {
      const id = this.#languages.of(language);
      spoken.set(id, Math.max(levelRank(level), spoken.get(id) ?? -1));
    }
    for (const [language, rank] of spoken) this.#push("worker_languages", w, language, rank);
    for (const { occupationUri, yearsExperience } of worker.occupations) {
      this.#push("worker_occupations", w, ...this.#occupation(occupationUri), yearsExperience);
    }
    for (const certificate of worker.certificates) {
      const days = certificateDays(certificate);
      this.#push("worker_certificates", w, this.#kinds.of(certificate.kind), day(days.from), day(days.to));
    }
  }

  addOffer(o: number, offer: MatchOffer): void {
    this.#push(
      "offers",
      o,
      offer.id,
      ...this.#occupation(offer.occupationUri),
      dayNumber(offer.startDate),
      dayNumber(offer.endDate),
      offer.payAmountCents,
      offer.payUnit,
      offer.hoursPerWeek,
      offer.piecesPerHour,
      offer.accommodationProvided,
      1 << SECTORS.indexOf(offer.sector),
      offer.location?.lat ?? null,
      offer.location?.lon ?? null,
      offer.minYearsExperience,
      offer.drivingLicenceRequired,
    );
    for (const [ord, uri] of [...new Set(offer.requiredSkills)].entries()) this.#push("offer_skills", o, this.#skills.of(uri), ord);
    for (const [ord, { language, level }] of offer.requiredLanguages.entries()) {
      this.#push("offer_languages", o, this.#languages.of(language), levelRank(level), ord);
    }
    for (const kind of new Set(offer.requiredCertificates)) this.#push("offer_certificates", o, this.#kinds.of(kind));
  }

  /** ESCO's skills of every occupation the offers name: 1 when essential, OPTIONAL_SKILL_FACTOR when only optional. */
  addOccupationSkills(occupationUris: Iterable<string>): void {
    for (const uri of new Set(occupationUris)) {
      const skills = this.context.occupationSkillsOf?.(uri);
      if (!skills) continue;
      const [occupation] = this.#occupation(uri);
      const essential = new Set(skills.essential);
      for (const skill of essential) this.#push("occupation_skills", occupation, this.#skills.of(skill), 1);
      for (const skill of new Set(skills.optional)) {
        if (!essential.has(skill)) this.#push("occupation_skills", occupation, this.#skills.of(skill), OPTIONAL_SKILL_FACTOR);
      }
    }
  }
}
