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

/**
 * The area-weighted centroid, in projected (view box) coordinates, of the given polygons together:
 * where a region's marker belongs. Null when none has an area.
 */
export function centroidOf(geometries: readonly (PolygonGeometry | MultiPolygonGeometry)[], project: Projection): [number, number] | null {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const geometry of geometries) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      // The outer ring counts, holes subtract; each ring's own centroid weighted by its area.
      polygon.forEach((ring, ringIndex) => {
        const points = ring.map(([lon = 0, lat = 0]) => project(lon, lat));
        let cross2 = 0;
        let sumX = 0;
        let sumY = 0;
        for (let i = 0; i < points.length - 1; i++) {
          const [x0, y0] = points[i]!;
          const [x1, y1] = points[i + 1]!;
          const cross = x0 * y1 - x1 * y0;
          cross2 += cross;
          sumX += (x0 + x1) * cross;
          sumY += (y0 + y1) * cross;
        }
        if (cross2 === 0) return;
        const ringArea = Math.abs(cross2) / 2;
        const weight = ringIndex === 0 ? ringArea : -ringArea;
        area += weight;
        cx += weight * (sumX / (3 * cross2));
        cy += weight * (sumY / (3 * cross2));
      });
    }
  }
  if (area <= 0) return null;
  return [round(cx / area), round(cy / area)];
}

/** Whether a projected point lies inside a polygon or multipolygon (even-odd rule over all rings). */
export function contains(geometry: PolygonGeometry | MultiPolygonGeometry, project: Projection, x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings(geometry)) {
    const points = ring.map(([lon = 0, lat = 0]) => project(lon, lat));
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i]!;
      const [xj, yj] = points[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export interface Placed {
  x: number;
  y: number;
}

/**
 * Pushes markers apart until no two centres are closer than `minDistance` (a few rounds of pairwise
 * separation), keeping them inside the view box. Markers of one region start spread around its centroid.
 */
export function separate<T extends Placed>(
  markers: readonly T[],
  minDistance: number,
  box: { width: number; height: number; margin: number },
  /** Where a marker may be (its own region): one pushed out goes halfway back each round, so its neighbours give way instead. */
  allowed: (marker: T, x: number, y: number) => boolean = () => true,
): T[] {
  const placed = markers.map((m) => ({ ...m }));
  for (let round = 0; round < 120; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= minDistance) continue;
        if (distance === 0) {
          // Same point: part them along a fixed direction per pair, so the result is stable.
          dx = 1;
          dy = (j - i) % 2 === 0 ? 1 : -1;
          distance = Math.SQRT2;
        }
        const push = (minDistance - distance) / 2 + 0.01;
        a.x -= (dx / distance) * push;
        a.y -= (dy / distance) * push;
        b.x += (dx / distance) * push;
        b.y += (dy / distance) * push;
        moved = true;
      }
    }
    placed.forEach((m, i) => {
      m.x = Math.min(Math.max(m.x, box.margin), box.width - box.margin);
      m.y = Math.min(Math.max(m.y, box.margin), box.height - box.margin);
      const start = markers[i]!;
      if (!allowed(start, m.x, m.y)) {
        m.x = (m.x + start.x) / 2;
        m.y = (m.y + start.y) / 2;
      }
    });
    if (!moved) break;
  }
  return placed.map((m) => ({ ...m, x: round(m.x), y: round(m.y) }));
}
