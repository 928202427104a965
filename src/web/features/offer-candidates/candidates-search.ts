import { z } from "zod";

/** "Show excluded" lives in the URL, so a caseworker can share or reload the list exactly as they see it. */
export const candidatesSearch = z.object({
  excluded: z.boolean().optional().catch(undefined),
});
export type CandidatesSearch = z.infer<typeof candidatesSearch>;

/** Candidates are ranked on the server; more can be asked for, up to what the API allows. */
export const CANDIDATE_PAGE = 50;
export const CANDIDATE_LIMIT_MAX = 200;
