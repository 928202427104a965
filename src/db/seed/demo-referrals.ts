import type { PlacementInput } from "../../core/referrals/referral-schemas.js";
import type { DECLINE_REASONS, ReferralStage } from "../../core/referrals/referral-stages.js";
import type { DemoCentreKey } from "./demo-centres.js";
import type { DemoOffer } from "./demo-offers.js";
import type { DemoWorker } from "./demo-workers.js";
import { PORTAL_WORKER_KEY } from "./portal-worker.js";
import { isEligibleForReferral } from "./referral-eligibility.js";
import type { SeededRandom } from "./seeded-random.js";

export type DeclineReason = (typeof DECLINE_REASONS)[number];

export interface DemoReferral {
  offerKey: string;
  workerKey: string;
  stage: ReferralStage;
  declineReason?: DeclineReason;
  placement?: PlacementInput;
}

/** The pipeline of each centre: mostly candidates in progress, a few hired, some declined either way. */
const STAGES_BY_CENTRE: Record<DemoCentreKey, readonly (readonly [ReferralStage, number])[]> = {
  peloponnese: [
    ["hired", 4],
    ["interview", 6],
    ["referred", 8],
    ["proposed", 6],
    ["worker_declined", 2],
    ["declined", 4],
    ["withdrawn", 2],
  ],
  huelva: [
    ["hired", 1],
    ["interview", 1],
    ["referred", 2],
    ["proposed", 2],
    ["worker_declined", 1],
    ["declined", 1],
  ],
};
const EMPLOYER_DECLINE_REASONS: readonly DeclineReason[] = ["position_filled", "skills_mismatch", "no_show", "distance", "other"];
const WORKER_DECLINE_REASONS: readonly DeclineReason[] = ["pay_or_conditions", "distance", "worker_unavailable"];
/** The portal worker has an olive harvest offer waiting for his answer. */
const PORTAL_WORKER_PROPOSAL = "pel-o20";

function placementFor(offer: DemoOffer): PlacementInput {
  const { contractType, startDate, endDate, payAmountCents, payUnit, hoursPerWeek } = offer.input;
  return { contractType, startDate, endDate, payAmountCents, payUnit, hoursPerWeek };
}

function referral(offer: DemoOffer, worker: DemoWorker, stage: ReferralStage, random: SeededRandom): DemoReferral {
  if (stage === "hired") return { offerKey: offer.key, workerKey: worker.key, stage, placement: placementFor(offer) };
  if (stage === "declined")
    return { offerKey: offer.key, workerKey: worker.key, stage, declineReason: random.pick(EMPLOYER_DECLINE_REASONS) };
  if (stage === "worker_declined")
    return { offerKey: offer.key, workerKey: worker.key, stage, declineReason: random.pick(WORKER_DECLINE_REASONS) };
  return { offerKey: offer.key, workerKey: worker.key, stage };
}

/**
 * Referrals between published offers and eligible workers of the same centre, spread over the offers in turn;
 * each worker is a candidate once, so no one is hired twice for the same days.
 */
export function buildReferrals(offers: readonly DemoOffer[], workers: readonly DemoWorker[], random: SeededRandom): DemoReferral[] {
  const published = offers.filter((o) => o.status === "published");
  const used = new Set<string>();
  const referrals: DemoReferral[] = [];

  const portalWorker = workers.find((w) => w.key === PORTAL_WORKER_KEY);
  const portalOffer = published.find((o) => o.key === PORTAL_WORKER_PROPOSAL);
  if (portalWorker && portalOffer && isEligibleForReferral(portalWorker, portalOffer)) {
    referrals.push(referral(portalOffer, portalWorker, "proposed", random));
    used.add(portalWorker.key);
  }

  for (const [centre, stageCounts] of Object.entries(STAGES_BY_CENTRE) as [DemoCentreKey, (typeof STAGES_BY_CENTRE)[DemoCentreKey]][]) {
    const stages = random.shuffle(stageCounts.flatMap(([stage, count]) => Array<ReferralStage>(count).fill(stage)));
    const centreOffers = random.shuffle(published.filter((o) => o.centreKey === centre));
    const candidates = new Map(centreOffers.map((o) => [o.key, random.shuffle(workers.filter((w) => isEligibleForReferral(w, o)))]));
    let progress = true;
    while (stages.length > 0 && progress) {
      progress = false;
      for (const offer of centreOffers) {
        const worker = candidates.get(offer.key)?.find((w) => !used.has(w.key));
        const stage = stages[0];
        if (!worker || stage === undefined) continue;
        stages.shift();
        used.add(worker.key);
        referrals.push(referral(offer, worker, stage, random));
        progress = true;
      }
    }
  }
  return referrals;
}
