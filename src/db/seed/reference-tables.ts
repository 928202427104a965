import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

// The reference tables shipped in src/data, read for the seed's tests (the generator itself does no I/O).

type Row = Record<string, string>;

function readCsv(relativePath: string): Row[] {
  const text = readFileSync(new URL(`../../data/${relativePath}`, import.meta.url), "utf8");
  return parse(text, { columns: true, skip_empty_lines: true }) as Row[];
}

function column(rows: readonly Row[], name: string): string[] {
  return rows.map((row) => row[name] ?? "");
}

export interface ReferenceTables {
  readonly nutsCodes: ReadonlySet<string>;
  readonly occupationUris: ReadonlySet<string>;
  readonly skillUris: ReadonlySet<string>;
  /** Skill URIs by occupation URI and relation ("essential" or "optional"). */
  readonly occupationSkills: ReadonlyMap<string, { essential: Set<string>; optional: Set<string> }>;
  readonly minimumWages: readonly Row[];
}

export function loadReferenceTables(): ReferenceTables {
  const occupationSkills = new Map<string, { essential: Set<string>; optional: Set<string> }>();
  for (const row of readCsv("esco/occupation_skills.csv")) {
    const occupation = row.occupation_uri ?? "";
    const entry = occupationSkills.get(occupation) ?? { essential: new Set<string>(), optional: new Set<string>() };
    (row.relation_type === "essential" ? entry.essential : entry.optional).add(row.skill_uri ?? "");
    occupationSkills.set(occupation, entry);
  }
  return {
    nutsCodes: new Set(column(readCsv("nuts/nuts_regions.csv"), "code")),
    occupationUris: new Set(column(readCsv("esco/occupations.csv"), "esco_uri")),
    skillUris: new Set(column(readCsv("esco/skills.csv"), "esco_uri")),
    occupationSkills,
    minimumWages: readCsv("wages/minimum_wages.csv"),
  };
}

/** The latest daily, monthly… floor of a country whose sector starts with `sectorStart`, in force on `date`, in cents. */
export function wageFloorCents(rows: readonly Row[], country: string, sectorStart: string, unit: string, date: string): number {
  const inForce = rows
    .filter((r) => r.country === country && (r.sector ?? "").startsWith(sectorStart) && r.unit === unit && (r.valid_from ?? "") <= date)
    .sort((a, b) => ((a.valid_from ?? "") < (b.valid_from ?? "") ? -1 : 1))
    .at(-1);
  if (!inForce) throw new Error(`no ${unit} wage floor for ${country} ${sectorStart} on ${date}`);
  return Math.round(Number(inForce.amount_eur) * 100);
}
