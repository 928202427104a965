import { geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, Polygon } from "geojson";

export interface MapPoint {
  lat: number;
  lon: number;
  /** Drawn in the marker: a short text such as the point's number. */
  mark: string;
}

interface RegionMapProps {
  /** The regions to draw as the background; the map is fitted to them, or to the points when there are none. */
  regions: FeatureCollection | null;
  /** Points in order, joined by lines from each to the next. */
  points: readonly MapPoint[];
  /** The text on the line that ends at points[i] (legLabels[0] is unused: the first point has no line to it). */
  legLabels?: readonly string[];
  /** What the picture shows, for screen readers (a list beside it should say the same in words). */
  label: string;
  width?: number;
  height?: number;
}

const PADDING = 16;
/** Markers this close (px) would hide each other: they are set around their common place instead. */
const SAME_PLACE_PX = 8;
const SPREAD_PX = 14;
/** A line shorter than this (px) has no room for its label beside the markers. */
const LABEL_MIN_PX = 48;
/** Degrees around the points when there are no regions to fit to, so a single point still has a scale. */
const POINT_MARGIN = 0.5;

function pointsFrame(points: readonly MapPoint[]): Feature<Polygon> {
  const lons = points.map((point) => point.lon);
  const lats = points.map((point) => point.lat);
  const [west, east] = [Math.min(...lons) - POINT_MARGIN, Math.max(...lons) + POINT_MARGIN];
  const [south, north] = [Math.min(...lats) - POINT_MARGIN, Math.max(...lats) + POINT_MARGIN];
  // Counter-clockwise, as d3-geo wants an outer ring that encloses the small area.
  return {
    type: "Feature",
    properties: {},
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    },
  };
}

/** Sites in one region share its centroid: markers on the same spot are put in a small ring so each number shows. */
function spreadOut(positions: readonly [number, number][]): [number, number][] {
  const groups = new Map<string, number[]>();
  positions.forEach(([x, y], index) => {
    const key = `${Math.round(x / SAME_PLACE_PX)}:${Math.round(y / SAME_PLACE_PX)}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const spread = positions.map(([x, y]): [number, number] => [x, y]);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.forEach((index, k) => {
      const [x, y] = positions[index] as [number, number];
      const angle = (2 * Math.PI * k) / members.length - Math.PI / 2;
      spread[index] = [x + SPREAD_PX * Math.cos(angle), y + SPREAD_PX * Math.sin(angle)];
    });
  }
  return spread;
}

/**
 * A small map in SVG (Mercator, fitted to what it shows): region outlines, then numbered points joined in order,
 * each line labelled (e.g. with its distance). Geography does not turn around in right-to-left languages.
 */
export function RegionMap({ regions, points, legLabels = [], label, width = 560, height = 400 }: RegionMapProps) {
  const target: FeatureCollection<Geometry> | Feature<Polygon> =
    regions && regions.features.length > 0 ? regions : pointsFrame(points.length > 0 ? points : [{ lat: 38, lon: 23, mark: "" }]);
  const projection = geoMercator().fitExtent(
    [
      [PADDING, PADDING],
      [width - PADDING, height - PADDING],
    ],
    target,
  );
  const path = geoPath(projection);
  const projected = spreadOut(points.map((point): [number, number] => projection([point.lon, point.lat]) ?? [0, 0]));

  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={label} style={{ display: "block", direction: "ltr" }}>
      <rect width={width} height={height} fill="var(--mantine-color-blue-0)" rx={8} />
      {regions?.features.map((feature, index) => (
        <path
          // biome-ignore lint/suspicious/noArrayIndexKey: a region's outline has nothing but its place in the file
          key={index}
          d={path(feature) ?? undefined}
          fill="var(--mantine-color-gray-1)"
          stroke="var(--mantine-color-gray-5)"
          strokeWidth={0.75}
        />
      ))}
      {projected.slice(1).map(([x, y], index) => {
        const [fromX, fromY] = projected[index] as [number, number];
        const legLabel = Math.hypot(x - fromX, y - fromY) >= LABEL_MIN_PX ? legLabels[index + 1] : undefined;
        return (
          <g key={`leg-to-${points[index + 1]?.mark}`}>
            <line x1={fromX} y1={fromY} x2={x} y2={y} stroke="var(--mantine-color-olive-8)" strokeWidth={2} strokeDasharray="6 4" />
            {legLabel && (
              <text
                x={(fromX + x) / 2}
                y={(fromY + y) / 2 - 6}
                textAnchor="middle"
                fontSize={12}
                fill="var(--mantine-color-dark-7)"
                stroke="white"
                strokeWidth={3}
                paintOrder="stroke"
              >
                {legLabel}
              </text>
            )}
          </g>
        );
      })}
      {projected.map(([x, y], index) => (
        <g key={`point-${points[index]?.mark ?? index}`} transform={`translate(${x} ${y})`}>
          <circle r={11} fill="var(--mantine-color-olive-7)" stroke="white" strokeWidth={2} />
          <text textAnchor="middle" dominantBaseline="central" fontSize={12} fontWeight={700} fill="white">
            {points[index]?.mark}
          </text>
        </g>
      ))}
    </svg>
  );
}
