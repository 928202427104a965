import type { UiLanguage } from "../../core/reference/codes.js";
import type { DateRange } from "../../core/shared/primitives.js";
import type { WorkerInput } from "../../core/workers/worker-schemas.js";
import { buildAuthorisations } from "./demo-authorisations.js";
import type { DemoCentreKey } from "./demo-centres.js";
import { yearOf } from "./demo-dates.js";
import { OCCUPATIONS } from "./demo-occupations.js";
import { NAMES_BY_ORIGIN } from "./names-by-origin.js";
import type { PhoneBook } from "./phone-numbers.js";
import type { SeededRandom } from "./seeded-random.js";
import { buildAvailability } from "./worker-availability.js";
import { buildCertificates } from "./worker-certificates.js";
import { COMMUNITIES_BY_CENTRE, type Community, HOME_REGIONS } from "./worker-communities.js";
import { buildConsents, type ConsentInput } from "./worker-consents.js";
import { buildExperience } from "./worker-experience.js";
import { buildLanguages } from "./worker-languages.js";

export interface DemoWorker {
  key: string;
  centreKey: DemoCentreKey;
  input: WorkerInput;
  consents: ConsentInput[];
}

const KEY_PREFIX: Record<DemoCentreKey, string> = { peloponnese: "pel", huelva: "hue" };
const OLDEST = 1965;
const YOUNGEST = 2006;

/** Lowest hourly pay workers say they accept, in cents: near the legal floor in Greece, near the campaign rate in Huelva. */
const MIN_HOURLY_PAY: Record<DemoCentreKey, readonly [number, number]> = { peloponnese: [45, 56], huelva: [68, 76] };

export function workerKey(centre: DemoCentreKey, index: number): string {
  return `${KEY_PREFIX[centre]}-w${String(index).padStart(3, "0")}`;
}

interface WorkerContext {
  readonly centre: DemoCentreKey;
  readonly today: string;
  readonly random: SeededRandom;
  readonly phones: PhoneBook;
  readonly takenNames: Set<string>;
}

function drawName(community: Community, woman: boolean, ctx: WorkerContext): { givenName: string; familyName: string } {
  const names = NAMES_BY_ORIGIN[community.nationality];
  for (let attempt = 0; ; attempt += 1) {
    const givenName = ctx.random.pick(woman ? names.women : names.men);
    const familyName = ctx.random.pick(woman ? names.familyWomen : names.familyMen);
    const fullName = `${givenName} ${familyName}`;
    if (!ctx.takenNames.has(fullName) || attempt > 20) {
      ctx.takenNames.add(fullName);
      return { givenName, familyName };
    }
  }
}

function buildWorker(community: Community, ctx: WorkerContext): WorkerInput {
  const { random, centre, today } = ctx;
  const woman = random.chance(community.womenShare);
  const birthYear = Math.min(YOUNGEST, Math.max(OLDEST, random.int(...community.birthYears)));
  const preferredLanguage = random.weighted<UiLanguage>(community.preferredLanguages);
  const plan = random.weighted(community.authorisations);
  const authorisations = buildAuthorisations(plan, centre, today, random);
  const experience = buildExperience(community, yearOf(today) - birthYear, random);
  const certificates = buildCertificates(experience.keys, birthYear, today, random);
  const lastPermit = authorisations.at(-1);
  const permitWindow: DateRange | null =
    plan === "seasonalNext" && lastPermit?.validUntil ? { start: lastPermit.validFrom, end: lastPermit.validUntil } : null;
  const drivingLicence = certificates.some((c) => c.kind.startsWith("driving_licence")) || random.chance(0.15);
  const travellingWithFamily = random.chance(community.travellingWithFamilyShare);
  const whatsapp = random.chance(0.85);
  const primary = experience.keys[0] ?? "picker";
  const [minPay, maxPay] = MIN_HOURLY_PAY[centre];
  return {
    ...drawName(community, woman, ctx),
    phone: centre === "peloponnese" ? ctx.phones.greekMobile() : ctx.phones.spanishMobile(),
    whatsapp,
    gender: woman ? "woman" : "man",
    birthYear,
    nationality: community.nationality,
    preferredLanguage,
    regionCode: random.weighted(HOME_REGIONS[centre][primary] ?? HOME_REGIONS[centre].default),
    drivingLicence,
    ownTransport: drivingLicence && random.chance(0.45),
    willingToRelocate: random.chance(0.4),
    childcareNeeded: travellingWithFamily && random.chance(woman ? 0.6 : 0.3),
    travellingWithFamily,
    languages: buildLanguages(community, preferredLanguage, random),
    authorisations,
    occupations: experience.occupations,
    skills: experience.skills,
    certificates,
    availability: buildAvailability(centre, experience.keys, permitWindow, today, random),
    preferences: {
      sectors: [...new Set(experience.keys.flatMap((key) => OCCUPATIONS[key].sectors))],
      minHourlyPayCents: random.chance(0.65) ? random.int(minPay, maxPay) * 10 : null,
      accommodationNeeded: random.chance(community.accommodationNeededShare),
    },
  };
}

/**
 * Workers of one centre, community by community, numbered after the `first` hand-written ones. Each has its own
 * random stream, so a change to one worker does not reshuffle the others.
 */
export function buildCentreWorkers(
  centre: DemoCentreKey,
  firstIndex: number,
  today: string,
  random: SeededRandom,
  phones: PhoneBook,
  takenNames: Set<string>,
): DemoWorker[] {
  const workers: DemoWorker[] = [];
  let index = firstIndex;
  for (const community of COMMUNITIES_BY_CENTRE[centre]) {
    for (let i = 0; i < community.count; i += 1) {
      const key = workerKey(centre, index);
      const workerRandom = random.fork(key);
      const input = buildWorker(community, { centre, today, random: workerRandom, phones, takenNames });
      workers.push({ key, centreKey: centre, input, consents: buildConsents(input.whatsapp, workerRandom) });
      index += 1;
    }
  }
  return workers;
}
