/**
 * Turns the province outlines into SVG paths: an equirectangular projection with longitudes
 * scaled by cos(52°) (the latitude of the middle of the Netherlands), fitted to a view box.
 */

export type Position = readonly number[];
export interface PolygonGeometry {
  type: "Polygon";
  coordinates: readonly (readonly Position[])[];
}
export interface MultiPolygonGeometry {
  type: "MultiPolygon";
  coordinates: readonly (readonly (readonly Position[])[])[];
}
export interface AreaFeature {
  id?: string | number | undefined;
  properties: { name?: string | null } | null;
  geometry: PolygonGeometry | MultiPolygonGeometry | { type: string } | null;
}

export interface Bounds {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
}

export interface Projection {
  (longitude: number, latitude: number): [number, number];
  width: number;
  height: number;
}

const COS_52 = Math.cos((52 * Math.PI) / 180);

function isArea(geometry: AreaFeature["geometry"]): geometry is PolygonGeometry | MultiPolygonGeometry {
  return geometry !== null && (geometry.type === "Polygon" || geometry.type === "MultiPolygon");
}

function rings(geometry: PolygonGeometry | MultiPolygonGeometry): readonly (readonly Position[])[] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

/** The features whose name is one of `names` (the twelve provinces), with an area geometry. */
export function provinceFeatures(
  features: readonly AreaFeature[],
  names: readonly string[],
): (AreaFeature & { geometry: PolygonGeometry | MultiPolygonGeometry; name: string })[] {
  const wanted = new Set(names);
  return features.flatMap((f) => {
    const name = f.properties?.name;
    return name && wanted.has(name) && isArea(f.geometry) ? [{ ...f, geometry: f.geometry, name }] : [];
  });
}

export function boundsOf(geometries: readonly (PolygonGeometry | MultiPolygonGeometry)[]): Bounds {
  const bounds = { minLon: Infinity, maxLon: -Infinity, minLat: Infinity, maxLat: -Infinity };
  for (const geometry of geometries) {
    for (const ring of rings(geometry)) {
      for (const [lon = 0, lat = 0] of ring) {
        bounds.minLon = Math.min(bounds.minLon, lon);
        bounds.maxLon = Math.max(bounds.maxLon, lon);
        bounds.minLat = Math.min(bounds.minLat, lat);
        bounds.maxLat = Math.max(bounds.maxLat, lat);
      }
    }
  }
  return bounds;
}

/** Fits the bounds into a box `width` wide (height follows), with `padding` on every side; north is up. */
export function fitProjection(bounds: Bounds, width: number, padding: number): Projection {
  const spanX = (bounds.maxLon - bounds.minLon) * COS_52;
  const spanY = bounds.maxLat - bounds.minLat;
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanY * scale + 2 * padding);
  const project = ((longitude: number, latitude: number) => [
    round((longitude - bounds.minLon) * COS_52 * scale + padding),
    round((bounds.maxLat - latitude) * scale + padding),
  ]) as Projection;
  project.width = width;
  project.height = height;
  return project;
}

/** SVG path data for a polygon or multipolygon. */
export function pathData(geometry: PolygonGeometry | MultiPolygonGeometry, project: Projection): string {
  return rings(geometry)
    .map((ring) => ring.map(([lon = 0, lat = 0], i) => `${i === 0 ? "M" : "L"}${project(lon, lat).join(",")}`).join("") + "Z")
    .join("");
}

/** Spreads markers that share a point around it, so each stays visible and clickable. */
export function spread(index: number, count: number, radius: number): [number, number] {
  if (count <= 1) return [0, 0];
  const angle = (2 * Math.PI * index) / count - Math.PI / 2;
  return [round(Math.cos(angle) * radius), round(Math.sin(angle) * radius)];
}

const round = (value: number) => Math.round(value * 10) / 10;
