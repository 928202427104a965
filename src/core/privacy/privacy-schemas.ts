import { z } from "zod";
import { CONSENT_PURPOSES } from "../reference/codes.js";
import { uuid } from "../shared/primitives.js";
import { worker } from "../workers/worker-schemas.js";

/** Why a file is erased (GDPR art. 17(1)); codes only, so neither the erasure list nor the audit holds free text. */
export const ERASURE_REQUEST_REASONS = [
  "subject_request",
  "consent_withdrawn",
  "no_longer_needed",
  "objection",
  "unlawful_processing",
  "legal_obligation",
] as const;
export const ERASURE_REASONS = [...ERASURE_REQUEST_REASONS, "retention_expired"] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

export const eraseInput = z.strictObject({
  reason: z.enum(ERASURE_REQUEST_REASONS),
  /** The worker's full name or file reference typed by the person erasing, so a slip of the mouse erases nothing. */
  confirmation: z.string().trim().min(1).max(200),
});
export type EraseInput = z.infer<typeof eraseInput>;

export const erasureResult = z.object({ workerId: uuid, reason: z.enum(ERASURE_REASONS), erasedAt: z.string() });
export type ErasureResult = z.infer<typeof erasureResult>;

const retention = z.object({
  from: z.enum(["last_activity", "erasure", "created", "expiry", "review"]),
  days: z.number().int().nullable(),
});

export const recordOfProcessingResponse = z.object({
  generatedAt: z.string(),
  /** The controller: the centre of the reader, or the network for a network-wide administrator. */
  centreName: z.string().nullable(),
  activities: z.array(
    z.object({
      purpose: z.string(),
      lawfulBasis: z.string(),
      article: z.string(),
      consentPurpose: z.enum(CONSENT_PURPOSES).nullable(),
      dataSubjects: z.array(z.string()),
      categories: z.array(
        z.object({ category: z.string(), retention, tables: z.array(z.object({ table: z.string(), columns: z.array(z.string()) })) }),
      ),
      recipients: z.array(z.string()),
    }),
  ),
  specialCategories: z.array(z.string()),
  transfersOutsideEea: z.literal(false),
  securityMeasures: z.array(z.string()),
  consentEffects: z.array(z.object({ purpose: z.enum(CONSENT_PURPOSES), stops: z.array(z.string()) })),
});
export type RecordOfProcessingResponse = z.infer<typeof recordOfProcessingResponse>;

export const retentionReport = z.object({
  asOf: z.string(),
  categories: z.array(z.object({ category: z.string(), retention })),
  sweeps: z.array(
    z.object({ sweep: z.string(), categories: z.array(z.string()), retention, automatic: z.boolean(), due: z.number().int() }),
  ),
});
export type RetentionReport = z.infer<typeof retentionReport>;

export const retentionApplyInput = z.strictObject({ dryRun: z.boolean() });
export const retentionApplyResult = z.object({
  dryRun: z.boolean(),
  sweeps: z.array(z.object({ sweep: z.string(), due: z.number().int(), done: z.number().int() })),
});
export type RetentionApplyResult = z.infer<typeof retentionApplyResult>;

const nullableText = z.string().nullable();

/** Everything held about a worker (GDPR art. 15 and 20), with staff by role only and no other person in it. */
export const workerExport = z.object({
  format: z.literal("primacenters.worker-export.v1"),
  exportedAt: z.string(),
  centre: z.object({ name: z.string(), country: z.string() }),
  file: worker,
  account: z
    .object({
      phoneNumber: nullableText,
      locale: z.string(),
      createdAt: z.string(),
      sessions: z.array(z.object({ createdAt: z.string(), expiresAt: z.string(), userAgent: nullableText })),
    })
    .nullable(),
  consents: z.array(
    z.object({
      purpose: z.string(),
      granted: z.boolean(),
      method: z.string(),
      note: z.string(),
      recordedAt: z.string(),
      recordedByRole: nullableText,
    }),
  ),
  referrals: z.array(
    z.object({
      offerTitle: z.string(),
      employerName: z.string(),
      siteName: z.string(),
      regionCode: z.string(),
      stage: z.string(),
      declineReason: nullableText,
      note: z.string(),
      createdAt: z.string(),
      updatedAt: z.string(),
      events: z.array(
        z.object({
          fromStage: nullableText,
          toStage: z.string(),
          byRole: z.string(),
          reason: nullableText,
          note: z.string(),
          at: z.string(),
        }),
      ),
    }),
  ),
  placements: z.array(
    z.object({
      employerName: z.string(),
      offerTitle: z.string(),
      contractType: z.string(),
      startDate: z.string(),
      endDate: nullableText,
      payAmountCents: z.number().int(),
      payUnit: z.string(),
      hoursPerWeek: z.number(),
    }),
  ),
  attachments: z.array(
    z.object({ kind: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number().int(), createdAt: z.string() }),
  ),
  messages: z.array(z.object({ channel: z.string(), purpose: z.string(), createdAt: z.string() })),
  accessLog: z.array(z.object({ at: z.string(), role: nullableText, action: z.string(), outcome: z.string() })),
});
export type WorkerExport = z.infer<typeof workerExport>;
