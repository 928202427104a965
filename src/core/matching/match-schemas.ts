import { z } from "zod";
import { offerSummary } from "../offers/offer-summary.js";
import { LANGUAGE_LEVELS, SPOKEN_LANGUAGES } from "../reference/codes.js";
import { REFERRAL_STAGES } from "../referrals/referral-stages.js";
import { MATCH_CRITERIA, MATCH_REASON_KINDS } from "./criteria.js";

/** The API shape of a match: the score and every reason a person can read. */
export const matchReason = z.object({
  code: z.string(),
  kind: z.enum(MATCH_REASON_KINDS),
  criterion: z.enum(MATCH_CRITERIA),
  points: z.number().optional(),
  maxPoints: z.number().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const referralState = z.object({ id: z.string(), stage: z.enum(REFERRAL_STAGES) }).nullable();

export const candidateMatch = z.object({
  worker: z.object({
    id: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    regionCode: z.string(),
    languages: z.array(z.object({ language: z.enum(SPOKEN_LANGUAGES), level: z.enum(LANGUAGE_LEVELS) })),
  }),
  eligible: z.boolean(),
  score: z.number(),
  reasons: z.array(matchReason),
  referral: referralState,
});
export type CandidateMatch = z.infer<typeof candidateMatch>;

export const offerMatch = z.object({
  offer: offerSummary,
  eligible: z.boolean(),
  score: z.number(),
  reasons: z.array(matchReason),
  referral: referralState,
});
export type OfferMatch = z.infer<typeof offerMatch>;

export const matchQuery = z.object({
  includeExcluded: z.stringbool().default(false),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
