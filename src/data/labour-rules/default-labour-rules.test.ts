import { describe, expect, it } from "vitest";
import { labourRuleInput } from "../../core/labour-rules/labour-rule-schemas.js";
import { defaultLabourRules } from "./default-labour-rules.js";

describe("the shipped labour rules", () => {
  const rules = defaultLabourRules();

  it("are valid rules, each dated and with its source", () => {
    for (const rule of rules) {
      expect(labourRuleInput.safeParse(rule).success, JSON.stringify(rule)).toBe(true);
      expect(rule.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rule.source.length).toBeGreaterThan(10);
    }
  });

  it("limit the week to 48 hours and give 11 hours of daily rest in all five countries", () => {
    for (const country of ["EL", "CY", "ES", "IT", "BE"]) {
      expect(rules.filter((r) => r.country === country && r.kind === "max_hours_week").map((r) => r.value)).toEqual([48]);
      expect(rules.filter((r) => r.country === country && r.kind === "min_daily_rest_hours").map((r) => r.value)).toEqual([11]);
    }
  });

  it("take the pay floors from the wage table, with one floor per unit and date", () => {
    const floors = (country: string) => rules.filter((r) => r.country === country && r.kind === "min_pay");
    expect(floors("EL").map((r) => [r.payUnit, r.amountCents])).toEqual([
      ["month", 88000],
      ["day", 3930],
    ]);
    expect(floors("IT")).toEqual([]);
    const seasonal2026 = floors("ES").filter((r) => r.contractType !== null && r.validFrom === "2026-01-01");
    expect(seasonal2026.map((r) => [r.contractType, r.amountCents])).toEqual([
      ["seasonal", 5782],
      ["day_work", 5782],
    ]);
    // The 2025 Spanish floors end when the 2026 ones start.
    expect(
      floors("ES")
        .filter((r) => r.validFrom === "2025-01-01")
        .every((r) => r.validTo === "2025-12-31"),
    ).toBe(true);
    // Cyprus: packing only (agricultural workers are excluded), the starting rate.
    expect(floors("CY").map((r) => [r.sector, r.amountCents, r.validFrom])).toEqual([
      ["packing", 90000, "2024-01-01"],
      ["packing", 97900, "2026-01-01"],
    ]);
  });

  it("cap Cypriot deductions for food at 15 % and accommodation at 10 %", () => {
    const cy = rules.filter((r) => r.country === "CY" && r.kind.startsWith("max_deduction"));
    expect(Object.fromEntries(cy.map((r) => [r.kind, r.value]))).toEqual({
      max_deduction_meals_pct: 15,
      max_deduction_accommodation_pct: 10,
    });
  });
});
