import { z } from "zod";
import { INSPECTION_KINDS, INSPECTION_QUEUES } from "../../../core/inspections/inspection-codes.js";

/** The queue's place in the URL: which part of the queue, which kind of visit, which employer, which page. */
export const inspectionQueueSearch = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  queue: z.enum(INSPECTION_QUEUES).optional().catch(undefined),
  kind: z.enum(INSPECTION_KINDS).optional().catch(undefined),
  employerId: z.uuid().optional().catch(undefined),
});
export type InspectionQueueSearch = z.infer<typeof inspectionQueueSearch>;
