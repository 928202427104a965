import type { MatchOffer, MatchWorker } from "../../core/matching/match-inputs.js";
import type { WorkerForMatching } from "../../db/repositories/matching-repository.js";
import type { OfferWithSite } from "../../db/repositories/offer-repository.js";
import type { ReferenceKnowledge } from "./reference-knowledge.js";

export function toMatchWorker(row: WorkerForMatching, knowledge: ReferenceKnowledge): MatchWorker {
  return {
    id: row.id,
    languages: row.languages,
    authorisations: row.authorisations,
    occupations: row.occupations,
    skills: row.skills,
    certificates: row.certificates,
    availability: row.availability,
    drivingLicence: row.drivingLicence,
    ownTransport: row.ownTransport,
    willingToRelocate: row.willingToRelocate,
    location: knowledge.centroidOf(row.regionCode),
    preferences: row.preferences,
  };
}

export function toMatchOffer(offer: OfferWithSite, knowledge: ReferenceKnowledge): MatchOffer {
  return {
    id: offer.id,
    occupationUri: offer.occupationUri,
    startDate: offer.startDate,
    endDate: offer.endDate,
    payAmountCents: offer.payAmountCents,
    payUnit: offer.payUnit,
    hoursPerWeek: offer.hoursPerWeek,
    piecesPerHour: offer.piecesPerHour,
    accommodationProvided: offer.accommodationProvided,
    transportProvided: offer.transportProvided,
    requiredSkills: offer.requiredSkills,
    requiredLanguages: offer.requiredLanguages,
    requiredCertificates: offer.requiredCertificates,
    drivingLicenceRequired: offer.drivingLicenceRequired,
    minYearsExperience: offer.minYearsExperience,
    sector: offer.sector,
    // A site without coordinates is placed at the centre of its region.
    location: offer.location ?? knowledge.centroidOf(offer.regionCode),
  };
}
