import { permitStatus, permitValidity } from "../../../core/workers/permit-status.js";
import type { PermitStatus, WorkerInput } from "../../../core/workers/worker-schemas.js";

type Permit = WorkerInput["authorisations"][number];

/** One permit's own status for the worker (valid, ends soon, ended), judged by the same rule as the staff lists. */
export function permitLineStatus(permit: Permit, today: string): PermitStatus {
  if (!permit.workAllowed) return "none";
  return permitStatus(permitValidity([permit]), today);
}

/** Permits that end soonest first: what the worker must act on comes at the top. Open-ended ones last. */
export function permitsByUrgency(permits: readonly Permit[]): Permit[] {
  return [...permits].sort((a, b) => (a.validUntil ?? "9999-12-31").localeCompare(b.validUntil ?? "9999-12-31"));
}
