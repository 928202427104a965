import type { Role } from "../../core/access/roles.js";

export type Area = "staff" | "employer" | "worker";

/** Each role has one area of the app: the staff console, the employer portal or the worker portal. */
export function areaOf(role: Role): Area {
  if (role === "worker") return "worker";
  if (role === "employer") return "employer";
  return "staff";
}

export const AREA_HOME = { staff: "/staff", employer: "/employer", worker: "/me" } as const satisfies Record<Area, string>;

export function homeOf(user: { role: Role }): (typeof AREA_HOME)[Area] {
  return AREA_HOME[areaOf(user.role)];
}

/** Only same-site paths are followed after sign-in, so a crafted link cannot send someone elsewhere. */
export function safeReturnPath(path: string | undefined): string | null {
  if (!path?.startsWith("/") || path.startsWith("//") || path.startsWith("/sign-in")) return null;
  return path;
}
