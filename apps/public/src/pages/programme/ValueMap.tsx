import type { MouseEvent } from "react";
import { useNavigate } from "react-router";
import { feature } from "topojson-client";
import type { ProgrammeEntry, ProgrammeRegionTotal } from "@zorgpact/domain/indicator-catalogue";
import { provinces } from "@zorgpact/domain/region";
import { programmeMessages as m } from "../../messages/programme.ts";
import { boundsOf, fitProjection, pathData, provinceFeatures, separate, type AreaFeature } from "../map/map-geometry.ts";
import topology from "../map/nld-provinces.topo.json";
import { formatCatalogueValue } from "./programme-params.ts";
import { classWidth, shadeBounds, shadeOf } from "./shading.ts";

// The same outlines and projection as the map page (pages/map), computed once when this chunk loads.
const collection = feature(topology as unknown as Parameters<typeof feature>[0], topology.objects.nld as never) as unknown as {
  features: AreaFeature[];
};
const shapes = provinceFeatures(collection.features, provinces);
const project = fitProjection(boundsOf(shapes.map((s) => s.geometry)), 480, 16);
const outlines = shapes.map((shape) => ({ name: shape.name, d: pathData(shape.geometry, project) }));

/** ≥ 24 CSS px across on a phone (the view box is 480 wide, the map at least ~350 px). */
const RADIUS = 16;

/**
 * Regions as circles at their map point, shaded by the value: regions have no boundaries of their
 * own here (several share a province). Each circle with a value links to the pacts behind it; the
 * table beside the map carries the same figures for whoever does not use the map.
 */
export function ValueMap({
  entry,
  regions,
  hrefOf,
}: {
  entry: ProgrammeEntry;
  regions: readonly ProgrammeRegionTotal[];
  hrefOf: (regionId: string) => string;
}) {
  const navigate = useNavigate();
  const follow = (href: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(href);
  };
  const max = Math.max(0, ...regions.map((r) => r.total?.value ?? 0));
  // Whole counts, whole euros (values in cents), tenths of a percent.
  const width = classWidth(max, entry.unit === "euro" ? 100 : entry.unit === "percentage" ? 0.1 : 1);
  const placed = separate(
    regions.map((region) => {
      const [x, y] = project(region.longitude, region.latitude);
      return { region, x, y };
    }),
    2 * RADIUS + 3,
    { width: project.width, height: project.height, margin: RADIUS + 2 },
  );
  const format = (value: number) => formatCatalogueValue(value, entry.unit, entry.unitLabel);
  return (
    <figure className="value-map">
      <svg viewBox={`0 0 ${project.width} ${project.height}`} role="group" aria-label={m.mapLabel(entry.name)} className="province-map__svg">
        <g aria-hidden="true" className="province-map__provinces">
          {outlines.map((outline) => (
            <path key={outline.name} d={outline.d} />
          ))}
        </g>
        {placed.map(({ region, x, y }) => {
          const shade = shadeOf(region.total?.value ?? null, width);
          if (shade === null || !region.total) {
            return <circle key={region.regionId} cx={x} cy={y} r={RADIUS / 2} className="value-map__empty" aria-hidden="true" />;
          }
          const label = m.marker(region.name, format(region.total.value), m.pactCount(region.total.pactCount));
          const href = hrefOf(region.regionId);
          return (
            <a key={region.regionId} href={href} aria-label={label} onClick={follow(href)} className="value-map__marker">
              <title>{label}</title>
              <circle cx={x} cy={y} r={RADIUS} className={`value-map__shade-${shade}`} />
            </a>
          );
        })}
      </svg>
      <figcaption>
        <p className="value-map__legend-heading">{m.legendHeading}</p>
        <ul className="map-legend plain-list">
          {(width > 0 ? shadeBounds(width) : []).map((to, i) => (
            <li key={to}>
              <svg width="18" height="18" aria-hidden="true" focusable="false">
                <circle cx="9" cy="9" r="7" className={`value-map__shade-${i + 1}`} />
              </svg>{" "}
              {i === 0 ? m.legendFirst(format(to)) : m.legendRange(format(width * i), format(to))}
            </li>
          ))}
          <li>
            <svg width="18" height="18" aria-hidden="true" focusable="false">
              <circle cx="9" cy="9" r="4" className="value-map__empty" />
            </svg>{" "}
            {m.legendNone}
          </li>
        </ul>
        <p className="muted">{m.keyboardHint}</p>
      </figcaption>
    </figure>
  );
}
