import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NUTS_CENTROIDS_FILE, nutsCentroidsCsv } from "./nuts-centroids.js";
import { multiPolygonCentroid } from "./polygon-centroid.js";

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe("multiPolygonCentroid", () => {
  it("finds the middle of a square, whatever the winding", () => {
    expect(multiPolygonCentroid([[square(0, 0, 2)]])).toEqual({ lat: 1, lon: 1 });
    expect(multiPolygonCentroid([[square(0, 0, 2).reverse()]])).toEqual({ lat: 1, lon: 1 });
  });

  it("weights polygons by area: a big island pulls harder than a small one", () => {
    const { lon, lat } = multiPolygonCentroid([[square(0, 0, 3)], [square(10, 0, 1)]]);
    expect(lon).toBeCloseTo((9 * 1.5 + 1 * 10.5) / 10);
    expect(lat).toBeCloseTo((9 * 1.5 + 1 * 0.5) / 10);
  });

  it("subtracts holes", () => {
    const { lon } = multiPolygonCentroid([[square(0, 0, 4), square(2, 0, 2)]]);
    expect(lon).toBeCloseTo((16 * 2 - 4 * 3) / 12);
  });
});

describe("nuts_centroids.csv", () => {
  it("is what the script computes from the shipped boundaries", () => {
    expect(readFileSync(NUTS_CENTROIDS_FILE, "utf8")).toBe(nutsCentroidsCsv());
  });
});
