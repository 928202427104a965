import type { FastifyInstance } from "fastify";
import { contactFor } from "../../core/check-ins/check-in-schedule.js";
import type { Database } from "../../db/database.js";
import { checkInsToAsk, markCheckInSent, markMissedCheckIns } from "../../db/repositories/check-in-repository.js";
import { recordAudit } from "../audit/record-audit.js";
import { todayIso } from "../clock.js";
import type { MessageSender } from "../outbox/message-sender.js";
import { registerBackgroundSweep } from "../plugins/background-sweep.js";
import { checkInLink, checkInMessageText } from "./check-in-message-text.js";

/** How often due check-ins are looked for. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

export interface CheckInSweepResult {
  /** Asked by a message now. */
  sent: number;
  /** Due, but the worker consented to no messages: on the staff's call list. */
  toCall: number;
  /** Unanswered 14 days after they fell due. */
  missed: number;
}

/**
 * Asks the workers whose check-ins have fallen due, in their own language, by WhatsApp or SMS as they consented
 * (without consent no message goes: staff call them from the check-ins page), and marks the check-ins left
 * unanswered too long as missed. Each check-in is claimed (scheduled → sent) in the transaction that queues its
 * message, so a sweep that runs twice, or two at once, sends each message once.
 */
export async function sweepCheckIns(db: Database, messages: MessageSender, publicUrl: string, now: Date): Promise<CheckInSweepResult> {
  const today = todayIso(now);
  const result: CheckInSweepResult = { sent: 0, toCall: 0, missed: 0 };
  for (const row of await checkInsToAsk(db, today)) {
    const contact = contactFor({ whatsapp: row.byWhatsapp, sms: row.bySms });
    if (contact === "call") {
      result.toCall++;
      continue;
    }
    const claimed = await db.transaction(async (tx) => {
      if (!(await markCheckInSent(tx, row.checkIn.id, now))) return false;
      const body = checkInMessageText(row.preferredLanguage, checkInLink(publicUrl, row.checkIn.id));
      await messages.send({ centreId: row.checkIn.centreId, channel: contact, to: row.phone, purpose: "check_in", body }, tx);
      return true;
    });
    if (claimed) result.sent++;
  }
  const missed = await db.transaction(async (tx) => {
    const rows = await markMissedCheckIns(tx, today, now);
    for (const row of rows) {
      await recordAudit(tx, {
        actor: null,
        action: "checkin.missed",
        entityType: "check_in",
        entityId: row.id,
        centreId: row.centreId,
        outcome: "allowed",
      });
    }
    return rows.length;
  });
  result.missed = missed;
  return result;
}

/** Runs the sweep once an hour in the background. */
export function registerCheckInSweep(app: FastifyInstance, db: Database, messages: MessageSender, publicUrl: string) {
  registerBackgroundSweep(app, "check-in sweep", SWEEP_EVERY_MS, () => sweepCheckIns(db, messages, publicUrl, new Date()));
}
