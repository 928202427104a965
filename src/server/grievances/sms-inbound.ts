import { createHmac, timingSafeEqual } from "node:crypto";
import type { GrievanceStatus } from "../../core/grievances/grievance-codes.js";
import { DomainError } from "../../core/shared/api-error.js";
import type { Database } from "../../db/database.js";
import { listPublicCentres, reporterVisibleEvents } from "../../db/repositories/grievance-report-repository.js";
import type { MessageSender } from "../outbox/message-sender.js";
import { grievanceOfCode } from "./follow-grievance.js";
import { openGrievance } from "./open-grievance.js";
import {
  centreSmsLanguage,
  foldKeyword,
  SMS_KEYWORDS,
  SMS_LANGUAGES,
  type SmsLanguage,
  smsHelp,
  smsNoCase,
  smsReported,
  smsStatus,
} from "./sms-texts.js";

/** The SMS gateway signs each forwarded text; the shared secret is the setting SMS_INBOUND_SECRET. */
export function smsInboundSecret(env: NodeJS.ProcessEnv = process.env): string | null {
  const secret = env.SMS_INBOUND_SECRET?.trim() ?? "";
  return secret === "" ? null : secret;
}

/** How far the gateway's timestamp may be from ours: a captured request cannot be replayed later. */
export const SMS_SIGNATURE_MAX_AGE_SECONDS = 300;

/** The signature the gateway sends in X-Sms-Signature: hex HMAC-SHA256 of "<X-Sms-Timestamp>.<raw body>". */
export function smsSignature(secret: string, timestamp: string, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");
}

/** Refuses a text whose signature is missing, wrong or too old, with the one answer of an unsigned request. */
export function checkSmsSignature(secret: string, headers: { timestamp: unknown; signature: unknown }, rawBody: string, now: Date): void {
  const refuse = () => new DomainError("unauthenticated", "The text is not signed by the SMS gateway.");
  const { timestamp, signature } = headers;
  if (typeof timestamp !== "string" || typeof signature !== "string" || !/^\d{1,12}$/.test(timestamp)) throw refuse();
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SMS_SIGNATURE_MAX_AGE_SECONDS) throw refuse();
  const expected = Buffer.from(smsSignature(secret, timestamp, rawBody));
  const given = Buffer.from(signature.trim().toLowerCase());
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw refuse();
}

export interface InboundSms {
  from: string;
  text: string;
}
export type SmsHandled = "report" | "follow" | "help";

/** The first word and the rest of a text. */
function firstWord(text: string): [string, string] {
  const match = /^\s*(\S+)\s*([\s\S]*)$/.exec(text);
  return match ? [match[1] ?? "", (match[2] ?? "").trim()] : ["", ""];
}

const isSmsLanguage = (language: string): language is SmsLanguage => (SMS_LANGUAGES as readonly string[]).includes(language);

/**
 * A text to the centre's SMS number. "REPORT [centre code] what happened" (or the keyword of another language)
 * opens an anonymous grievance and answers the follow-up code; "FOLLOW code" answers the status and the latest
 * message from the centre. Anything else gets the help text. Every answer goes out through the outbox, in the
 * language of the keyword (or the centre's), in the same transaction as the work it reports.
 */
export async function handleInboundSms(db: Database, sms: InboundSms, messages: MessageSender, now: Date): Promise<SmsHandled> {
  const [word, rest] = firstWord(sms.text);
  const keyword = SMS_KEYWORDS.find((k) => k.word === foldKeyword(word));
  const reply = (centreId: string | null, purpose: string, body: string, within: Database = db) =>
    messages.send({ centreId, channel: "sms", to: sms.from, purpose, body }, within);

  if (keyword?.command === "follow") {
    const row = await grievanceOfCode(db, rest);
    const language = keyword.language ?? (row && isSmsLanguage(row.language) ? row.language : "en");
    if (!row) {
      await reply(null, "grievance_status", smsNoCase(language));
      return "follow";
    }
    const events = await reporterVisibleEvents(db, row.id);
    const last = events.filter((e) => e.kind === "message_to_reporter").at(-1)?.body ?? null;
    await reply(row.centreId, "grievance_status", smsStatus(language, row.reference, row.status as GrievanceStatus, last));
    return "follow";
  }

  const centres = await listPublicCentres(db);
  const help = async (language: SmsLanguage) => {
    const codes = centres.slice(0, 6).map((c) => ({ code: c.regionCode, name: c.name }));
    await reply(null, "grievance_help", smsHelp(language, codes));
    return "help" as const;
  };
  if (keyword?.command !== "report") return help("en");

  const [maybeCode, afterCode] = firstWord(rest);
  const named = centres.filter((c) => c.regionCode.toUpperCase() === foldKeyword(maybeCode));
  const centre = named.length === 1 ? named[0] : centres.length === 1 ? centres[0] : undefined;
  const description = named.length === 1 ? afterCode : rest;
  if (!centre || description === "") return help(keyword.language ?? (centre ? centreSmsLanguage(centre.country) : "en"));

  const language = keyword.language ?? centreSmsLanguage(centre.country);
  await db.transaction(async (tx) => {
    const opened = await openGrievance(
      tx,
      {
        centreId: centre.id,
        channel: "sms",
        language,
        // A text says what happened in its own words; staff set the categories at triage.
        categories: ["other"],
        description,
        employerId: null,
        siteId: null,
        workplaceGiven: "",
        regionCode: null,
        reporter: null,
      },
      null,
      now,
    );
    await reply(centre.id, "grievance_code", smsReported(language, opened.reference, opened.followUpCode), tx);
  });
  return "report";
}
