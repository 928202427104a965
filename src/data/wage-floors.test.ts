import { describe, expect, it } from "vitest";
import { eurosToCents, loadWageFloors } from "./wage-floors.js";

const floors = loadWageFloors();

describe("wage floors", () => {
  it("has the 15 shipped rows", () => {
    expect(floors).toHaveLength(15);
  });

  it("gives the Greek daily wage for blue-collar workers as 3,930 cents from 1 April 2025", () => {
    const daily = floors.find((floor) => floor.country === "EL" && floor.unit === "daily");
    expect(daily?.amountCents).toBe(3930);
    expect(daily?.validFrom).toBe("2025-04-01");
  });

  it("has no amount and no unit for Italy, where collective agreements set pay", () => {
    const italy = floors.filter((floor) => floor.country === "IT");
    expect(italy).toHaveLength(1);
    expect(italy[0]?.amountCents).toBeNull();
    expect(italy[0]?.unit).toBeNull();
    expect(italy[0]?.validFrom).toBeNull();
  });

  it("stores every amount as whole cents", () => {
    for (const floor of floors) if (floor.amountCents !== null) expect(Number.isInteger(floor.amountCents)).toBe(true);
    expect(floors.find((floor) => floor.country === "BE" && floor.sector.includes("145"))?.amountCents).toBe(1241);
  });
});

describe("eurosToCents", () => {
  it("never loses a cent to floating point", () => {
    expect(eurosToCents("39.30")).toBe(3930);
    expect(eurosToCents("1184.00")).toBe(118400);
    expect(eurosToCents("0.29")).toBe(29);
    expect(eurosToCents("12.5")).toBe(1250);
    expect(eurosToCents("880")).toBe(88000);
    expect(() => eurosToCents("12,50")).toThrow();
  });
});
