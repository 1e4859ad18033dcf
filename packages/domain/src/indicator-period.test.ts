import { describe, expect, it } from "vitest";
import { indicatorFieldsSchema } from "./indicator.ts";
import {
  exactPeriod,
  isPeriodStart,
  lockablePeriods,
  periodEndOf,
  periodLabel,
  periodRange,
  periodStartOf,
  periodsBetween,
  shiftPeriod,
} from "./indicator-period.ts";
import { formatIndicatorValue, guessUnitKind, unitValueError } from "./indicator-unit.ts";

describe("period assignment", () => {
  it("puts a date in the year, half-year or quarter it falls in", () => {
    expect(periodStartOf("2017-08-14", "jaar")).toBe("2017-01-01");
    expect(periodStartOf("2017-08-14", "halfjaar")).toBe("2017-07-01");
    expect(periodStartOf("2017-06-30", "halfjaar")).toBe("2017-01-01");
    expect(periodStartOf("2017-08-14", "kwartaal")).toBe("2017-07-01");
    expect(periodStartOf("2017-12-31", "kwartaal")).toBe("2017-10-01");
    expect(periodStartOf("2017-04-01", "kwartaal")).toBe("2017-04-01");
  });

  it("knows each period's last day, across leap years and year ends", () => {
    expect(periodEndOf("2016-01-01", "kwartaal")).toBe("2016-03-31");
    expect(periodEndOf("2017-07-01", "halfjaar")).toBe("2017-12-31");
    expect(periodEndOf("2017-01-01", "jaar")).toBe("2017-12-31");
    expect(shiftPeriod("2017-10-01", "kwartaal", 1)).toBe("2018-01-01");
    expect(shiftPeriod("2018-01-01", "halfjaar", -1)).toBe("2017-07-01");
  });

  it("names periods in Dutch and lists those between two dates", () => {
    expect(periodLabel("2017-07-01", "halfjaar")).toBe("2e halfjaar 2017");
    expect(periodLabel("2017-10-01", "kwartaal")).toBe("4e kwartaal 2017");
    expect(periodLabel("2017-01-01", "jaar")).toBe("2017");
    expect(periodsBetween("2016-06-30", "2017-12-31", "halfjaar")).toEqual(["2016-01-01", "2016-07-01", "2017-01-01", "2017-07-01"]);
    expect(isPeriodStart("2017-07-01", "kwartaal")).toBe(true);
    expect(isPeriodStart("2017-07-01", "jaar")).toBe(false);
  });
});

describe("periods to lock", () => {
  it("turns a chosen period into the dates a lock covers, for every frequency", () => {
    expect(periodRange("2024-01-01", "jaar")).toEqual({ periodStart: "2024-01-01", periodEnd: "2024-12-31" });
    expect(periodRange("2024-07-01", "halfjaar")).toEqual({ periodStart: "2024-07-01", periodEnd: "2024-12-31" });
    expect(periodRange("2024-02-14", "kwartaal")).toEqual({ periodStart: "2024-01-01", periodEnd: "2024-03-31" });
    expect(periodRange("2024-08-31", "kwartaal")).toEqual({ periodStart: "2024-07-01", periodEnd: "2024-09-30" });
    expect(periodRange("2023-06-30", "halfjaar")).toEqual({ periodStart: "2023-01-01", periodEnd: "2023-06-30" });
  });

  it("recognises a lock that is exactly one period, and not a custom range", () => {
    expect(exactPeriod("2024-07-01", "2024-09-30", "kwartaal")).toBe("2024-07-01");
    expect(exactPeriod("2024-01-01", "2024-12-31", "jaar")).toBe("2024-01-01");
    expect(exactPeriod("2024-01-01", "2024-12-31", "halfjaar")).toBeNull();
    expect(exactPeriod("2024-01-02", "2024-12-31", "jaar")).toBeNull();
  });

  it("offers periods whose measurements are all approved and not yet locked, newest first", () => {
    const measurements = [
      { measuredOn: "2022-06-30", approved: true },
      { measuredOn: "2023-03-31", approved: true },
      { measuredOn: "2023-12-31", approved: true },
      { measuredOn: "2024-06-30", approved: true },
      { measuredOn: "2024-12-31", approved: false },
      { measuredOn: "2025-06-30", approved: true },
    ];
    const locks = [{ periodStart: "2022-01-01", periodEnd: "2022-12-31" }];
    expect(lockablePeriods(measurements, locks, "jaar")).toEqual(["2025-01-01", "2023-01-01"]);
    expect(lockablePeriods(measurements, locks, "halfjaar")).toEqual(["2025-01-01", "2024-01-01", "2023-07-01", "2023-01-01"]);
    // A custom lock covering part of a quarter still takes that quarter off the list.
    expect(lockablePeriods(measurements, [{ periodStart: "2023-03-15", periodEnd: "2023-04-15" }], "kwartaal")).toEqual([
      "2025-04-01",
      "2024-04-01",
      "2023-10-01",
      "2022-04-01",
    ]);
    expect(lockablePeriods([], [], "jaar")).toEqual([]);
  });
});

describe("unit rules", () => {
  it("refuses '4,5 gemeenten' for a count, with a Dutch reason", () => {
    expect(unitValueError("aantal", 4.5, "gemeenten")).toBe("Geef een heel getal: gemeenten tel je in hele aantallen.");
    expect(unitValueError("aantal", 4, "gemeenten")).toBeNull();
    expect(unitValueError("aantal", -1, "gemeenten")).toMatch(/negatief/);
  });

  it("keeps percentages between 0 and 100 and money in whole cents", () => {
    expect(unitValueError("percentage", 100.5, "%")).toMatch(/tussen 0 en 100/);
    expect(unitValueError("percentage", 62.5, "%")).toBeNull();
    expect(unitValueError("euro", 1250.5, "euro")).toMatch(/hele centen/);
    expect(unitValueError("euro", 125050, "euro")).toBeNull();
    expect(unitValueError("anders", 4.5, "uur")).toBeNull();
  });

  it("maps existing units sensibly and formats values the Dutch way", () => {
    expect(guessUnitKind("%", [18, 12, 17.1])).toBe("percentage");
    expect(guessUnitKind("studenten", [0, 120, 71])).toBe("aantal");
    expect(guessUnitKind("uur per week", [1.5, 2])).toBe("anders");
    expect(formatIndicatorValue(62.5, "percentage", "%")).toBe("62,5%");
    expect(formatIndicatorValue(-12, "anders", "%")).toBe("-12%");
    expect(formatIndicatorValue(125050, "euro", "euro")).toMatch(/^€\s1\.250,50$/);
    expect(formatIndicatorValue(1200, "aantal", "studenten")).toBe("1.200 studenten");
  });

  it("validates baseline, target and period targets against the unit and the frequency", () => {
    const base = {
      name: "Gemeenten aangesloten",
      unit: "gemeenten",
      unitKind: "aantal",
      direction: "up",
      frequency: "halfjaar",
      baselineValue: 2,
      baselineDate: "2016-01-01",
      targetValue: 10,
      targetDate: "2018-12-31",
    };
    expect(indicatorFieldsSchema.safeParse({ ...base, targets: [{ periodStart: "2017-07-01", value: 6 }] }).success).toBe(true);
    const issues = (input: object) => indicatorFieldsSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ ...base, targetValue: 4.5 })).toEqual([["targetValue", "Geef een heel getal: gemeenten tel je in hele aantallen."]]);
    expect(issues({ ...base, targets: [{ periodStart: "2017-04-01", value: 6 }] })?.[0]?.[1]).toMatch(/niet het begin van een periode/);
    expect(issues({ ...base, targets: [{ periodStart: "2019-01-01", value: 6 }] })?.[0]?.[1]).toBe(
      "1e halfjaar 2019: deze periode ligt buiten de looptijd van nulmeting tot streefdatum.",
    );
    expect(
      issues({
        ...base,
        targets: [
          { periodStart: "2017-01-01", value: 5 },
          { periodStart: "2017-01-01", value: 6 },
        ],
      }),
    ).toEqual([["targets.1.value", "1e halfjaar 2017: deze periode heeft al een doel."]]);
  });

  it("gives older clients the free unit kind and a yearly frequency", () => {
    const parsed = indicatorFieldsSchema.parse({
      name: "Uren",
      unit: "uur",
      direction: "up",
      baselineValue: 1.5,
      baselineDate: "2016-01-01",
      targetValue: 3,
      targetDate: "2018-12-31",
    });
    expect(parsed).toMatchObject({ unitKind: "anders", frequency: "jaar", targets: [] });
  });
});
