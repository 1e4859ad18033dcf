import { describe, expect, it } from "vitest";
import { indicatorFieldsSchema, indicatorProgress } from "./indicator.ts";

const up = { direction: "up" as const, baselineValue: 100, baselineDate: "2016-01-01", targetValue: 200 };
const down = { direction: "down" as const, baselineValue: 20, baselineDate: "2016-01-01", targetValue: 10 };

describe("indicator progress", () => {
  it("uses the latest measurement by date, whatever the order given", () => {
    const progress = indicatorProgress(up, [
      { measuredOn: "2017-12-31", value: 150 },
      { measuredOn: "2016-12-31", value: 120 },
    ]);
    expect(progress).toEqual({ current: 150, currentOn: "2017-12-31", fraction: 0.5, reached: false });
  });

  it("starts at the baseline when nothing was measured", () => {
    expect(indicatorProgress(up, [])).toEqual({ current: 100, currentOn: "2016-01-01", fraction: 0, reached: false });
  });

  it("counts a fall as progress for a 'down' indicator", () => {
    const progress = indicatorProgress(down, [{ measuredOn: "2017-06-30", value: 15 }]);
    expect(progress.fraction).toBe(0.5);
    expect(indicatorProgress(down, [{ measuredOn: "2018-06-30", value: 9 }]).reached).toBe(true);
  });

  it("shows negative progress when moving away from the target", () => {
    expect(indicatorProgress(up, [{ measuredOn: "2017-01-01", value: 90 }]).fraction).toBeCloseTo(-0.1);
  });

  it("handles a target equal to the baseline without dividing by zero", () => {
    const flat = { ...up, targetValue: 100 };
    expect(indicatorProgress(flat, [{ measuredOn: "2017-01-01", value: 100 }])).toMatchObject({ fraction: 1, reached: true });
  });
});

describe("indicator fields", () => {
  const valid = { name: "Studenten in leerbedrijf", unit: "studenten", ...up, targetDate: "2018-12-31" };

  it("accepts a well-formed indicator", () => {
    expect(indicatorFieldsSchema.safeParse(valid).success).toBe(true);
  });

  it("refuses a target that points the wrong way, naming the field", () => {
    const result = indicatorFieldsSchema.safeParse({ ...valid, targetValue: 50 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["targetValue"]);
  });

  it("refuses a target date before the baseline date", () => {
    const result = indicatorFieldsSchema.safeParse({ ...valid, targetDate: "2015-01-01" });
    expect(result.error?.issues[0]?.path).toEqual(["targetDate"]);
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(indicatorFieldsSchema.safeParse({ ...valid, baselineDate: "01-01-2016" }).success).toBe(false);
  });
});
