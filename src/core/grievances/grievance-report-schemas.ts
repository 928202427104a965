// What a reporter sends and reads: the public report (no account), the signed report of a worker in the portal,
// and following a case with the follow-up code. Answers carry the case's progress only: never staff names,
// internal notes, or who reported it.
import { z } from "zod";
import { UI_LANGUAGES } from "../reference/codes.js";
import { personName, phoneNumber, uuid } from "../shared/primitives.js";
import { GRIEVANCE_CATEGORIES, GRIEVANCE_STATUSES } from "./grievance-codes.js";

const text = (max: number) => z.string().trim().max(max, { message: "errors.tooLong" });
const required = (max: number) => text(max).min(1, { message: "errors.required" });

/** Longest description a reporter may write: a page, enough for what happened, small enough for a phone. */
export const REPORT_DESCRIPTION_MAX = 4000;
export const REPORT_MESSAGE_MAX = 2000;

const categories = z
  .array(z.enum(GRIEVANCE_CATEGORIES))
  .min(1, { message: "errors.required" })
  .max(GRIEVANCE_CATEGORIES.length)
  .refine((list) => new Set(list).size === list.length, { message: "errors.invalidValue" });

/** The facts every report gives, whoever sends it. */
const reportFacts = {
  /** The language the reporter writes in (the page's language). */
  language: z.enum(UI_LANGUAGES),
  categories,
  description: required(REPORT_DESCRIPTION_MAX),
  /** The workplace in the reporter's words (farm, village, boss's name); optional. */
  workplaceGiven: text(200).default(""),
};

/** A report on the public page: anonymous (reporter null) or signed with a name and a phone number. */
export const publicReportInput = z.strictObject({
  centreId: uuid,
  ...reportFacts,
  reporter: z
    .strictObject({
      name: personName,
      phone: phoneNumber,
      /** The reporter lets the centre's caseworkers know it is theirs (to support them). */
      sharedWithCaseworkers: z.boolean().default(false),
    })
    .nullable()
    .default(null),
});
export type PublicReportInput = z.input<typeof publicReportInput>;

/** A worker's signed report from their portal: their centre, name and phone come from their file. */
export const workerReportInput = z.strictObject({
  ...reportFacts,
  sharedWithCaseworkers: z.boolean().default(false),
});
export type WorkerReportInput = z.input<typeof workerReportInput>;

/** The answer to a report: the reference and, once only, the code to follow the case. */
export const grievanceReported = z.object({ reference: z.string(), followUpCode: z.string() });
export type GrievanceReported = z.infer<typeof grievanceReported>;

/** The follow-up code as typed: spaces, dashes and lower case are fine. */
const followUpCode = z.string().trim().min(1, { message: "errors.required" }).max(40, { message: "errors.tooLong" });

export const followUpInput = z.strictObject({ code: followUpCode });
export type FollowUpInput = z.input<typeof followUpInput>;

export const reporterMessageInput = z.strictObject({ code: followUpCode, body: required(REPORT_MESSAGE_MAX) });
export type ReporterMessageInput = z.input<typeof reporterMessageInput>;

/** One step of the case as the reporter sees it: a status reached, a message from the centre, or their own. */
export const reporterEvent = z.object({
  kind: z.enum(["status", "message_to_reporter", "message_from_reporter"]),
  /** The status reached, for a status step. */
  status: z.enum(GRIEVANCE_STATUSES).nullable(),
  body: z.string(),
  at: z.string(),
});
export type ReporterEvent = z.infer<typeof reporterEvent>;

/** The case as its reporter follows it. */
export const reporterView = z.object({
  reference: z.string(),
  status: z.enum(GRIEVANCE_STATUSES),
  categories: z.array(z.enum(GRIEVANCE_CATEGORIES)),
  createdAt: z.string(),
  events: z.array(reporterEvent),
});
export type ReporterView = z.infer<typeof reporterView>;

/** A centre as anyone may see it, to choose where to report. */
export const publicCentre = z.object({ id: uuid, name: z.string(), country: z.string(), regionCode: z.string() });
export type PublicCentre = z.infer<typeof publicCentre>;
