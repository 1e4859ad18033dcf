import { describe, expect, it } from "vitest";
import { boundsOf, centroidOf, contains, fitProjection, pathData, provinceFeatures, separate, spread, type AreaFeature } from "./map-geometry.ts";

const square = {
  type: "Polygon" as const,
  coordinates: [
    [
      [4, 51],
      [6, 51],
      [6, 53],
      [4, 53],
      [4, 51],
    ],
  ],
};

describe("map geometry", () => {
  it("keeps the named provinces with an area and drops the rest", () => {
    const features: AreaFeature[] = [
      { id: "NL.UT", properties: { name: "Utrecht" }, geometry: square },
      { id: "NL.", properties: { name: "Saba" }, geometry: square },
      { id: "-99", properties: { name: null }, geometry: square },
    ];
    expect(provinceFeatures(features, ["Utrecht", "Limburg"]).map((f) => f.name)).toEqual(["Utrecht"]);
  });

  it("fits the bounds into the box with north up and longitudes shrunk by cos 52°", () => {
    const project = fitProjection(boundsOf([square]), 500, 10);
    expect(project(4, 53)).toEqual([10, 10]);
    const [x, y] = project(6, 51);
    expect(x).toBe(490);
    expect(Math.abs(y - (project.height - 10))).toBeLessThan(1);
    // 2° of latitude against 2° × cos 52° of longitude.
    expect(project.height).toBe(Math.round(480 / Math.cos((52 * Math.PI) / 180) + 20));
  });

  it("draws each ring as a closed path", () => {
    const project = fitProjection(boundsOf([square]), 100, 0);
    // The ring starts at the south-west corner: y grows southward, 2° of latitude = 100 / cos 52°.
    expect(pathData(square, project)).toBe("M0,162.4L100,162.4L100,0L0,0L0,162.4Z");
  });

  it("spreads markers around a shared point", () => {
    expect(spread(0, 1, 10)).toEqual([0, 0]);
    expect(spread(0, 2, 10)).toEqual([0, -10]);
    expect(spread(1, 2, 10)).toEqual([0, 10]);
  });
});

describe("marker placement", () => {
  const project = fitProjection({ minLon: 4, maxLon: 6, minLat: 51, maxLat: 53 }, 200, 0);

  it("puts a region's centre at its shape's centroid, inside it", () => {
    const [x, y] = centroidOf([square], project)!;
    expect(x).toBeCloseTo(100, 0);
    expect(y).toBeCloseTo(project.height / 2, 0);
    expect(contains(square, project, x, y)).toBe(true);
    expect(contains(square, project, project.width + 10, y)).toBe(false);
  });

  it("parts markers closer than the minimum distance and leaves distant ones alone", () => {
    const placed = separate(
      [
        { key: "a", x: 50, y: 50 },
        { key: "b", x: 50, y: 50 },
        { key: "c", x: 60, y: 52 },
        { key: "far", x: 180, y: 180 },
      ],
      38,
      { width: 400, height: 400, margin: 19 },
    );
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        expect(Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y)).toBeGreaterThanOrEqual(37.9);
      }
    }
    expect(placed.find((m) => m.key === "far")).toMatchObject({ x: 180, y: 180 });
  });

  it("keeps a marker inside where it may be: its neighbour gives way instead", () => {
    const placed = separate(
      [
        { key: "coast", x: 50, y: 100 },
        { key: "inland", x: 60, y: 100 },
      ],
      38,
      { width: 400, height: 400, margin: 19 },
      // The coast marker may not go west of x = 45 (the sea).
      (marker, x) => marker.key !== "coast" || x >= 45,
    );
    const [coast, inland] = placed;
    expect(coast!.x).toBeGreaterThanOrEqual(45);
    expect(Math.hypot(coast!.x - inland!.x, coast!.y - inland!.y)).toBeGreaterThanOrEqual(37.9);
  });
});
