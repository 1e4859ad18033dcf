import { describe, expect, it } from "vitest";
import { dayNumber, linearScale, niceTicks, timeTicks } from "./chart-scale.ts";

describe("niceTicks", () => {
  it("covers the values with round steps", () => {
    expect(niceTicks(40, 160)).toEqual([0, 50, 100, 150, 200]);
    expect(niceTicks(12, 18)).toEqual([12, 14, 16, 18]);
    expect(niceTicks(0, 585)).toEqual([0, 200, 400, 600]);
  });

  it("widens a range of one value", () => {
    expect(niceTicks(5, 5)[0]).toBeLessThan(5);
    expect(niceTicks(0, 0)).toEqual([-1, -0.5, 0, 0.5, 1]);
  });
});

describe("linearScale", () => {
  it("maps the domain onto the range, also upside down", () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(25)).toBe(150);
  });
});

describe("dates", () => {
  it("counts calendar days without a time zone", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2016-03-01") - dayNumber("2016-02-28")).toBe(2);
    expect(dayNumber("geen datum")).toBeNaN();
  });

  it("puts a tick on each new year, or on the ends of a short range", () => {
    expect(timeTicks(dayNumber("2016-01-01"), dayNumber("2018-12-31")).map((t) => t.label)).toEqual(["2016", "2017", "2018"]);
    const short = timeTicks(dayNumber("2016-03-01"), dayNumber("2016-11-30"));
    expect(short).toHaveLength(2);
    expect(short[0]!.label).toMatch(/mrt\.? 2016/);
  });
});
