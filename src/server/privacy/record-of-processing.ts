import type { Actor } from "../../core/access/roles.js";
import { effectsOfWithdrawing } from "../../core/privacy/consent-effects.js";
import type { RecordOfProcessingResponse } from "../../core/privacy/privacy-schemas.js";
import { recordOfProcessing } from "../../core/privacy/record-of-processing.js";
import { CONSENT_PURPOSES } from "../../core/reference/codes.js";
import type { Database } from "../../db/database.js";
import { findCentreName } from "../../db/repositories/centre-repository.js";

/** The record of processing (art. 30) for the reader's centre: generated from the data classification. */
export async function readRecordOfProcessing(db: Database, actor: Actor): Promise<RecordOfProcessingResponse> {
  return {
    generatedAt: new Date().toISOString(),
    centreName: actor.centreId ? await findCentreName(db, actor.centreId) : null,
    ...recordOfProcessing(),
    consentEffects: CONSENT_PURPOSES.map((purpose) => ({ purpose, stops: effectsOfWithdrawing(purpose) })),
  };
}
