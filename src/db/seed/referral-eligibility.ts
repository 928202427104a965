import { LANGUAGE_LEVELS } from "../../core/reference/codes.js";
import type { DemoOffer } from "./demo-offers.js";
import type { DemoWorker } from "./demo-workers.js";

// The hard rules a referral in the demo data respects, as the matcher applies them (src/core/matching), plus the
// worker's consent to be referred and the offer's occupation. Kept here so the seed does not depend on scoring.

type Offer = DemoOffer["input"];
type Worker = DemoWorker["input"];

function authorisedThroughout(worker: Worker, offer: Offer): boolean {
  return worker.authorisations.some(
    (a) => a.workAllowed && a.validFrom <= offer.startDate && (a.validUntil === null || a.validUntil >= offer.endDate),
  );
}

function availableAtSomePoint(worker: Worker, offer: Offer): boolean {
  return worker.availability.some((w) => w.start <= offer.endDate && w.end >= offer.startDate);
}

function holdsCertificates(worker: Worker, offer: Offer): boolean {
  return offer.requiredCertificates.every((kind) =>
    worker.certificates.some(
      (c) =>
        c.kind === kind &&
        (c.issuedOn === null || c.issuedOn <= offer.startDate) &&
        (c.expiresOn === null || c.expiresOn >= offer.startDate),
    ),
  );
}

function speaksRequiredLanguages(worker: Worker, offer: Offer): boolean {
  return offer.requiredLanguages.every((required) =>
    worker.languages.some(
      (l) => l.language === required.language && LANGUAGE_LEVELS.indexOf(l.level) >= LANGUAGE_LEVELS.indexOf(required.level),
    ),
  );
}

/** The worker's latest word on being referred to employers. */
export function consentsToReferral(worker: DemoWorker): boolean {
  return worker.consents.filter((c) => c.purpose === "referral_to_employers").at(-1)?.granted ?? false;
}

export function isEligibleForReferral(worker: DemoWorker, offer: DemoOffer): boolean {
  const input = worker.input;
  return (
    worker.centreKey === offer.centreKey &&
    input.occupations.some((o) => o.occupationUri === offer.input.occupationUri) &&
    authorisedThroughout(input, offer.input) &&
    availableAtSomePoint(input, offer.input) &&
    holdsCertificates(input, offer.input) &&
    (!offer.input.drivingLicenceRequired || input.drivingLicence) &&
    speaksRequiredLanguages(input, offer.input) &&
    consentsToReferral(worker)
  );
}
