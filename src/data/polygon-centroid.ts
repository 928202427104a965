/** A GeoJSON position: [longitude, latitude] in degrees. */
export type Position = readonly [number, number] | readonly number[];
/** A GeoJSON polygon: the outer ring, then any holes. */
export type PolygonRings = readonly (readonly Position[])[];

export interface LatLon {
  lat: number;
  lon: number;
}

/**
 * Area-weighted centroid of a (multi)polygon, computed in plain longitude/latitude. Over a region the size of
 * a NUTS 2 area this is as good as an equal-area projection for what it is used for (distances between
 * regions, a pin on a map), and it needs no projection library. Holes subtract their area whatever the
 * winding order of the source file. The centroid of a crescent-shaped or island region can fall outside it.
 */
export function multiPolygonCentroid(polygons: readonly PolygonRings[]): LatLon {
  let area = 0;
  let lonMoment = 0;
  let latMoment = 0;
  for (const rings of polygons) {
    rings.forEach((ring, index) => {
      const part = ringMoments(ring);
      // The outer ring adds its area, holes take theirs away; the sign of the shoelace sum is discarded.
      const sign = (index === 0 ? 1 : -1) * Math.sign(part.area);
      area += sign * part.area;
      lonMoment += sign * part.lonMoment;
      latMoment += sign * part.latMoment;
    });
  }
  if (area === 0) throw new Error("centroid of a polygon without area");
  return { lat: latMoment / area, lon: lonMoment / area };
}

/** Shoelace area and first moments of one ring (signed by winding). */
function ringMoments(ring: readonly Position[]): { area: number; lonMoment: number; latMoment: number } {
  let area = 0;
  let lonMoment = 0;
  let latMoment = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[(i + 1) % ring.length] ?? [];
    const cross = x0 * y1 - x1 * y0;
    area += cross / 2;
    lonMoment += ((x0 + x1) * cross) / 6;
    latMoment += ((y0 + y1) * cross) / 6;
  }
  return { area, lonMoment, latMoment };
}
