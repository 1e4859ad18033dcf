import type { MouseEvent } from "react";
import { useNavigate } from "react-router";
import { feature } from "topojson-client";
import type { MapRegion } from "@zorgpact/domain/map";
import { provinces } from "@zorgpact/domain/region";
import { pactKindLabels } from "@zorgpact/ui/labels.ts";
import { mapMessages } from "../../messages/map.ts";
import { boundsOf, centroidOf, contains, fitProjection, pathData, provinceFeatures, separate, spread, type AreaFeature } from "./map-geometry.ts";
import "./province-map.css";
import topology from "./nld-provinces.topo.json";

// Computed once when this chunk loads: the outlines never change.
const collection = feature(topology as unknown as Parameters<typeof feature>[0], topology.objects.nld as never) as unknown as {
  features: AreaFeature[];
};
const shapes = provinceFeatures(collection.features, provinces);
const project = fitProjection(boundsOf(shapes.map((s) => s.geometry)), 480, 16);
const outlines = shapes.map((shape) => ({ name: shape.name, d: pathData(shape.geometry, project) }));

/**
 * Marker radius in view-box units: the view box is 480 wide and the map at least ~350 CSS px on a
 * phone, so 17 units stay ≥ 24 px across. Centres at least a diameter and a gap apart never overlap.
 */
const MARKER_RADIUS = 17;
const MIN_DISTANCE = 2 * MARKER_RADIUS + 4;

/**
 * Where a region's markers gather: its own point when that lies inside one of its provinces (several
 * regions share Gelderland or Overijssel, and their points tell them apart); otherwise — a point
 * in the sea or in another province — the centroid of its provinces' shapes.
 */
function regionCentre(region: MapRegion): [number, number] {
  const own = shapes.filter((shape) => (region.provinces as readonly string[]).includes(shape.name)).map((shape) => shape.geometry);
  const point = project(region.longitude, region.latitude);
  if (own.some((geometry) => contains(geometry, project, point[0], point[1]))) return point;
  return centroidOf(own, project) ?? point;
}

export interface Marker {
  key: string;
  href: string;
  label: string;
  x: number;
  y: number;
  frontRunnersOnly: boolean;
}

/** One marker per regional pact or breeding ground; a region with front-runners only gets one marker to them. */
/** Whether a marker's centre lies inside one of its region's provinces (for tests). */
export function insideRegion(region: MapRegion, x: number, y: number): boolean {
  return shapes.some((shape) => (region.provinces as readonly string[]).includes(shape.name) && contains(shape.geometry, project, x, y));
}

export function markers(regions: readonly MapRegion[]): Marker[] {
  const initial = regions.flatMap((region): (Marker & { region: MapRegion })[] => {
    const [x, y] = regionCentre(region);
    const pacts = region.pacts.filter((p) => p.kind === "regional_pact" || p.kind === "breeding_ground");
    if (pacts.length === 0) {
      return [
        {
          key: region.id,
          href: `/koplopers?regio=${region.id}`,
          label: mapMessages.frontRunnersMarker(region.name, region.counts.frontRunners),
          x,
          y,
          frontRunnersOnly: true,
          region,
        },
      ];
    }
    return pacts.map((pact, i) => {
      // Several pacts of one region sit around its centre, a marker's width apart.
      const [dx, dy] = spread(i, pacts.length, pacts.length <= 1 ? 0 : MIN_DISTANCE / (2 * Math.sin(Math.PI / pacts.length)));
      return {
        key: pact.slug,
        href: `/zorgpacten/${encodeURIComponent(pact.slug)}`,
        label: mapMessages.markerLabel(pact.name, pactKindLabels[pact.kind], region.name),
        x: x + dx,
        y: y + dy,
        frontRunnersOnly: false,
        region,
      };
    });
  });
  // Regions close together (or one with many pacts) could still overlap: part those that touch.
  const regionOf = new Map(initial.map((marker) => [marker.key, marker.region]));
  return separate(initial, MIN_DISTANCE, { width: project.width, height: project.height, margin: MARKER_RADIUS + 2 }, (marker, x, y) =>
    insideRegion(regionOf.get(marker.key)!, x, y),
  ).map(({ region: _region, ...marker }) => marker);
}

/**
 * The provinces as an inline SVG with a focusable, labelled link per marker. The outlines are
 * decoration (hidden from screen readers); the table on the same page carries everything.
 */
export function ProvinceMap({ regions }: { regions: readonly MapRegion[] }) {
  const navigate = useNavigate();
  const follow = (href: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(href);
  };
  const regionMarkers = markers(regions);
  return (
    <figure className="province-map">
      <svg viewBox={`0 0 ${project.width} ${project.height}`} role="group" aria-label={mapMessages.mapLabel} className="province-map__svg">
        <g aria-hidden="true" className="province-map__provinces">
          {outlines.map((outline) => (
            <path key={outline.name} d={outline.d} />
          ))}
        </g>
        {regionMarkers.map((marker) => (
          <a key={marker.key} href={marker.href} aria-label={marker.label} onClick={follow(marker.href)} className="province-map__marker">
            <title>{marker.label}</title>
            <circle cx={marker.x} cy={marker.y} r={MARKER_RADIUS} className={marker.frontRunnersOnly ? "marker--front-runners" : "marker--pact"} />
          </a>
        ))}
      </svg>
      <figcaption>
        <ul className="map-legend plain-list">
          <li>
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <circle cx="8" cy="8" r="6" className="marker--pact" />
            </svg>{" "}
            {mapMessages.legendRegional}
          </li>
          {regionMarkers.some((m) => m.frontRunnersOnly) ? (
            <li>
              <svg width="16" height="16" aria-hidden="true" focusable="false">
                <circle cx="8" cy="8" r="6" className="marker--front-runners" />
              </svg>{" "}
              {mapMessages.legendFrontRunners}
            </li>
          ) : null}
        </ul>
        <p className="muted">{mapMessages.keyboardHint}</p>
      </figcaption>
    </figure>
  );
}
