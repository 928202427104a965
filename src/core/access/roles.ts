export const ROLES = ["worker", "employer", "caseworker", "coordinator", "inspector", "partner", "analyst", "dpo", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: readonly Role[] = ["caseworker", "coordinator", "inspector", "admin"];

/** Who is acting: the signed-in user as the policy sees them. */
export interface Actor {
  userId: string;
  role: Role;
  /** The centre the user works for (staff, employer, worker); null for network-wide roles. */
  centreId: string | null;
  /** Set for a worker account: the worker file it owns. */
  workerId: string | null;
  /** Set for an employer account: the employer it acts for. */
  employerId: string | null;
}
