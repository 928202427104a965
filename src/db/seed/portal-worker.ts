import { addDays } from "./demo-dates.js";
import { OCCUPATIONS } from "./demo-occupations.js";
import { SKILLS } from "./demo-skills.js";
import type { DemoWorker } from "./demo-workers.js";
import { certificate } from "./worker-certificates.js";

/** The worker behind the demo worker account: signs in with this phone number and a one-time code. */
export const PORTAL_WORKER_KEY = "pel-w001";
export const PORTAL_WORKER_PHONE = "+306947215380";

/**
 * An Egyptian olive and strawberry worker living near Kalamata, who uses the portal in Arabic. His profile is
 * written by hand so that he has good matches among the published offers: a work permit for two more years,
 * available all year, verified harvest skills.
 */
export function buildPortalWorker(today: string): DemoWorker {
  const skill = (name: keyof typeof SKILLS, level: "basic" | "intermediate" | "advanced") => ({
    skillUri: SKILLS[name],
    level,
    verified: true,
  });
  return {
    key: PORTAL_WORKER_KEY,
    centreKey: "peloponnese",
    input: {
      givenName: "Mahmoud",
      familyName: "Abdelaziz",
      phone: PORTAL_WORKER_PHONE,
      whatsapp: true,
      gender: "man",
      birthYear: 1991,
      nationality: "EG",
      preferredLanguage: "ar",
      regionCode: "EL653",
      drivingLicence: false,
      ownTransport: false,
      willingToRelocate: true,
      childcareNeeded: false,
      travellingWithFamily: false,
      languages: [
        { language: "ar", level: "native" },
        { language: "el", level: "A2" },
        { language: "en", level: "A1" },
      ],
      authorisations: [{ type: "work_permit", validFrom: addDays(today, -400), validUntil: addDays(today, 730), workAllowed: true }],
      occupations: [
        { occupationUri: OCCUPATIONS.picker.uri, yearsExperience: 6, informal: false },
        { occupationUri: OCCUPATIONS.cropWorker.uri, yearsExperience: 10, informal: true },
      ],
      skills: [
        skill("harvestCrop", "advanced"),
        skill("carryPickingWorkAids", "advanced"),
        skill("workInOutdoorConditions", "advanced"),
        skill("selectFruitsAndVegetables", "intermediate"),
        skill("applyHealthAndSafetyWhenPicking", "intermediate"),
        skill("storeCrops", "intermediate"),
        skill("prepareEquipmentForHarvest", "intermediate"),
        skill("monitorFields", "basic"),
      ],
      certificates: [certificate("first_aid", addDays(today, -200), true)],
      availability: [{ start: addDays(today, 2), end: addDays(today, 364) }],
      preferences: { sectors: ["A01", "packing"], minHourlyPayCents: 500, accommodationNeeded: true },
    },
    consents: [
      { purpose: "profile_processing", granted: true, method: "in_person" },
      { purpose: "referral_to_employers", granted: true, method: "in_person" },
      { purpose: "contact_by_whatsapp", granted: true, method: "in_person" },
      { purpose: "contact_by_sms", granted: true, method: "portal" },
    ],
  };
}
