import type { z } from "zod";
import type { consentInput } from "../../core/workers/worker-schemas.js";
import type { SeededRandom } from "./seeded-random.js";

export type ConsentInput = z.infer<typeof consentInput>;

/**
 * Every worker consented to the processing of their profile at registration. Most also agreed to be referred to
 * employers; a few prefer to decide offer by offer. Many agreed to WhatsApp messages, some to SMS.
 */
export function buildConsents(whatsapp: boolean, random: SeededRandom): ConsentInput[] {
  const consents: ConsentInput[] = [{ purpose: "profile_processing", granted: true, method: "in_person" }];
  if (random.chance(0.87)) {
    consents.push({ purpose: "referral_to_employers", granted: true, method: random.chance(0.8) ? "in_person" : "phone" });
  } else if (random.chance(0.5)) {
    consents.push({
      purpose: "referral_to_employers",
      granted: false,
      method: "in_person",
      note: "Wants to be asked about each offer before the employer sees the profile.",
    });
  }
  if (whatsapp && random.chance(0.8)) consents.push({ purpose: "contact_by_whatsapp", granted: true, method: "in_person" });
  if (random.chance(0.35)) consents.push({ purpose: "contact_by_sms", granted: true, method: "in_person" });
  return consents;
}
