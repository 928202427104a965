import { z } from "zod";
import { CERTIFICATE_KINDS, CONTRACT_TYPES, LANGUAGE_LEVELS, PAY_UNITS, SPOKEN_LANGUAGES } from "../reference/codes.js";
import { withoutDefaults } from "../shared/patch-schema.js";
import { cents, escoOccupationUri, escoSkillUri, isoDate, uuid } from "../shared/primitives.js";
import { OFFER_STATUSES } from "./offer-lifecycle.js";

const offerFields = z.strictObject({
  employerId: uuid,
  siteId: uuid,
  occupationUri: escoOccupationUri,
  title: z.string().trim().min(3, { message: "errors.required" }).max(160),
  tasks: z.string().trim().max(2000).default(""),
  startDate: isoDate,
  endDate: isoDate,
  positions: z.number().int().min(1).max(500),
  payAmountCents: cents.refine((v) => v > 0, { message: "errors.payPositive" }),
  payUnit: z.enum(PAY_UNITS),
  /** What one piece is (a crate of 5 kg…) and how many an average worker does per hour: required for piece rates. */
  pieceUnit: z.string().trim().max(80).nullable().default(null),
  piecesPerHour: z.number().positive().max(1000).nullable().default(null),
  hoursPerWeek: z.number().min(1).max(60),
  contractType: z.enum(CONTRACT_TYPES),
  accommodationProvided: z.boolean().default(false),
  accommodationDeductionCents: cents.default(0),
  transportProvided: z.boolean().default(false),
  mealsProvided: z.boolean().default(false),
  mealsDeductionCents: cents.default(0),
  requiredSkills: z.array(escoSkillUri).max(30).default([]),
  requiredLanguages: z
    .array(z.strictObject({ language: z.enum(SPOKEN_LANGUAGES), level: z.enum(LANGUAGE_LEVELS) }))
    .max(5)
    .default([]),
  requiredCertificates: z.array(z.enum(CERTIFICATE_KINDS)).max(10).default([]),
  drivingLicenceRequired: z.boolean().default(false),
  minYearsExperience: z.number().min(0).max(30).default(0),
});

function checkOfferCoherence(o: Partial<z.infer<typeof offerFields>>, ctx: z.RefinementCtx) {
  if (o.startDate && o.endDate && o.startDate > o.endDate) {
    ctx.addIssue({ code: "custom", message: "errors.dateRangeReversed", path: ["endDate"] });
  }
  if (o.payUnit === "piece" && (!o.pieceUnit || !o.piecesPerHour)) {
    ctx.addIssue({ code: "custom", message: "errors.pieceRateNeedsProductivity", path: ["piecesPerHour"] });
  }
}

export const offerInput = offerFields.superRefine(checkOfferCoherence);
export type OfferInput = z.infer<typeof offerInput>;
export const offerPatch = z
  .strictObject(withoutDefaults(offerFields.omit({ employerId: true }).shape))
  .partial()
  .superRefine(checkOfferCoherence);
export type OfferPatch = z.infer<typeof offerPatch>;

export const offer = offerFields.extend({
  id: uuid,
  centreId: uuid,
  employerName: z.string(),
  siteName: z.string(),
  regionCode: z.string(),
  status: z.enum(OFFER_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Offer = z.infer<typeof offer>;

/** An offer as one actor sees it: with the lifecycle moves this actor may make from its current status. */
export const offerView = offer.extend({ allowedTransitions: z.array(z.enum(OFFER_STATUSES)) });
export type OfferView = z.infer<typeof offerView>;

export const offerTransitionInput = z.strictObject({ to: z.enum(OFFER_STATUSES) });

export const offerListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(OFFER_STATUSES).optional(),
  employerId: uuid.optional(),
  occupation: escoOccupationUri.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type OfferListQuery = z.infer<typeof offerListQuery>;
