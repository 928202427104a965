import { describe, expect, it } from "vitest";
import { distanceKm, isValidRegionCode, loadNutsRegions, regionsOf } from "./nuts-regions.js";

const regions = loadNutsRegions();

describe("NUTS regions", () => {
  it("has the 353 regions of the five countries", () => {
    expect(regions.size).toBe(353);
    const perCountry = Object.fromEntries(["EL", "CY", "ES", "IT", "BE"].map((country) => [country, 0]));
    for (const region of regions.values()) perCountry[region.country] = (perCountry[region.country] ?? 0) + 1;
    expect(perCountry).toEqual({ EL: 70, CY: 4, ES: 86, IT: 134, BE: 59 });
  });

  it("has a centroid for every region, inside the country's rough bounds", () => {
    for (const region of regions.values()) {
      expect(region.lat, region.code).toBeTypeOf("number");
      expect(region.lon, region.code).toBeTypeOf("number");
      expect(region.lat).toBeGreaterThan(27);
      expect(region.lat).toBeLessThan(52);
      expect(region.lon).toBeGreaterThan(-19);
      expect(region.lon).toBeLessThan(35);
    }
  });

  it("lists a country's regions by level", () => {
    expect(regionsOf("EL", 0).map((region) => region.code)).toEqual(["EL"]);
    expect(regionsOf("EL", 2).map((region) => region.code)).toContain("EL65");
    expect(regionsOf("CY", 3).map((region) => region.nameLatin)).toEqual(["Kýpros"]);
  });

  it("knows the valid codes", () => {
    expect(isValidRegionCode("EL651")).toBe(true);
    expect(isValidRegionCode("GR651")).toBe(false);
    expect(isValidRegionCode("ELZ")).toBe(false);
  });
});

describe("distanceKm", () => {
  it("is short between the neighbours of Argolida-Arkadia (EL651)", () => {
    for (const neighbour of ["EL652", "EL653", "EL633"]) {
      const distance = distanceKm("EL651", neighbour);
      expect(distance, neighbour).toBeGreaterThan(10);
      expect(distance, neighbour).toBeLessThan(200);
    }
  });

  it("is long between Greece and Belgium", () => {
    expect(distanceKm("EL651", "BE100")).toBeGreaterThan(1500);
    expect(distanceKm("EL", "BE")).toBeGreaterThan(1500);
    expect(distanceKm("EL65", "BE2")).toBeGreaterThan(1500);
  });

  it("is symmetric, zero to itself, and undefined for an unknown code", () => {
    expect(distanceKm("ITF3", "ES61")).toBeCloseTo(distanceKm("ES61", "ITF3") ?? Number.NaN);
    expect(distanceKm("ES61", "ES61")).toBe(0);
    expect(distanceKm("ES61", "XX99")).toBeUndefined();
  });

  it("matches a known distance: Athens (EL30) to Brussels (BE10) is about 2,090 km", () => {
    expect(distanceKm("EL30", "BE10")).toBeGreaterThan(2000);
    expect(distanceKm("EL30", "BE10")).toBeLessThan(2150);
  });
});
