import { z } from "zod";
import { uuid } from "../../../../core/shared/primitives.js";

/** The stages an employer ever sees: a candidate appears once the worker consented to be put forward. */
export const EMPLOYER_STAGES = ["referred", "interview", "hired", "declined", "withdrawn"] as const;

/** Which offer and stage are shown, and the page, in the URL so that "back" returns to the same list. */
export const candidatesSearch = z.object({
  offerId: uuid.optional().catch(undefined),
  stage: z.enum(EMPLOYER_STAGES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type CandidatesSearch = z.infer<typeof candidatesSearch>;
