import type { LanguageLevel, SpokenLanguage, UiLanguage } from "../../core/reference/codes.js";
import type { WorkerInput } from "../../core/workers/worker-schemas.js";
import type { SeededRandom } from "./seeded-random.js";
import type { Community } from "./worker-communities.js";

type WorkerLanguage = WorkerInput["languages"][number];

/**
 * Native languages, then the others the worker speaks (the local language and English mostly at A1–B1). The
 * preferred interface language is always among them.
 */
export function buildLanguages(community: Community, preferred: UiLanguage, random: SeededRandom): WorkerLanguage[] {
  const languages: WorkerLanguage[] = community.nativeLanguages.map((language) => ({ language, level: "native" }));
  const speaks = (language: SpokenLanguage) => languages.some((l) => l.language === language);
  for (const other of community.otherLanguages) {
    if (!speaks(other.language) && random.chance(other.chance)) {
      languages.push({ language: other.language, level: random.pick<LanguageLevel>(other.levels) });
    }
  }
  if (!speaks(preferred)) languages.push({ language: preferred, level: "B1" });
  return languages;
}
