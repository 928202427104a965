import type { Actor } from "../../core/access/roles.js";
import type { Employer } from "../../core/employers/employer-schemas.js";
import type { FairWorkToFix, FairWorkView } from "../../core/fair-work/fair-work-schemas.js";
import { employerSafeResult } from "../../core/fair-work/fair-work-score.js";
import { VETTING_STATUSES, type VettingStatus } from "../../core/vetting/vetting-codes.js";
import { completenessOf } from "../../core/vetting/vetting-lifecycle.js";
import type { Database, Transaction } from "../../db/database.js";
import { findEmployer } from "../../db/repositories/employer-repository.js";
import { loadToFixFacts } from "../../db/repositories/fair-work-repository.js";
import { authoriseRecord } from "../access/authorise-record.js";
import { todayIso } from "../clock.js";
import { evaluateOfferCheck } from "../offers/check-offer.js";
import { fairWorkOf } from "./employer-fair-work.js";

type Db = Database | Transaction;

/**
 * What the employer can do next: open corrective actions (overdue ones first), draft offers the labour rules check
 * refuses, then the gaps of the vetting file.
 */
async function toFixOf(db: Db, employer: Employer, today: string): Promise<FairWorkToFix[]> {
  const facts = await loadToFixFacts(db, employer.id);
  const actions = facts.openActions
    .map((action) => ({ kind: "corrective_action" as const, ...action, overdue: action.dueDate < today }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue));
  const completeness = completenessOf({
    declarations: facts.vetting?.declarations ?? {},
    answers: facts.vetting?.selfAssessment ?? {},
    documents: facts.documents,
    accommodationOffered: employer.accommodationOffered,
  });
  const failingOffers: FairWorkToFix[] = [];
  for (const draft of facts.drafts) {
    if (!(await evaluateOfferCheck(db, draft.id)).passes) failingOffers.push({ kind: "offer", id: draft.id, title: draft.title });
  }
  const selfAssessment: FairWorkToFix[] =
    completeness.missingAnswers.length > 0 ? [{ kind: "self_assessment", missing: completeness.missingAnswers.length }] : [];
  return [
    ...actions,
    ...failingOffers,
    ...completeness.missingDeclarations.map((code): FairWorkToFix => ({ kind: "declaration", code })),
    ...selfAssessment,
    ...completeness.missingDocuments.map((code): FairWorkToFix => ({ kind: "document", code })),
  ];
}

const isVettingStatus = (value: unknown): value is VettingStatus => VETTING_STATUSES.includes(value as VettingStatus);

/** The fair-work view of an employer the actor may read (authorised by the caller), on the given handle. */
export async function fairWorkViewOf(db: Db, actor: Actor, employer: Employer, now: Date): Promise<FairWorkView> {
  const today = todayIso(now);
  const computed = (await fairWorkOf(db, [employer.id], today)).get(employer.id);
  if (!computed) throw new Error("no fair-work result");
  // The employer reads the employer-safe version: no grievance named, check-in answers only as a large enough aggregate.
  const result = actor.role === "employer" ? employerSafeResult(computed) : computed;
  const status = computed.items.find((item) => item.code === "vetting")?.params.status;
  return {
    employerId: employer.id,
    employerName: employer.legalName,
    vettingStatus: isVettingStatus(status) ? status : null,
    ...result,
    toFix: await toFixOf(db, employer, today),
  };
}

/** An employer's fair-work score with its items, holds and what to fix. */
export async function readFairWork(db: Database, actor: Actor, employerId: string, now: Date): Promise<FairWorkView> {
  const employer = await findEmployer(db, employerId);
  authoriseRecord(actor, "fair_work.read", { type: "employer", id: employerId }, employer && { centreId: employer.centreId, employerId });
  return fairWorkViewOf(db, actor, employer as Employer, now);
}
