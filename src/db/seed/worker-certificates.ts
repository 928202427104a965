import type { z } from "zod";
import type { CertificateKind } from "../../core/reference/codes.js";
import type { workerCertificate } from "../../core/workers/worker-schemas.js";
import { addDays, addYears, laterOf } from "./demo-dates.js";
import type { DemoOccupationKey } from "./demo-occupations.js";
import type { SeededRandom } from "./seeded-random.js";

export type WorkerCertificate = z.infer<typeof workerCertificate>;

/** How likely a worker of each occupation holds each certificate. */
const CERTIFICATE_CHANCES: Record<DemoOccupationKey, Partial<Record<CertificateKind, number>>> = {
  picker: { first_aid: 0.08, food_safety: 0.08 },
  cropWorker: { pesticide_handling: 0.35, tractor_licence: 0.2 },
  horticultureWorker: { pesticide_handling: 0.3 },
  fruitTeamLeader: { first_aid: 0.6, driving_licence_b: 0.6 },
  machineryOperator: { tractor_licence: 0.9, pesticide_handling: 0.5, driving_licence_b: 0.8 },
  vineyardWorker: { pesticide_handling: 0.2 },
  livestockWorker: { driving_licence_b: 0.3, tractor_licence: 0.2 },
  shepherd: { driving_licence_b: 0.2 },
  forestWorker: { chainsaw: 0.7, first_aid: 0.5 },
  forestryEquipmentOperator: { chainsaw: 0.95, first_aid: 0.5, driving_licence_c: 0.3 },
  aquacultureHusbandryWorker: { boat_licence: 0.4, forklift_licence: 0.3, first_aid: 0.3 },
  aquacultureHarvestingWorker: { boat_licence: 0.2, first_aid: 0.3 },
  deepSeaFisheryWorker: { boat_licence: 0.35, first_aid: 0.5 },
  fisheriesBoatman: { boat_licence: 1, first_aid: 0.7 },
};

/** Years a certificate stays valid; null when it does not expire. */
const VALIDITY_YEARS: Record<CertificateKind, number | null> = {
  tractor_licence: null,
  plant_licence: null,
  forklift_licence: 5,
  chainsaw: null,
  pesticide_handling: 10,
  first_aid: 3,
  food_safety: 5,
  boat_licence: null,
  driving_licence_b: 15,
  driving_licence_c: 5,
};

export function certificate(kind: CertificateKind, issuedOn: string, verified: boolean): WorkerCertificate {
  const years = VALIDITY_YEARS[kind];
  return { kind, issuedOn, expiresOn: years === null ? null : addDays(addYears(issuedOn, years), -1), verified };
}

/** Certificates for a worker's occupations, issued after the worker turned 18; older first-aid cards have expired. */
export function buildCertificates(
  occupations: readonly DemoOccupationKey[],
  birthYear: number,
  today: string,
  random: SeededRandom,
): WorkerCertificate[] {
  const adult = `${birthYear + 18}-06-01`;
  const held = new Map<CertificateKind, WorkerCertificate>();
  for (const occupation of occupations) {
    for (const [kind, chance] of Object.entries(CERTIFICATE_CHANCES[occupation]) as [CertificateKind, number][]) {
      if (held.has(kind) || !random.chance(chance)) continue;
      const issuedOn = laterOf(addDays(today, -random.int(60, 3000)), adult);
      if (issuedOn > today) continue;
      held.set(kind, certificate(kind, issuedOn, random.chance(0.5)));
    }
  }
  return [...held.values()];
}
