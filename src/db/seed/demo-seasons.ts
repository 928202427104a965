import type { Season } from "./demo-dates.js";

/**
 * Work seasons of the two demo centres (PRODUCT.md "Reference facts", and local practice): olives in the
 * Peloponnese Oct–Jan, Argolida and Lakonia citrus Nov–Mar, Ilia (Manolada) strawberries Feb–Jun, Huelva berries
 * Jan–Jun (picking Feb–Jun).
 */
export const SEASONS = {
  olives: { from: [10, 15], to: [1, 31] },
  citrus: { from: [11, 15], to: [3, 31] },
  strawberries: { from: [2, 1], to: [6, 30] },
  olivePruning: { from: [2, 1], to: [3, 31] },
  potatoes: { from: [5, 15], to: [7, 15] },
  watermelons: { from: [6, 1], to: [7, 31] },
  currants: { from: [8, 1], to: [9, 15] },
  vinePruning: { from: [12, 1], to: [2, 28] },
  lambing: { from: [12, 1], to: [4, 30] },
  /** Thinning and clearing in the fir forests happen outside the summer fire season. */
  forestWorks: { from: [10, 1], to: [5, 31] },
  firebreaks: { from: [5, 1], to: [6, 30] },
  huelvaBerries: { from: [1, 15], to: [6, 30] },
  huelvaStrawberryPicking: { from: [2, 1], to: [6, 15] },
} as const satisfies Record<string, Season>;
export type SeasonName = keyof typeof SEASONS;
