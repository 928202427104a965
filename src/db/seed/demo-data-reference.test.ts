import { describe, expect, it } from "vitest";
import type { MatchOffer, MatchWorker } from "../../core/matching/match-inputs.js";
import { scoreMatch } from "../../core/matching/score.js";
import { generateDemoData } from "./demo-data.js";
import { PORTAL_WORKER_KEY } from "./portal-worker.js";
import { loadReferenceTables, wageFloorCents } from "./reference-tables.js";

const TODAY = "2026-11-23";
const data = generateDemoData(2026, TODAY);
const tables = loadReferenceTables();

describe("demo data against the reference tables", () => {
  it("uses only NUTS codes that exist", () => {
    const codes = [
      ...data.centres.map((c) => c.regionCode),
      ...data.employers.flatMap((e) => e.input.sites.map((s) => s.regionCode)),
      ...data.workers.map((w) => w.input.regionCode),
    ];
    expect(codes.filter((code) => !tables.nutsCodes.has(code))).toEqual([]);
  });

  it("uses only ESCO occupations and skills that exist", () => {
    const occupations = [
      ...data.offers.map((o) => o.input.occupationUri),
      ...data.workers.flatMap((w) => w.input.occupations.map((o) => o.occupationUri)),
    ];
    const skills = [
      ...data.offers.flatMap((o) => o.input.requiredSkills),
      ...data.workers.flatMap((w) => w.input.skills.map((s) => s.skillUri)),
    ];
    expect(occupations.filter((uri) => !tables.occupationUris.has(uri))).toEqual([]);
    expect(skills.filter((uri) => !tables.skillUris.has(uri))).toEqual([]);
  });

  it("asks in each offer for essential skills of its occupation", () => {
    for (const offer of data.offers) {
      const essential = tables.occupationSkills.get(offer.input.occupationUri)?.essential ?? new Set();
      expect(
        offer.input.requiredSkills.filter((uri) => !essential.has(uri)),
        offer.key,
      ).toEqual([]);
    }
  });

  it("gives each worker 3–10 skills that ESCO links to one of the worker's occupations", () => {
    for (const worker of data.workers) {
      const linked = new Set(
        worker.input.occupations.flatMap((o) => {
          const skills = tables.occupationSkills.get(o.occupationUri);
          return skills ? [...skills.essential, ...skills.optional] : [];
        }),
      );
      expect(worker.input.skills.length, worker.key).toBeGreaterThanOrEqual(3);
      expect(worker.input.skills.length, worker.key).toBeLessThanOrEqual(10);
      expect(
        worker.input.skills.filter((s) => !linked.has(s.skillUri)),
        worker.key,
      ).toEqual([]);
    }
  });

  it("pays at or above the legal floor: Greek day rate, Spanish seasonal day rate, monthly minimum wages", () => {
    const floors = {
      EL: {
        day: wageFloorCents(tables.minimumWages, "EL", "all sectors", "daily", TODAY),
        month: wageFloorCents(tables.minimumWages, "EL", "all sectors", "monthly", TODAY),
        /** A Greek manual worker's day is 6 h 40 min (40 hours over six days). */
        hoursPerDay: 40 / 6,
      },
      ES: {
        day: wageFloorCents(tables.minimumWages, "ES", "temporary/seasonal", "daily", TODAY),
        month: wageFloorCents(tables.minimumWages, "ES", "all sectors", "monthly", TODAY),
        /** The Huelva field agreement's day is 6.5 hours. */
        hoursPerDay: 6.5,
      },
    };
    expect(floors.EL.day).toBe(3930);
    expect(floors.ES.day).toBe(5782);
    for (const offer of data.offers) {
      const floor = floors[offer.centreKey === "peloponnese" ? "EL" : "ES"];
      const hourlyFloor = floor.day / floor.hoursPerDay;
      const { payAmountCents, payUnit, piecesPerHour } = offer.input;
      if (payUnit === "day") expect(payAmountCents, offer.key).toBeGreaterThanOrEqual(floor.day);
      if (payUnit === "month") expect(payAmountCents, offer.key).toBeGreaterThanOrEqual(floor.month);
      if (payUnit === "hour") expect(payAmountCents, offer.key).toBeGreaterThanOrEqual(hourlyFloor);
      if (payUnit === "piece") expect(payAmountCents * (piecesPerHour ?? 0), offer.key).toBeGreaterThanOrEqual(hourlyFloor);
    }
  });
});

describe("the portal worker", () => {
  it("has several good matches among the published offers of his centre", () => {
    const worker = data.workers.find((w) => w.key === PORTAL_WORKER_KEY);
    if (!worker) throw new Error("no portal worker");
    const matchWorker: MatchWorker = { id: worker.key, ...worker.input, location: null };
    const employers = new Map(data.employers.map((e) => [e.key, e]));
    const results = data.offers
      .filter((o) => o.status === "published" && o.centreKey === worker.centreKey)
      .map((offer) => {
        const employer = employers.get(offer.employerKey);
        const site = employer?.input.sites[offer.siteIndex];
        const matchOffer: MatchOffer = {
          id: offer.key,
          ...offer.input,
          sector: employer?.input.sector ?? "A01",
          location: site?.latitude != null && site.longitude != null ? { lat: site.latitude, lon: site.longitude } : null,
        };
        return scoreMatch(matchWorker, matchOffer);
      });
    const good = results.filter((r) => r.eligible && r.score >= 60);
    expect(good.length).toBeGreaterThanOrEqual(5);
  });
});
