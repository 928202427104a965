import type { Actor } from "../../core/access/roles.js";
import type { EmployerAccountCreated } from "../../core/employers/employer-schemas.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { emailHasAccount, insertPasswordAccount } from "../../db/repositories/account-repository.js";
import { isUniqueViolation } from "../../db/repositories/unique-violation.js";
import { recordAudit } from "../audit/record-audit.js";
import { hashPassword } from "../auth/create-auth.js";
import { generateTemporaryPassword } from "../auth/temporary-password.js";
import { findAuthorisedEmployer } from "./find-authorised-employer.js";

function emailTaken(): DomainError {
  return new DomainError("conflict", "This e-mail address already has an account.", [
    { path: ["contactEmail"], message: "errors.emailTaken" },
  ]);
}

/**
 * Opens the employer's portal sign-in for its contact e-mail. The temporary password is returned to the staff
 * member once, to hand over; only its argon2id hash is stored, and it never reaches a log or the audit trail.
 */
export async function createEmployerAccount(db: Database, actor: Actor, employerId: string): Promise<EmployerAccountCreated> {
  const temporaryPassword = generateTemporaryPassword();
  // Hashing takes a noticeable moment: done before the transaction so that it holds no connection meanwhile.
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    return await db.transaction(async (tx) => {
      const employer = await findAuthorisedEmployer(tx, actor, "employer.account.create", employerId);
      const email = employer.contactEmail.toLowerCase();
      if (await emailHasAccount(tx, email)) throw emailTaken();
      const userId = await insertPasswordAccount(tx, {
        name: employer.contactName,
        email,
        passwordHash,
        role: "employer",
        centreId: employer.centreId,
        employerId: employer.id,
      });
      await recordAudit(tx, {
        actor,
        action: "employer.account.create",
        entityType: "employer",
        entityId: employer.id,
        centreId: employer.centreId,
        outcome: "allowed",
        details: { userId },
      });
      return { userId, email, temporaryPassword };
    });
  } catch (error) {
    throw isUniqueViolation(error) ? emailTaken() : error;
  }
}
