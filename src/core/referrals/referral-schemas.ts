import { z } from "zod";
import { offerSummary } from "../offers/offer-summary.js";
import { CONTRACT_TYPES, PAY_UNITS } from "../reference/codes.js";
import { cents, isoDate, uuid } from "../shared/primitives.js";
import { DECLINE_REASONS, REFERRAL_STAGES } from "./referral-stages.js";

export const referralCreate = z
  .strictObject({
    offerId: uuid,
    workerId: uuid,
    /**
     * "propose": the worker is asked in their portal and decides.
     * "refer": the worker consented in person or by phone; the caseworker records that consent now.
     */
    mode: z.enum(["propose", "refer"]),
    consentMethod: z.enum(["in_person", "phone"]).optional(),
    note: z.string().trim().max(1000).default(""),
  })
  .refine((r) => r.mode === "propose" || r.consentMethod !== undefined, { message: "errors.consentRequired", path: ["consentMethod"] });
export type ReferralCreate = z.infer<typeof referralCreate>;

export const placementInput = z
  .strictObject({
    contractType: z.enum(CONTRACT_TYPES),
    startDate: isoDate,
    endDate: isoDate.nullable(),
    payAmountCents: cents,
    payUnit: z.enum(PAY_UNITS),
    hoursPerWeek: z.number().min(1).max(60),
  })
  .refine((p) => p.endDate === null || p.startDate <= p.endDate, { message: "errors.dateRangeReversed", path: ["endDate"] });
export type PlacementInput = z.infer<typeof placementInput>;

export const referralMove = z
  .strictObject({
    to: z.enum(REFERRAL_STAGES),
    reason: z.enum(DECLINE_REASONS).optional(),
    note: z.string().trim().max(1000).default(""),
    placement: placementInput.optional(),
    /** When staff record a worker's yes to a proposal: how the worker said it. */
    consentMethod: z.enum(["in_person", "phone"]).optional(),
  })
  .refine((m) => m.to !== "declined" || m.reason !== undefined, { message: "errors.reasonRequired", path: ["reason"] })
  .refine((m) => m.to !== "hired" || m.placement !== undefined, { message: "errors.placementRequired", path: ["placement"] });
export type ReferralMove = z.infer<typeof referralMove>;

export const referral = z.object({
  id: uuid,
  centreId: uuid,
  offerId: uuid,
  offerTitle: z.string(),
  employerId: uuid,
  employerName: z.string(),
  /** The offer at a glance, so a worker or employer sees what the candidacy is for even after the offer closes. */
  offer: offerSummary,
  workerId: uuid,
  /** Shown to staff and, once referred, to the employer. */
  workerName: z.string(),
  stage: z.enum(REFERRAL_STAGES),
  declineReason: z.enum(DECLINE_REASONS).nullable(),
  score: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Sent back as If-Match when moving it. */
  version: z.number().int(),
});
export type Referral = z.infer<typeof referral>;

export const referralListQuery = z.object({
  offerId: uuid.optional(),
  workerId: uuid.optional(),
  stage: z.enum(REFERRAL_STAGES).optional(),
});
