import { z } from "zod";
import { PAY_UNITS } from "../reference/codes.js";

/** What a person needs to know of an offer at a glance: where, when, pay and what is provided. */
export const offerSummary = z.object({
  id: z.string(),
  title: z.string(),
  occupationUri: z.string(),
  employerName: z.string(),
  siteName: z.string(),
  regionCode: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  payAmountCents: z.number(),
  payUnit: z.enum(PAY_UNITS),
  hoursPerWeek: z.number(),
  accommodationProvided: z.boolean(),
  transportProvided: z.boolean(),
  mealsProvided: z.boolean(),
  positions: z.number(),
});
export type OfferSummary = z.infer<typeof offerSummary>;

/** The summary of a full offer record (any shape that has its fields). */
export function summariseOffer(offer: OfferSummary): OfferSummary {
  return offerSummary.parse(offer);
}
