import type { Actor } from "../../core/access/roles.js";
import type { ReferralStage } from "../../core/referrals/referral-stages.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { insertPasswordAccount } from "../../db/repositories/account-repository.js";
import { insertCentre } from "../../db/repositories/centre-repository.js";
import { findOffer } from "../../db/repositories/offer-repository.js";
import { installationFacts } from "../../db/schema/settings.js";
import { type DemoData, type DemoOffer, generateDemoData } from "../../db/seed/demo-data.js";
import { hashPassword } from "../../server/auth/create-auth.js";
import { todayIso } from "../../server/clock.js";
import { createEmployer } from "../../server/employers/create-employer.js";
import { shippedReferenceKnowledge } from "../../server/matching/shipped-reference-knowledge.js";
import { createOffer } from "../../server/offers/create-offer.js";
import { transitionOffer } from "../../server/offers/transition-offer.js";
import { createReferral } from "../../server/referrals/create-referral.js";
import { moveReferral } from "../../server/referrals/move-referral.js";
import { createWorker } from "../../server/workers/create-worker.js";
import { recordConsent } from "../../server/workers/worker-consents.js";
import { seedCheckIns } from "./seed-check-ins.js";
import { seedFairWork } from "./seed-fair-work.js";
import { seedGrievanceHandling } from "./seed-grievance-handling.js";
import { seedGrievances } from "./seed-grievances.js";
import { seedInspections } from "./seed-inspections.js";
import { seedVetting } from "./seed-vetting.js";

export interface SeededAccount {
  role: string;
  centre: string | null;
  name: string;
  signIn: string;
  secret: string;
}
export type SeededAccounts = SeededAccount[];

/** The way each referral stage is reached from scratch, as a caseworker would do it. */
const REFERRAL_PATHS: Record<ReferralStage, { mode: "propose" | "refer"; moves: ReferralStage[] }> = {
  proposed: { mode: "propose", moves: [] },
  worker_declined: { mode: "propose", moves: ["worker_declined"] },
  referred: { mode: "refer", moves: [] },
  interview: { mode: "refer", moves: ["interview"] },
  hired: { mode: "refer", moves: ["interview", "hired"] },
  declined: { mode: "refer", moves: ["interview", "declined"] },
  withdrawn: { mode: "refer", moves: ["withdrawn"] },
};

/** The lifecycle path to each status; offers that end filled or closed are published first so referrals can be made. */
const PATH_TO_PUBLISHED = ["submitted", "checked", "published"] as const;

/**
 * Loads the demo data through the product's own use cases, as the centre's staff would enter it, so every record
 * passes the same validation, access checks and audit as real work.
 */
export async function seedDemoData(db: Database, options: { log: (line: string) => void }): Promise<SeededAccounts> {
  const data = generateDemoData(2026, todayIso());
  const knowledge = shippedReferenceKnowledge();
  const centreIds = new Map<string, string>();
  for (const centre of data.centres)
    centreIds.set(
      centre.key,
      await insertCentre(db, { name: centre.name, country: centre.country, regionCode: centre.regionCode, timezone: centre.timezone }),
    );

  const staff = new Map<string, Actor>();
  const employerIds = new Map<string, { id: string; siteIds: string[] }>();
  const accountsOut: SeededAccounts = [];
  for (const account of data.accounts.filter((a) => a.email && a.password && a.role !== "employer")) {
    const centreId = account.centreKey ? (centreIds.get(account.centreKey) ?? null) : null;
    const userId = await insertPasswordAccount(db, {
      name: account.name,
      email: account.email as string,
      passwordHash: await hashPassword(account.password as string),
      role: account.role,
      centreId,
    });
    if (account.role === "caseworker" && account.centreKey)
      staff.set(account.centreKey, { userId, role: "caseworker", centreId, workerId: null, employerId: null });
    accountsOut.push({
      role: account.role,
      centre: centreName(data, account.centreKey),
      name: account.name,
      signIn: account.email as string,
      secret: account.password as string,
    });
  }
  const actorOf = (centreKey: string): Actor => {
    const actor = staff.get(centreKey);
    if (!actor) throw new Error(`no caseworker for ${centreKey}`);
    return actor;
  };

  for (const employer of data.employers) {
    const created = await createEmployer(db, actorOf(employer.centreKey), employer.input);
    employerIds.set(employer.key, { id: created.id, siteIds: created.sites.map((s) => s.id) });
  }
  for (const account of data.accounts.filter((a) => a.role === "employer" && a.employerKey && a.email && a.password)) {
    const employer = employerIds.get(account.employerKey as string);
    const centreId = account.centreKey ? (centreIds.get(account.centreKey) ?? null) : null;
    await insertPasswordAccount(db, {
      name: account.name,
      email: account.email as string,
      passwordHash: await hashPassword(account.password as string),
      role: "employer",
      centreId,
      employerId: employer?.id ?? null,
    });
    accountsOut.push({
      role: "employer",
      centre: centreName(data, account.centreKey),
      name: account.name,
      signIn: account.email as string,
      secret: account.password as string,
    });
  }

  const offerIds = new Map<string, string>();
  for (const offer of data.offers) offerIds.set(offer.key, await seedOffer(db, actorOf(offer.centreKey), offer, employerIds));

  const workerIds = new Map<string, string>();
  for (const worker of data.workers) {
    const actor = actorOf(worker.centreKey);
    const created = await createWorker(db, actor, worker.input);
    workerIds.set(worker.key, created.id);
    for (const consent of worker.consents.filter((c) => c.purpose !== "profile_processing"))
      await recordConsent(db, actor, created.id, consent);
  }
  for (const account of data.accounts.filter((a) => a.role === "worker" && a.phone)) {
    accountsOut.push({
      role: "worker",
      centre: centreName(data, account.centreKey),
      name: account.name,
      signIn: account.phone as string,
      secret: "one-time code (console / Outbox page)",
    });
  }

  let skipped = 0;
  for (const referral of data.referrals) {
    const centreKey = data.offers.find((o) => o.key === referral.offerKey)?.centreKey as string;
    const actor = actorOf(centreKey);
    const path = REFERRAL_PATHS[referral.stage];
    try {
      const id = await createReferral(db, knowledge, actor, {
        offerId: offerIds.get(referral.offerKey) as string,
        workerId: workerIds.get(referral.workerKey) as string,
        mode: path.mode,
        consentMethod: path.mode === "refer" ? "in_person" : undefined,
        note: "",
      });
      let version = 1;
      for (const to of path.moves) {
        const moved = await moveReferral(
          db,
          actor,
          id,
          {
            to,
            note: "",
            reason: to === "declined" || to === "worker_declined" ? referral.declineReason : undefined,
            placement: to === "hired" ? referral.placement : undefined,
          },
          version,
        );
        version = moved.version;
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      skipped += 1;
    }
  }
  for (const offer of data.offers.filter((o) => o.status === "filled" || o.status === "closed")) {
    const offerId = offerIds.get(offer.key) as string;
    const current = await findOffer(db, offerId);
    if (!current) throw new Error(`demo offer ${offer.key} vanished`);
    await transitionOffer(db, actorOf(offer.centreKey), offerId, offer.status, current.version);
  }
  await seedVetting(db, employerIds);
  await seedCheckIns(db, [...staff.values()]);
  await seedInspections(db, employerIds);
  await seedGrievanceHandling(db, employerIds);
  await seedGrievances(db);
  await seedFairWork(db, [...staff.values()]);
  await db.insert(installationFacts).values({ key: "demo_seeded_at", value: new Date().toISOString() });
  options.log(
    `Demo data: ${data.centres.length} centres, ${data.workers.length} workers, ${data.employers.length} employers, ${data.offers.length} offers, ${data.referrals.length - skipped} referrals${skipped ? ` (${skipped} no longer eligible today, left out)` : ""}.`,
  );
  return accountsOut;
}

function centreName(data: DemoData, key: string | null | undefined): string | null {
  return data.centres.find((c) => c.key === key)?.name ?? null;
}

async function seedOffer(
  db: Database,
  actor: Actor,
  offer: DemoOffer,
  employers: Map<string, { id: string; siteIds: string[] }>,
): Promise<string> {
  const employer = employers.get(offer.employerKey);
  const siteId = employer?.siteIds[offer.siteIndex];
  if (!employer || !siteId) throw new Error(`demo offer ${offer.key} names an unknown employer or site`);
  const created = await createOffer(db, actor, { ...offer.input, employerId: employer.id, siteId });
  if (offer.status === "draft") return created.id;
  const steps =
    offer.status === "submitted"
      ? PATH_TO_PUBLISHED.slice(0, 1)
      : offer.status === "checked"
        ? PATH_TO_PUBLISHED.slice(0, 2)
        : PATH_TO_PUBLISHED;
  let version = created.version;
  for (const to of steps) version = (await transitionOffer(db, actor, created.id, to, version)).version;
  return created.id;
}
