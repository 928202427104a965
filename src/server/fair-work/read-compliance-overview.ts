import { listFilterFor } from "../../core/access/policy.js";
import type { Actor } from "../../core/access/roles.js";
import type { ComplianceOverview } from "../../core/fair-work/fair-work-schemas.js";
import { GRIEVANCE_SEVERITIES } from "../../core/grievances/grievance-codes.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { complianceCounts, listCentreEmployers } from "../../db/repositories/fair-work-repository.js";
import { todayIso } from "../clock.js";
import { fairWorkOf } from "./employer-fair-work.js";

/** At most this many employers are listed as needing attention (holds first, then the lowest scores). */
export const ATTENTION_LIST_LIMIT = 50;

const severityKeys = ["untriaged", ...GRIEVANCE_SEVERITIES] as const;
type BySeverity = Record<(typeof severityKeys)[number], number>;

/** The centre's decent-work figures at a glance: counts, and the employers on hold or below the bar. */
export async function readComplianceOverview(db: Database, actor: Actor, now: Date): Promise<ComplianceOverview> {
  const filter = listFilterFor(actor, "compliance.overview");
  if (filter?.kind !== "centre") throw new DomainError("forbidden", "The overview is of a centre: sign in as its staff.");
  const today = todayIso(now);
  const counts = await complianceCounts(db, filter.centreId, now, today);
  const open = Object.fromEntries(severityKeys.map((key) => [key, 0])) as BySeverity;
  const overdue = { ...open };
  for (const row of counts.grievances) {
    const key = (severityKeys as readonly string[]).includes(row.severity) ? (row.severity as keyof BySeverity) : "untriaged";
    open[key] += row.open;
    overdue[key] += row.overdue;
  }

  const employers = await listCentreEmployers(db, filter.centreId);
  const results = await fairWorkOf(
    db,
    employers.map((e) => e.id),
    today,
  );
  const attention = employers
    .map((employer) => ({ employer, result: results.get(employer.id) }))
    .filter(({ result }) => result && !result.matchable)
    .map(({ employer, result }) => ({
      employerId: employer.id,
      legalName: employer.legalName,
      score: result?.score ?? 0,
      belowBar: result?.belowBar ?? false,
      holds: result?.holds.map((hold) => hold.code) ?? [],
    }))
    .sort((a, b) => b.holds.length - a.holds.length || a.score - b.score || a.legalName.localeCompare(b.legalName));

  return {
    grievances: { open, overdue },
    inspections: counts.inspections,
    correctiveActions: { overdue: counts.correctiveActionsOverdue },
    checkIns: counts.checkIns,
    employers: {
      total: employers.length,
      onHold: attention.filter((e) => e.holds.length > 0).length,
      belowBar: attention.filter((e) => e.belowBar).length,
      vettingPending: employers.filter((e) => e.vettingStatus === "pending").length,
      notVetted: employers.filter((e) => e.vettingStatus === null).length,
    },
    attention: attention.slice(0, ATTENTION_LIST_LIMIT),
  };
}
