// What is grown, raised or caught where, and when the work is: the seasons of PRODUCT.md ("Seasons") and the
// other large seasonal harvests of the five countries. Each crop has the ESCO occupations its offers are for.
import type { CertificateKind, Sector } from "../../src/core/reference/codes.js";
import type { OccupationKey } from "./occupations.js";

export interface PieceRate {
  /** What one piece is, as written on the offer. */
  readonly unit: string;
  /** Pieces an average worker does in an hour (the range offers draw from). */
  readonly piecesPerHour: readonly [number, number];
}

export interface Crop {
  readonly name: string;
  readonly sector: Sector;
  /** The work's season as month-day; `to` before `from` means it runs into the next year (olives Oct–Jan). */
  readonly from: string;
  readonly to: string;
  /** Year-round work (livestock, forestry, fishing): offers are contracts of a few months anywhere in the year. */
  readonly yearRound?: boolean;
  /** NUTS 3 regions where it is grown, with their share of the crop's offers. */
  readonly regions: readonly (readonly [string, number])[];
  readonly occupations: readonly (readonly [OccupationKey, number])[];
  /** Share of all offers in the network. */
  readonly weight: number;
  /** Share of offers that house their workers. */
  readonly accommodationShare: number;
  /** Certificates some offers require, with the share of offers requiring each. */
  readonly certificates?: Partial<Record<CertificateKind, number>>;
  readonly pieceRate?: PieceRate;
}

const HARVEST: Crop["occupations"] = [
  ["picker", 8],
  ["cropWorker", 3],
  ["machineryOperator", 0.5],
  ["fruitTeamLeader", 0.3],
];

export const CROPS: readonly Crop[] = [
  {
    name: "olives",
    sector: "A01",
    from: "10-15",
    to: "01-31",
    regions: [
      ["EL653", 4],
      ["EL651", 2],
      ["EL652", 1],
      ["EL431", 3],
      ["EL434", 2],
      ["ES616", 5],
      ["ES613", 2],
      ["ITF47", 2],
      ["ITF48", 2],
      ["ITF45", 1],
    ],
    occupations: HARVEST,
    weight: 13,
    accommodationShare: 0.5,
    certificates: { tractor_licence: 0.04 },
    pieceRate: { unit: "sack of 50 kg", piecesPerHour: [2, 4] },
  },
  {
    name: "strawberries",
    sector: "A01",
    from: "02-01",
    to: "06-30",
    regions: [
      ["ES615", 8],
      ["EL633", 3],
      ["BE223", 1],
    ],
    occupations: [
      ["picker", 10],
      ["horticultureWorker", 2],
      ["fruitTeamLeader", 0.3],
    ],
    weight: 11,
    accommodationShare: 0.75,
    certificates: { food_safety: 0.05 },
    pieceRate: { unit: "tray of 2 kg", piecesPerHour: [5, 10] },
  },
  {
    name: "citrus",
    sector: "A01",
    from: "11-01",
    to: "04-15",
    regions: [
      ["EL651", 3],
      ["EL653", 1],
      ["ES523", 4],
      ["ES522", 2],
      ["ES620", 1],
      ["ITG17", 3],
      ["ITG19", 1],
      ["ITF65", 2],
      ["CY000", 1],
    ],
    occupations: HARVEST,
    weight: 9,
    accommodationShare: 0.4,
    certificates: { pesticide_handling: 0.03 },
    pieceRate: { unit: "crate of 20 kg", piecesPerHour: [5, 9] },
  },
  {
    name: "tomatoes",
    sector: "A01",
    from: "07-20",
    to: "09-30",
    regions: [
      ["ITF46", 6],
      ["ITF31", 1],
      ["ES431", 2],
    ],
    occupations: HARVEST,
    weight: 6,
    accommodationShare: 0.55,
    pieceRate: { unit: "bin of 300 kg", piecesPerHour: [1, 2] },
  },
  {
    name: "pears and apples",
    sector: "A01",
    from: "08-20",
    to: "10-15",
    regions: [
      ["BE223", 4],
      ["BE224", 2],
      ["BE225", 1],
      ["ITH20", 3],
      ["ITH10", 3],
      ["ES513", 2],
    ],
    occupations: HARVEST,
    weight: 7,
    accommodationShare: 0.65,
    pieceRate: { unit: "bin of 350 kg", piecesPerHour: [1, 2] },
  },
  {
    name: "peaches and nectarines",
    sector: "A01",
    from: "06-01",
    to: "08-31",
    regions: [
      ["EL521", 5],
      ["EL524", 2],
      ["ES513", 3],
      ["ES620", 1],
      ["ITH56", 1],
      ["ITH57", 1],
    ],
    occupations: HARVEST,
    weight: 6,
    accommodationShare: 0.45,
    pieceRate: { unit: "crate of 10 kg", piecesPerHour: [8, 14] },
  },
  {
    name: "grapes",
    sector: "A01",
    from: "07-15",
    to: "10-20",
    regions: [
      ["ES620", 3],
      ["ES230", 2],
      ["ES425", 2],
      ["ITF43", 3],
      ["ITF47", 1],
      ["ITC16", 1],
      ["ITC17", 1],
      ["ITG11", 1],
      ["EL652", 2],
      ["EL527", 1],
      ["CY000", 1],
    ],
    occupations: [
      ["vineyardWorker", 8],
      ["picker", 3],
      ["machineryOperator", 0.4],
    ],
    weight: 8,
    accommodationShare: 0.45,
    pieceRate: { unit: "crate of 8 kg", piecesPerHour: [8, 15] },
  },
  {
    name: "greenhouse vegetables",
    sector: "A01",
    from: "09-01",
    to: "06-15",
    regions: [
      ["ES611", 10],
      ["ES620", 2],
      ["ITG18", 4],
      ["ITI44", 2],
      ["EL432", 2],
      ["EL431", 1],
      ["BE256", 1],
    ],
    occupations: [
      ["horticultureWorker", 8],
      ["cropWorker", 3],
      ["picker", 2],
      ["cropTeamLeader", 0.3],
    ],
    weight: 12,
    accommodationShare: 0.25,
    certificates: { pesticide_handling: 0.1, first_aid: 0.03 },
  },
  {
    name: "packing house",
    sector: "packing",
    from: "01-01",
    to: "12-31",
    yearRound: true,
    regions: [
      ["ES611", 3],
      ["ES615", 2],
      ["ES523", 2],
      ["EL521", 1],
      ["EL653", 1],
      ["ITF46", 1],
      ["ITG18", 1],
      ["BE223", 1],
    ],
    occupations: [
      ["cropWorker", 4],
      ["horticultureWorker", 2],
    ],
    weight: 6,
    accommodationShare: 0.15,
    certificates: { food_safety: 0.6, forklift_licence: 0.15 },
  },
  {
    name: "livestock",
    sector: "A01",
    from: "01-01",
    to: "12-31",
    yearRound: true,
    regions: [
      ["EL612", 3],
      ["EL631", 2],
      ["EL611", 1],
      ["EL543", 1],
      ["ES431", 2],
      ["ES415", 1],
      ["ES220", 1],
      ["ITF46", 1],
      ["ITH53", 2],
      ["CY000", 2],
      ["BE256", 2],
      ["BE225", 1],
    ],
    occupations: [
      ["livestockWorker", 6],
      ["shepherd", 3],
      ["poultryBreeder", 1],
      ["pigBreeder", 1],
      ["cattleBreeder", 1],
      ["sheepBreeder", 1],
    ],
    weight: 9,
    accommodationShare: 0.6,
    certificates: { first_aid: 0.05 },
  },
  {
    name: "forestry",
    sector: "A02",
    from: "01-01",
    to: "12-31",
    yearRound: true,
    regions: [
      ["ES112", 3],
      ["ES120", 2],
      ["ES111", 1],
      ["ITH20", 2],
      ["ITH10", 1],
      ["ITI1A", 1],
      ["EL543", 1],
      ["BE352", 1],
    ],
    occupations: [
      ["forestWorker", 6],
      ["forestryOperator", 2],
      ["treeSurgeon", 1],
    ],
    weight: 5,
    accommodationShare: 0.3,
    certificates: { chainsaw: 0.6, first_aid: 0.15 },
  },
  {
    name: "fishing and aquaculture",
    sector: "A03",
    from: "01-01",
    to: "12-31",
    yearRound: true,
    regions: [
      ["ES114", 4],
      ["ES612", 1],
      ["EL413", 1],
      ["EL631", 2],
      ["EL642", 1],
      ["ITH56", 2],
      ["ITH57", 1],
      ["ITG11", 1],
      ["CY000", 1],
    ],
    occupations: [
      ["deepSeaFisheryWorker", 3],
      ["fisheriesBoatman", 1.5],
      ["aquacultureHarvestingWorker", 3],
      ["aquacultureWorker", 3],
      ["aquacultureMooringWorker", 1],
      ["shellfishCollector", 1],
    ],
    weight: 5,
    accommodationShare: 0.35,
    certificates: { boat_licence: 0.25, first_aid: 0.2 },
  },
];

/** Certificates an occupation needs whatever the crop: machines need their licence. */
export const OCCUPATION_CERTIFICATES: Partial<Record<OccupationKey, Partial<Record<CertificateKind, number>>>> = {
  machineryOperator: { tractor_licence: 0.75, plant_licence: 0.1 },
  forestryOperator: { chainsaw: 0.8, plant_licence: 0.3 },
  fisheriesBoatman: { boat_licence: 0.7 },
};

/** Occupations whose offers often require a driving licence (machines on public roads, transport). */
export const OCCUPATION_LICENCE_SHARE: Partial<Record<OccupationKey, number>> = {
  machineryOperator: 0.5,
  forestryOperator: 0.4,
  fruitTeamLeader: 0.3,
  cropTeamLeader: 0.3,
};
