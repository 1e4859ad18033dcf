import { describe, expect, it } from "vitest";
import { boundsOf, fitProjection, pathData, provinceFeatures, spread, type AreaFeature } from "./map-geometry.ts";

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
