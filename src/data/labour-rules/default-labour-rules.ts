import type { LabourRuleFacts } from "../../core/labour-rules/labour-rule-schemas.js";
import type { ContractType } from "../../core/reference/codes.js";
import { loadWageFloors, type WageCountry, type WageUnit } from "../wage-floors.js";

/**
 * The labour rules shipped with the product, loaded into an empty labour_rules table at start
 * (docs/decent-work.md has the table and its caveats). Pay floors come from wages/minimum_wages.csv (found by
 * country, sector, unit and date, so the two cannot drift apart); limits carry their own source here.
 * Administrators correct and extend them in the staff console; nothing here is read again once the table holds rules.
 */

const UNIT: Record<WageUnit, "hour" | "day" | "month"> = { hourly: "hour", daily: "day", monthly: "month" };

interface FloorPlace {
  country: WageCountry;
  /** The start of the CSV's sector text. */
  csvSector: string;
  unit: WageUnit;
  validFrom: string;
  sector?: LabourRuleFacts["sector"];
  contractType?: ContractType | null;
  validTo?: string | null;
  note?: string;
  /** Where the CSV's source hint says only "same decision": the decision's name. */
  decision?: string;
}

/**
 * The CSV row for a floor, as a rule; an error if the CSV no longer has it (the defaults must follow the data).
 * Where the CSV has two rates from one date (Cyprus: first 6 months, after 6 months), the lower one is taken.
 */
function floorRule(place: FloorPlace): LabourRuleFacts {
  const [row] = loadWageFloors()
    .filter(
      (floor) =>
        floor.country === place.country &&
        floor.sector.startsWith(place.csvSector) &&
        floor.unit === place.unit &&
        floor.validFrom === place.validFrom,
    )
    .sort((a, b) => (a.amountCents ?? 0) - (b.amountCents ?? 0));
  if (!row || row.amountCents === null)
    throw new Error(`minimum_wages.csv has no ${place.country} ${place.unit} floor from ${place.validFrom}`);
  return {
    country: place.country,
    sector: place.sector ?? "all",
    contractType: place.contractType ?? null,
    kind: "min_pay",
    payUnit: UNIT[place.unit],
    amountCents: row.amountCents,
    value: null,
    validFrom: place.validFrom,
    validTo: place.validTo ?? null,
    source: place.decision ? row.sourceHint.replace("same decision", place.decision) : row.sourceHint,
    note: [row.note, place.note].filter(Boolean).join(" — "),
  };
}

function limit(
  country: WageCountry,
  kind: Exclude<LabourRuleFacts["kind"], "min_pay">,
  value: number,
  validFrom: string,
  source: string,
  extra: Partial<Pick<LabourRuleFacts, "sector" | "contractType" | "note">> = {},
): LabourRuleFacts {
  return {
    country,
    sector: extra.sector ?? "all",
    contractType: extra.contractType ?? null,
    kind,
    payUnit: null,
    amountCents: null,
    value,
    validFrom,
    validTo: null,
    source,
    note: extra.note ?? "",
  };
}

const WTD = "Directive 2003/88/EC (Working Time Directive), in force 2 Aug 2004";
const ES_SEASONAL_NOTE =
  "applied to every seasonal and day-work offer; the decree limits it to contracts of at most 120 days with the same employer";
const BE_SECTOR_NOTE =
  "the sector codes do not tell horticulture (JC 145) from other agriculture (JC 144), so every A01 offer is checked against both and the higher floor binds";
const CY_FLOOR_NOTE =
  "applied to packing only (agricultural workers are excluded); the starting rate is used because offers are for new hires — the higher rate after 6 months is not checked";

export function defaultLabourRules(): LabourRuleFacts[] {
  const floors: LabourRuleFacts[] = [
    floorRule({ country: "EL", csvSector: "all sectors", unit: "monthly", validFrom: "2025-04-01" }),
    floorRule({
      country: "EL",
      csvSector: "all sectors",
      unit: "daily",
      validFrom: "2025-04-01",
      decision: "Greek Ministry of Labour decision effective 1 Apr 2025",
    }),
    floorRule({ country: "ES", csvSector: "all sectors", unit: "monthly", validFrom: "2025-01-01", validTo: "2025-12-31" }),
    floorRule({ country: "ES", csvSector: "all sectors", unit: "monthly", validFrom: "2026-01-01" }),
    floorRule({ country: "ES", csvSector: "all sectors", unit: "daily", validFrom: "2025-01-01", validTo: "2025-12-31" }),
    floorRule({ country: "ES", csvSector: "all sectors", unit: "daily", validFrom: "2026-01-01" }),
    ...(["seasonal", "day_work"] as const).flatMap((contractType) => [
      floorRule({
        country: "ES",
        csvSector: "temporary/seasonal",
        unit: "daily",
        validFrom: "2025-01-01",
        validTo: "2025-12-31",
        contractType,
        note: ES_SEASONAL_NOTE,
      }),
      floorRule({
        country: "ES",
        csvSector: "temporary/seasonal",
        unit: "daily",
        validFrom: "2026-01-01",
        contractType,
        note: ES_SEASONAL_NOTE,
      }),
    ]),
    floorRule({
      country: "CY",
      csvSector: "all sectors",
      unit: "monthly",
      validFrom: "2024-01-01",
      validTo: "2025-12-31",
      sector: "packing",
      note: CY_FLOOR_NOTE,
    }),
    floorRule({
      country: "CY",
      csvSector: "all sectors",
      unit: "monthly",
      validFrom: "2026-01-01",
      validTo: "2027-12-31",
      sector: "packing",
      note: CY_FLOOR_NOTE,
      decision: "Council of Ministers decision of 23 Dec 2025 amending the Minimum Wage Decree",
    }),
    floorRule({
      country: "BE",
      csvSector: "Joint Committee 144",
      unit: "hourly",
      validFrom: "2023-01-01",
      sector: "A01",
      note: BE_SECTOR_NOTE,
    }),
    floorRule({
      country: "BE",
      csvSector: "Joint Committee 145",
      unit: "hourly",
      validFrom: "2023-01-01",
      sector: "A01",
      note: BE_SECTOR_NOTE,
    }),
  ];
  const limits = (["EL", "CY", "ES", "IT", "BE"] as const).flatMap((country) => [
    limit(country, "max_hours_week", 48, "2004-08-02", `${WTD}, art. 6: at most 48 hours a week on average, overtime included`),
    limit(country, "min_daily_rest_hours", 11, "2004-08-02", `${WTD}, art. 3: at least 11 consecutive hours of rest in every 24 hours`),
  ]);
  const cyprusCaps = [
    limit(
      "CY",
      "max_deduction_meals_pct",
      15,
      "2023-01-01",
      "Cyprus Minimum Wage Decree (in force 1 Jan 2023); PRODUCT.md reference facts",
      {
        note: "food deducted from pay: at most 15% of gross pay",
      },
    ),
    limit(
      "CY",
      "max_deduction_accommodation_pct",
      10,
      "2023-01-01",
      "Cyprus Minimum Wage Decree (in force 1 Jan 2023); PRODUCT.md reference facts",
      {
        note: "accommodation deducted from pay: at most 10% of gross pay",
      },
    ),
  ];
  const belgianCaps = [
    limit(
      "BE",
      "seasonal_day_cap",
      100,
      "2023-01-01",
      "Occasional work in horticulture (JC 145), figure from PRODUCT.md; check the current cap with the NSSO",
      {
        sector: "A01",
        contractType: "seasonal",
        note: "horticulture; figure as given in PRODUCT.md, date not confirmed",
      },
    ),
    limit(
      "BE",
      "seasonal_day_cap",
      50,
      "2023-01-01",
      "Occasional work in agriculture (JC 144), figure from PRODUCT.md; check the current cap with the NSSO",
      {
        sector: "A01",
        contractType: "seasonal",
        note: "agriculture; figure as given in PRODUCT.md, date not confirmed",
      },
    ),
  ];
  return [...floors, ...limits, ...cyprusCaps, ...belgianCaps];
}
