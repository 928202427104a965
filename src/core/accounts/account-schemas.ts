import { z } from "zod";
import { ROLES } from "../access/roles.js";

/**
 * A sign-in account as the centre's coordinator (or a network administrator) sees it to keep access in order: who
 * signs in, with what (an e-mail, or a worker's phone number), and whether the account is disabled.
 */
export const userAccount = z.object({
  id: z.string(),
  name: z.string(),
  /** The e-mail address, or for a worker the phone number the sign-in codes go to. */
  signIn: z.string(),
  role: z.enum(ROLES),
  centreName: z.string().nullable(),
  disabled: z.boolean(),
  twoFactorEnabled: z.boolean(),
  createdAt: z.string(),
});
export type UserAccount = z.infer<typeof userAccount>;

export const userAccountListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(["active", "disabled"]).optional(),
});
export type UserAccountListQuery = z.infer<typeof userAccountListQuery>;
