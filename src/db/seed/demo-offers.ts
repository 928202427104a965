import type { OfferStatus } from "../../core/offers/offer-lifecycle.js";
import type { OfferInput } from "../../core/offers/offer-schemas.js";
import type { DateRange } from "../../core/shared/primitives.js";
import type { DemoCentreKey } from "./demo-centres.js";
import { addDays, currentOrNextSeason, laterOf, previousSeason } from "./demo-dates.js";
import type { DemoEmployer } from "./demo-employers.js";
import { OCCUPATIONS } from "./demo-occupations.js";
import { SEASONS } from "./demo-seasons.js";
import { SKILLS } from "./demo-skills.js";
import { HUELVA_OFFERS } from "./huelva-offers.js";
import { OFFER_DEFAULTS, type OfferTemplate, type OfferTiming } from "./offer-templates.js";
import { PELOPONNESE_OFFERS } from "./peloponnese-offers.js";

export interface DemoOffer {
  key: string;
  centreKey: DemoCentreKey;
  employerKey: string;
  siteIndex: number;
  status: OfferStatus;
  input: Omit<OfferInput, "employerId" | "siteId">;
}

/** Offers still being recruited for start at least this many days from today. */
const RECRUITING_LEAD_DAYS = 7;
/** A season with fewer days left than this is recruited for next year instead. */
const SHORTEST_RECRUITMENT_DAYS = 14;

export function resolveOfferDates(timing: OfferTiming, today: string): DateRange {
  if ("startInDays" in timing) {
    const start = addDays(today, timing.startInDays);
    return { start, end: addDays(start, timing.lengthDays - 1) };
  }
  const season = SEASONS[timing.season];
  if (timing.when === "past") return previousSeason(season, today);
  let occurrence = currentOrNextSeason(season, today);
  if (timing.when === "ongoing") return occurrence;
  const earliestStart = addDays(today, RECRUITING_LEAD_DAYS);
  if (earliestStart > addDays(occurrence.end, -SHORTEST_RECRUITMENT_DAYS)) {
    occurrence = currentOrNextSeason(season, addDays(occurrence.end, 1));
  }
  return { start: laterOf(occurrence.start, earliestStart), end: occurrence.end };
}

function buildOffer(template: OfferTemplate, employers: ReadonlyMap<string, DemoEmployer>, today: string): DemoOffer {
  const employer = employers.get(template.employerKey);
  if (!employer) throw new Error(`offer ${template.key}: no employer ${template.employerKey}`);
  if (!employer.input.sites[template.siteIndex]) throw new Error(`offer ${template.key}: no site ${template.siteIndex}`);
  const { start, end } = resolveOfferDates(template.timing, today);
  return {
    key: template.key,
    centreKey: employer.centreKey,
    employerKey: employer.key,
    siteIndex: template.siteIndex,
    status: template.status,
    input: {
      ...OFFER_DEFAULTS,
      ...template.terms,
      occupationUri: OCCUPATIONS[template.occupation].uri,
      startDate: start,
      endDate: end,
      requiredSkills: template.skills.map((name) => SKILLS[name]),
    },
  };
}

/** The job offers of both centres, dated relative to `today`, in every lifecycle status. */
export function buildOffers(employers: readonly DemoEmployer[], today: string): DemoOffer[] {
  const byKey = new Map(employers.map((employer) => [employer.key, employer]));
  return [...PELOPONNESE_OFFERS, ...HUELVA_OFFERS].map((template) => buildOffer(template, byKey, today));
}
