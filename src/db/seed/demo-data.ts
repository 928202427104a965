import { buildAccounts, type DemoAccount } from "./demo-accounts.js";
import { DEMO_CENTRES, type DemoCentre } from "./demo-centres.js";
import { buildEmployers, type DemoEmployer } from "./demo-employers.js";
import { buildOffers, type DemoOffer } from "./demo-offers.js";
import { buildReferrals, type DemoReferral } from "./demo-referrals.js";
import { buildCentreWorkers, type DemoWorker } from "./demo-workers.js";
import { PhoneBook } from "./phone-numbers.js";
import { buildPortalWorker } from "./portal-worker.js";
import { SeededRandom } from "./seeded-random.js";

export type { DemoAccount } from "./demo-accounts.js";
export type { DemoCentre, DemoCentreKey } from "./demo-centres.js";
export type { DemoEmployer } from "./demo-employers.js";
export type { DemoOffer } from "./demo-offers.js";
export type { DeclineReason, DemoReferral } from "./demo-referrals.js";
export type { DemoWorker } from "./demo-workers.js";
export type { ConsentInput } from "./worker-consents.js";

/**
 * Demo data for two centres, as inputs the zod schemas accept; records refer to each other by `key`. The caller
 * inserts them: centres, employers (sites in order, so `siteIndex` finds the site), offers (with the employer's
 * and site's ids, then moved to `status`), workers and their consents, referrals and placements, accounts.
 */
export interface DemoData {
  centres: DemoCentre[];
  employers: DemoEmployer[];
  offers: DemoOffer[];
  workers: DemoWorker[];
  referrals: DemoReferral[];
  accounts: DemoAccount[];
}

/**
 * The same seed and `today` always give the same data; every date is relative to `today` (seasons, permits,
 * availability), so the demo stays current whenever it is installed.
 */
export function generateDemoData(seed = 2026, today = "2026-11-23"): DemoData {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be an ISO date, not ${today}`);
  const random = new SeededRandom(seed);
  const phones = new PhoneBook(random.fork("phones"));
  const portalWorker = buildPortalWorker(today);
  phones.reserve(portalWorker.input.phone);
  const takenNames = new Set([`${portalWorker.input.givenName} ${portalWorker.input.familyName}`]);

  const employers = buildEmployers(random.fork("employers"), phones);
  const offers = buildOffers(employers, today);
  const workerRandom = random.fork("workers");
  const workers = [
    portalWorker,
    ...buildCentreWorkers("peloponnese", 2, today, workerRandom, phones, takenNames),
    ...buildCentreWorkers("huelva", 1, today, workerRandom, phones, takenNames),
  ];
  return {
    centres: DEMO_CENTRES.map((centre) => ({ ...centre })),
    employers,
    offers,
    workers,
    referrals: buildReferrals(offers, workers, random.fork("referrals")),
    accounts: buildAccounts(employers, workers),
  };
}
