import type { WorkerInput } from "../../core/workers/worker-schemas.js";
import { type DemoOccupationKey, OCCUPATIONS } from "./demo-occupations.js";
import type { SeededRandom } from "./seeded-random.js";
import type { Community } from "./worker-communities.js";

type WorkerOccupation = WorkerInput["occupations"][number];
type WorkerSkill = WorkerInput["skills"][number];

export interface Experience {
  readonly keys: DemoOccupationKey[];
  readonly occupations: WorkerOccupation[];
  readonly skills: WorkerSkill[];
}

const MAX_SKILLS = 10;
const MIN_SKILLS = 3;

/** One to three occupations with years of experience (some informal: the family farm at home), and their skills. */
export function buildExperience(community: Community, age: number, random: SeededRandom): Experience {
  const count = random.weighted([
    [1, 45],
    [2, 40],
    [3, 15],
  ] as const);
  const keys: DemoOccupationKey[] = [];
  while (keys.length < count) {
    const remaining = community.occupations.filter(([key]) => !keys.includes(key));
    if (remaining.length === 0) break;
    keys.push(random.weighted(remaining));
  }
  const maxYears = Math.max(1, Math.min(25, age - 16));
  const informalIndex = random.chance(community.informalChance) ? keys.length - 1 : -1;
  const occupations = keys.map((key, i): WorkerOccupation => {
    // Most have a few seasons behind them; a quarter have worked the land since their teens.
    const cap = random.chance(0.25) ? maxYears : Math.min(maxYears, 8);
    const years = i === 0 ? random.int(1, cap) : random.int(1, Math.max(1, Math.ceil(cap / 2)));
    return { occupationUri: OCCUPATIONS[key].uri, yearsExperience: years, informal: i === informalIndex };
  });
  return { keys, occupations, skills: buildSkills(keys, occupations, random) };
}

function levelFor(years: number): WorkerSkill["level"] {
  return years < 2 ? "basic" : years < 6 ? "intermediate" : "advanced";
}

/** Mostly essential skills of the worker's occupations, a few optional ones; 3 to 10 in all. */
function buildSkills(keys: readonly DemoOccupationKey[], occupations: readonly WorkerOccupation[], random: SeededRandom): WorkerSkill[] {
  const skills = new Map<string, WorkerSkill>();
  const add = (skillUri: string, years: number) => {
    if (!skills.has(skillUri) && skills.size < MAX_SKILLS) {
      skills.set(skillUri, { skillUri, level: levelFor(years), verified: random.chance(0.45) });
    }
  };
  keys.forEach((key, i) => {
    const { essentialSkills, optionalSkills } = OCCUPATIONS[key];
    const years = occupations[i]?.yearsExperience ?? 0;
    for (const uri of random.sample(essentialSkills, i === 0 ? random.int(3, 5) : random.int(1, 3))) add(uri, years);
    for (const uri of random.sample(optionalSkills, random.int(0, 2))) add(uri, years);
  });
  const primary = keys[0];
  if (primary !== undefined) {
    for (const uri of OCCUPATIONS[primary].essentialSkills) {
      if (skills.size >= MIN_SKILLS) break;
      add(uri, occupations[0]?.yearsExperience ?? 0);
    }
  }
  return [...skills.values()];
}
