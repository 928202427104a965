import type { FastifyBaseLogger } from "fastify";
import type { Database, Transaction } from "../../db/database.js";
import { outboxMessages } from "../../db/schema/outbox.js";
import { oneTimeCodeText } from "./one-time-code-text.js";

/** A message already written in the recipient's language, by the channel they consented to. */
export interface OutboxMessage {
  centreId: string | null;
  channel: "sms" | "whatsapp";
  to: string;
  /** Why it is sent (sign_in_code, check_in…), for the outbox page and statistics. */
  purpose: string;
  body: string;
}

export interface MessageSender {
  sendOneTimeCode(message: { centreId: string | null; to: string; code: string; locale: string }): Promise<void>;
  /** Queues a text; `db` is the caller's transaction when the message must go out only if its work commits. */
  send(message: OutboxMessage, db?: Database | Transaction): Promise<void>;
}

/** Shows only the last three digits of a phone number, for logs. */
export function maskPhone(phone: string): string {
  return `${"•".repeat(Math.max(0, phone.length - 3))}${phone.slice(-3)}`;
}

/**
 * The local provider: every message goes to the outbox table, where an SMS gateway (or, in demo mode, staff on the
 * outbox page) picks it up. In demo mode the code is also printed on the console so a tester can sign in.
 */
export function outboxMessageSender(db: Database, options: { demo: boolean; log: FastifyBaseLogger }): MessageSender {
  return {
    async sendOneTimeCode({ centreId, to, code, locale }) {
      await db
        .insert(outboxMessages)
        .values({ centreId, channel: "sms", recipient: to, purpose: "sign_in_code", body: oneTimeCodeText(locale, code) });
      if (options.demo) options.log.info({ to: maskPhone(to) }, `demo mode: sign-in code ${code}`);
    },
    async send({ centreId, channel, to, purpose, body }, within = db) {
      await within.insert(outboxMessages).values({ centreId, channel, recipient: to, purpose, body });
    },
  };
}
