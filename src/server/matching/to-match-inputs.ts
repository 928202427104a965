import type { MatchOffer, MatchWorker } from "../../core/matching/match-inputs.js";
import type { OfferForMatching, WorkerForMatching } from "../../db/repositories/matching-repository.js";
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

export function toMatchOffer(row: OfferForMatching, knowledge: ReferenceKnowledge): MatchOffer {
  const { offer } = row;
  const location = row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lon: row.longitude } : knowledge.centroidOf(row.regionCode);
  return {
    id: offer.id,
    occupationUri: offer.occupationUri,
    startDate: offer.startDate,
    endDate: offer.endDate,
    payAmountCents: offer.payAmountCents,
    payUnit: offer.payUnit as MatchOffer["payUnit"],
    hoursPerWeek: offer.hoursPerWeek,
    piecesPerHour: offer.piecesPerHour,
    accommodationProvided: offer.accommodationProvided,
    transportProvided: offer.transportProvided,
    requiredSkills: offer.requiredSkills,
    requiredLanguages: offer.requiredLanguages,
    requiredCertificates: offer.requiredCertificates,
    drivingLicenceRequired: offer.drivingLicenceRequired,
    minYearsExperience: offer.minYearsExperience,
    sector: row.sector,
    location,
  };
}

export function offerSummary(row: OfferForMatching) {
  const { offer } = row;
  return {
    id: offer.id, title: offer.title, occupationUri: offer.occupationUri, employerName: row.employerName, siteName: row.siteName, regionCode: row.regionCode,
    startDate: offer.startDate, endDate: offer.endDate, payAmountCents: offer.payAmountCents, payUnit: offer.payUnit as MatchOffer["payUnit"],
    hoursPerWeek: offer.hoursPerWeek, accommodationProvided: offer.accommodationProvided, transportProvided: offer.transportProvided,
    mealsProvided: offer.mealsProvided, positions: offer.positions,
  };
}
