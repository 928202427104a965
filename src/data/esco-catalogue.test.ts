import { describe, expect, it } from "vitest";
import { foldForSearch } from "../core/shared/fold-for-search.js";
import { escoLabel, type Lang, loadEscoCatalogue, searchOccupations, searchSkills } from "./esco-catalogue.js";
import { readCsv } from "./read-csv.js";

const catalogue = loadEscoCatalogue();
const REQUIRED_SKILL_LANGS: Lang[] = ["en", "el", "es", "it", "fr", "nl", "ar"];
const PROJECT_LANGS: Lang[] = ["el", "it", "nl", "ar"];

function occupationUri(englishLabel: string): string {
  const found = [...catalogue.occupations.values()].find((occupation) => occupation.labels.en === englishLabel);
  if (!found) throw new Error(`no occupation ${englishLabel}`);
  return found.uri;
}

describe("the shipped ESCO subset", () => {
  it("has the 61 occupations, 871 skills, 35 ISCO groups and 2,600 occupation–skill relations of SOURCES.md", () => {
    expect(catalogue.occupations.size).toBe(61);
    expect(catalogue.skills.size).toBe(871);
    expect(catalogue.iscoGroups.size).toBe(35);
    const relations = [...catalogue.skillsByOccupation.values()];
    expect(relations).toHaveLength(61);
    expect(relations.reduce((sum, entry) => sum + entry.essential.length, 0)).toBe(1512);
    expect(relations.reduce((sum, entry) => sum + entry.optional.length, 0)).toBe(1088);
  });

  it("is loaded once and shared", () => {
    expect(loadEscoCatalogue()).toBe(catalogue);
  });

  it("names every occupation in every staff language", () => {
    for (const occupation of catalogue.occupations.values()) {
      for (const lang of REQUIRED_SKILL_LANGS) expect(occupation.labels[lang], `${occupation.uri} ${lang}`).toBeTruthy();
      expect(occupation.iscoCode).toMatch(/^\d{4}$/);
      expect(occupation.escoCode.startsWith(occupation.iscoCode)).toBe(true);
    }
  });

  it("links every occupation to an ISCO group it has", () => {
    for (const occupation of catalogue.occupations.values()) expect(catalogue.iscoGroups.has(occupation.iscoCode)).toBe(true);
    expect(catalogue.iscoGroups.get("6112")?.parentCode).toBe("611");
  });

  it("tells skills from knowledge", () => {
    const skills = [...catalogue.skills.values()];
    expect(skills.filter((skill) => skill.type === "knowledge")).toHaveLength(166);
    expect(skills.filter((skill) => skill.type === "skill")).toHaveLength(705);
  });
});

describe("skill labels", () => {
  const skills = [...catalogue.skills.values()];

  it("exist, non-empty, in en, el, es, it, fr, nl and ar for every skill", () => {
    for (const skill of skills) {
      for (const lang of REQUIRED_SKILL_LANGS) expect(skill.labels[lang]?.trim(), `${skill.labels.en} ${lang}`).toBeTruthy();
    }
  });

  it("say where they come from: ESCO for en/es/fr, the project for el/it/nl/ar", () => {
    for (const skill of skills) {
      expect(skill.labelSources.en).toBe("esco");
      for (const lang of PROJECT_LANGS) expect(skill.labelSources[lang]).toBe("project");
    }
    const projectSpanish = skills.filter((skill) => skill.labelSources.es === "project");
    expect(projectSpanish).toHaveLength(16);
    expect(skills.filter((skill) => skill.labelSources.fr === "project")).toHaveLength(16);
  });

  it("in the project's languages are translations, not the English label copied (under 3% true cognates)", () => {
    let same = 0;
    let total = 0;
    for (const skill of skills) {
      for (const lang of [...PROJECT_LANGS, "es", "fr"] as Lang[]) {
        if (skill.labelSources[lang] !== "project") continue;
        total += 1;
        if (foldForSearch(skill.labels[lang] ?? "") === foldForSearch(skill.labels.en ?? "")) same += 1;
      }
    }
    expect(total).toBe(871 * 4 + 32);
    expect(same / total).toBeLessThan(0.03);
  });

  it("are written in the script of their language", () => {
    for (const skill of skills) {
      expect(skill.labels.el).toMatch(/\p{Script=Greek}/u);
      expect(skill.labels.ar).toMatch(/\p{Script=Arabic}/u);
      expect(skill.labels.it).not.toMatch(/\p{Script=Greek}|\p{Script=Arabic}/u);
      expect(skill.labels.nl).not.toMatch(/\p{Script=Greek}|\p{Script=Arabic}/u);
    }
  });

  it("are listed once per skill and language in skill_labels_project.csv", () => {
    const rows = readCsv(new URL("./esco/skill_labels_project.csv", import.meta.url));
    const keys = rows.map((row) => `${row.esco_uri} ${row.lang}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows).toHaveLength(871 * 4 + 32);
  });
});

describe("escoLabel", () => {
  it("gives the label in the asked language, and English where ESCO has none", () => {
    const skill = [...catalogue.skills.values()][0];
    if (!skill) throw new Error("no skills");
    expect(escoLabel(skill, "el")).toBe(skill.labels.el);
    expect(escoLabel(skill, "bg")).toBe(skill.labels.en);
  });
});

describe("searchOccupations", () => {
  it("finds vineyard work in English, Greek, Spanish and Italian", () => {
    expect(searchOccupations("vineyard", "en", 10).map((o) => o.labels.en)).toContain("vineyard worker");
    expect(searchOccupations("αμπελ", "el", 10).map((o) => o.labels.en)).toContain("vineyard worker");
    expect(searchOccupations("viñedo", "es", 10).map((o) => o.labels.en)).toContain("vineyard supervisor");
    expect(searchOccupations("viticoltore", "it", 10).map((o) => o.labels.en)).toContain("vineyard manager");
  });

  it("ignores case and accents", () => {
    expect(searchOccupations("VINEDOS", "es", 10).map((o) => o.labels.en)).toContain("vineyard supervisor");
    expect(searchOccupations("ΒΟΣΚΟΣ", "el", 3)[0]?.labels.en).toBe("shepherd");
  });

  it("matches English alternative labels and the English label whatever the language", () => {
    expect(searchOccupations("grape picker", "ar", 5)[0]?.labels.en).toBe("vineyard worker");
    expect(searchOccupations("shepherd", "el", 5)[0]?.labels.en).toBe("shepherd");
  });

  it("puts labels that start with the query before labels that only contain it", () => {
    const found = searchOccupations("fish", "en", 20).map((o) => o.labels.en ?? "");
    expect(found[0]?.startsWith("fish")).toBe(true);
    expect(found.findIndex((label) => label.startsWith("fish"))).toBeLessThan(found.indexOf("deep-sea fishery worker"));
  });

  it("honours the limit and finds nothing for an empty query", () => {
    expect(searchOccupations("a", "en", 3)).toHaveLength(3);
    expect(searchOccupations("  ", "en", 10)).toEqual([]);
  });
});

describe("searchSkills", () => {
  it("finds pruning in English, Greek, Spanish, Italian, Dutch and Arabic", () => {
    expect(searchSkills("prune", "en", 10).map((s) => s.labels.en)).toContain("prune plants");
    expect(searchSkills("κλαδεμα", "el", 10).map((s) => s.labels.en)).toContain("prune plants");
    expect(searchSkills("podar", "es", 10).map((s) => s.labels.en)).toContain("prune plants");
    expect(searchSkills("potare", "it", 10).map((s) => s.labels.en)).toContain("prune plants");
    expect(searchSkills("snoeien", "nl", 10).map((s) => s.labels.en)).toContain("prune plants");
    expect(searchSkills("تقليم", "ar", 10).map((s) => s.labels.en)).toContain("prune plants");
  });

  it("ignores hamza and tonos", () => {
    expect(searchSkills("اشجار", "ar", 50).map((s) => s.labels.en)).toContain("plant trees");
    expect(searchSkills("ΚΛΆΔΕΜΑ", "el", 10).map((s) => s.labels.en)).toContain("prune plants");
  });

  it("lists the occupation's own skills first, essential before optional", () => {
    const vineyardWorker = occupationUri("vineyard worker");
    const own = catalogue.skillsByOccupation.get(vineyardWorker);
    const found = searchSkills("vine", "en", 30, vineyardWorker);
    expect(found.length).toBeGreaterThan(0);
    const positions = found.map((skill) => (own?.essential.includes(skill.uri) ? 0 : own?.optional.includes(skill.uri) ? 1 : 2));
    expect(positions[0]).toBe(0);
    expect([...positions].sort()).toEqual(positions);
  });
});
