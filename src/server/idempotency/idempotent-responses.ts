import { apiError } from "../routes/route-helpers.js";

/** What a route that accepts an Idempotency-Key documents besides the usual answers: the key reused for another request. */
export const idempotentResponses = { 422: apiError };
