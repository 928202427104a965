import { foldForSearch } from "../core/shared/fold-for-search.js";
import { type CsvRow, readCsv, requiredCell } from "./read-csv.js";
import { type MatchRank, matchRank } from "./text-match.js";

/** Languages the shipped ESCO subset has labels in (some only for occupations and ISCO groups). */
export const ESCO_LANGS = ["en", "el", "es", "it", "fr", "nl", "ar", "bg", "ro"] as const;
export type Lang = (typeof ESCO_LANGS)[number];

export type LabelSource = "esco" | "project";
export type Labels = Partial<Record<Lang, string>>;

export interface Occupation {
  uri: string;
  iscoCode: string;
  escoCode: string;
  labels: Labels;
  altLabelsEn: string[];
  descriptionEn: string;
}

export interface Skill {
  uri: string;
  type: "skill" | "knowledge";
  reuseLevel: string;
  labels: Labels;
  /** Where each label comes from: ESCO itself, or the project's own translation (skill_labels_project.csv). */
  labelSources: Partial<Record<Lang, LabelSource>>;
  descriptionEn: string;
}

export interface IscoGroup {
  code: string;
  level: number;
  parentCode: string | null;
  uri: string;
  labels: Labels;
  descriptionEn: string;
}

export interface OccupationSkills {
  essential: string[];
  optional: string[];
}

export interface EscoCatalogue {
  occupations: ReadonlyMap<string, Occupation>;
  skills: ReadonlyMap<string, Skill>;
  skillsByOccupation: ReadonlyMap<string, OccupationSkills>;
  iscoGroups: ReadonlyMap<string, IscoGroup>;
}

const files = {
  occupations: new URL("./esco/occupations.csv", import.meta.url),
  skills: new URL("./esco/skills.csv", import.meta.url),
  projectSkillLabels: new URL("./esco/skill_labels_project.csv", import.meta.url),
  occupationSkills: new URL("./esco/occupation_skills.csv", import.meta.url),
  iscoGroups: new URL("./esco/isco_groups.csv", import.meta.url),
};

// Reference data never changes while the process runs: read the files once and share the result.
let cached: EscoCatalogue | undefined;

export function loadEscoCatalogue(): EscoCatalogue {
  cached ??= readCatalogue();
  return cached;
}

/** The label in `lang`, or the English one when ESCO (and the project) have none in that language. */
export function escoLabel(entry: { labels: Labels }, lang: Lang): string {
  return entry.labels[lang] || entry.labels.en || "";
}

function readCatalogue(): EscoCatalogue {
  const skills = readSkills();
  return {
    occupations: new Map(readCsv(files.occupations).map((row) => [row.esco_uri ?? "", toOccupation(row)])),
    skills,
    skillsByOccupation: readOccupationSkills(skills),
    iscoGroups: new Map(readCsv(files.iscoGroups).map((row) => [row.code ?? "", toIscoGroup(row)])),
  };
}

function labelsOf(row: CsvRow): Labels {
  const labels: Labels = {};
  for (const lang of ESCO_LANGS) {
    const label = row[`preferred_label_${lang}`];
    if (label) labels[lang] = label;
  }
  return labels;
}

function toOccupation(row: CsvRow): Occupation {
  const file = files.occupations;
  return {
    uri: requiredCell(row, "esco_uri", file),
    iscoCode: requiredCell(row, "isco_code", file),
    escoCode: requiredCell(row, "esco_code", file),
    labels: labelsOf(row),
    altLabelsEn: (row.alt_labels_en ?? "").split("|").filter((label) => label !== ""),
    descriptionEn: row.description_en ?? "",
  };
}

function toIscoGroup(row: CsvRow): IscoGroup {
  const file = files.iscoGroups;
  return {
    code: requiredCell(row, "code", file),
    level: Number(requiredCell(row, "level", file)),
    parentCode: row.parent_code || null,
    uri: requiredCell(row, "esco_uri", file),
    labels: labelsOf(row),
    descriptionEn: row.description_en ?? "",
  };
}

function readSkills(): Map<string, Skill> {
  const file = files.skills;
  const skills = new Map<string, Skill>();
  for (const row of readCsv(file)) {
    const labels = labelsOf(row);
    const labelSources: Skill["labelSources"] = {};
    for (const lang of Object.keys(labels) as Lang[]) labelSources[lang] = "esco";
    const uri = requiredCell(row, "esco_uri", file);
    skills.set(uri, {
      uri,
      type: requiredCell(row, "skill_type", file) === "knowledge" ? "knowledge" : "skill",
      reuseLevel: requiredCell(row, "reuse_level", file),
      labels,
      labelSources,
      descriptionEn: row.description_en ?? "",
    });
  }
  addProjectLabels(skills);
  return skills;
}

/** The project's own translations fill the languages ESCO left empty; an ESCO label always wins. */
function addProjectLabels(skills: Map<string, Skill>): void {
  const file = files.projectSkillLabels;
  for (const row of readCsv(file)) {
    const skill = skills.get(requiredCell(row, "esco_uri", file));
    const lang = requiredCell(row, "lang", file);
    if (!skill) throw new Error(`${file.pathname}: unknown skill ${row.esco_uri}`);
    if (!isLang(lang)) throw new Error(`${file.pathname}: unknown language ${lang}`);
    if (skill.labels[lang]) continue;
    skill.labels[lang] = requiredCell(row, "label", file);
    skill.labelSources[lang] = "project";
  }
}

function isLang(value: string): value is Lang {
  return (ESCO_LANGS as readonly string[]).includes(value);
}

function readOccupationSkills(skills: ReadonlyMap<string, Skill>): Map<string, OccupationSkills> {
  const file = files.occupationSkills;
  const byOccupation = new Map<string, OccupationSkills>();
  for (const row of readCsv(file)) {
    const occupationUri = requiredCell(row, "occupation_uri", file);
    const skillUri = requiredCell(row, "skill_uri", file);
    if (!skills.has(skillUri)) throw new Error(`${file.pathname}: unknown skill ${skillUri}`);
    const entry = byOccupation.get(occupationUri) ?? { essential: [], optional: [] };
    (requiredCell(row, "relation_type", file) === "essential" ? entry.essential : entry.optional).push(skillUri);
    byOccupation.set(occupationUri, entry);
  }
  return byOccupation;
}

/** Occupations whose label in `lang`, English label or English alternative labels match `query`, best first. */
export function searchOccupations(query: string, lang: Lang, limit = 20): Occupation[] {
  const folded = foldForSearch(query);
  const hits: RankedHit<Occupation>[] = [];
  for (const occupation of loadEscoCatalogue().occupations.values()) {
    const rank = bestRank(folded, [escoLabel(occupation, lang), occupation.labels.en ?? ""], occupation.altLabelsEn);
    if (rank !== undefined) hits.push({ entry: occupation, group: 0, rank, label: escoLabel(occupation, lang) });
  }
  return topHits(hits, limit);
}

/**
 * Skills whose label in `lang` or English label match `query`, best first. When an occupation is given, its
 * essential skills come first, then its optional ones, then all others: a caseworker profiling a vineyard
 * worker wants "prune vines" before pruning knowledge from forestry.
 */
export function searchSkills(query: string, lang: Lang, limit = 20, occupationUri?: string): Skill[] {
  const catalogue = loadEscoCatalogue();
  const ofOccupation = occupationUri ? catalogue.skillsByOccupation.get(occupationUri) : undefined;
  const essential = new Set(ofOccupation?.essential);
  const optional = new Set(ofOccupation?.optional);
  const folded = foldForSearch(query);
  const hits: RankedHit<Skill>[] = [];
  for (const skill of catalogue.skills.values()) {
    const rank = bestRank(folded, [escoLabel(skill, lang), skill.labels.en ?? ""], []);
    if (rank === undefined) continue;
    const group = essential.has(skill.uri) ? 0 : optional.has(skill.uri) ? 1 : 2;
    hits.push({ entry: skill, group, rank, label: escoLabel(skill, lang) });
  }
  return topHits(hits, limit);
}

interface RankedHit<T> {
  entry: T;
  group: number;
  rank: number;
  label: string;
}

/** Preferred labels rank ahead of alternative labels of the same match quality. */
function bestRank(foldedQuery: string, preferred: string[], alternatives: string[]): number | undefined {
  const ranks: number[] = [];
  for (const text of preferred) pushRank(ranks, matchRank(foldForSearch(text), foldedQuery), 0);
  for (const text of alternatives) pushRank(ranks, matchRank(foldForSearch(text), foldedQuery), 0.5);
  return ranks.length > 0 ? Math.min(...ranks) : undefined;
}

function pushRank(ranks: number[], rank: MatchRank | undefined, penalty: number): void {
  if (rank !== undefined) ranks.push(rank + penalty);
}

function topHits<T>(hits: RankedHit<T>[], limit: number): T[] {
  hits.sort((a, b) => a.group - b.group || a.rank - b.rank || a.label.length - b.label.length || a.label.localeCompare(b.label));
  return hits.slice(0, Math.max(0, limit)).map((hit) => hit.entry);
}
