import { describe, expect, it } from "vitest";
import { activityStatusOn, indicatorStatus, plannedValue, type StatusIndicator } from "./indicator-status.ts";

const students: StatusIndicator = {
  unit: "studenten",
  unitKind: "aantal",
  direction: "up",
  frequency: "jaar",
  baselineValue: 0,
  baselineDate: "2016-01-01",
  targetValue: 100,
  targetDate: "2019-12-31",
  targets: [],
};

describe("indicator status", () => {
  it("is behind when progress trails the plan's straight line, and says so in plain Dutch", () => {
    // Halfway through 2016–2019 the plan expects about 50%; 30 of 100 is behind.
    const status = indicatorStatus(students, [{ measuredOn: "2017-12-31", value: 30 }], "2018-03-01");
    expect(status.kind).toBe("behind");
    expect(status.progress).toBeCloseTo(0.3);
    expect(status.planned).toBeCloseTo(0.5, 1);
    expect(status.explanation).toBe("30% van het doel bereikt; volgens planning had dat 50% moeten zijn.");
  });

  it("is on track at or ahead of the plan, within five points", () => {
    expect(indicatorStatus(students, [{ measuredOn: "2017-12-31", value: 47 }], "2018-03-01").kind).toBe("on_track");
    expect(indicatorStatus(students, [{ measuredOn: "2017-12-31", value: 44 }], "2018-03-01").kind).toBe("behind");
  });

  it("compares with the period's own target when the period has one", () => {
    const planned = { ...students, targets: [{ periodStart: "2017-01-01", value: 62 }] };
    expect(plannedValue(planned, "2017-12-31")).toBe(62);
    const status = indicatorStatus(planned, [{ measuredOn: "2017-12-31", value: 50 }], "2018-03-01");
    expect(status.kind).toBe("behind");
    expect(status.explanation).toBe("50% van het doel bereikt; volgens planning had dat 62% moeten zijn.");
    // Between period targets the plan runs straight from one period's end to the next.
    expect(plannedValue(planned, "2018-07-02")).toBeCloseTo(62 + (38 * 183) / 730, 0);
  });

  it("counts a fall as progress for a 'down' indicator", () => {
    const dropout: StatusIndicator = { ...students, unit: "%", unitKind: "percentage", direction: "down", baselineValue: 18, targetValue: 12 };
    const status = indicatorStatus(dropout, [{ measuredOn: "2017-12-31", value: 15 }], "2018-03-01");
    expect(status.progress).toBeCloseTo(0.5);
    expect(status.kind).toBe("on_track");
  });

  it("is reached once the latest value meets the final target, even after the target date", () => {
    const status = indicatorStatus(students, [{ measuredOn: "2019-12-31", value: 104 }], "2026-12-01");
    expect(status.kind).toBe("reached");
    expect(status.explanation).toBe("Doel bereikt: 104 studenten op 31 december 2019 (doel 100 studenten).");
  });

  it("reports a passed target date when the target was not reached in time", () => {
    const status = indicatorStatus(students, [{ measuredOn: "2019-12-31", value: 80 }], "2026-12-01");
    expect(status.kind).toBe("target_date_passed");
    expect(status.explanation).toBe("De streefdatum 31 december 2019 is verstreken; 80% van het doel bereikt.");
  });

  it("misses a recent measurement when the last completed period has none, given the frequency", () => {
    const quarterly = { ...students, frequency: "kwartaal" as const };
    const measured = [{ measuredOn: "2017-06-30", value: 40 }];
    expect(indicatorStatus(quarterly, measured, "2017-09-15").kind).not.toBe("no_recent_measurement");
    const late = indicatorStatus(quarterly, measured, "2017-10-15");
    expect(late.kind).toBe("no_recent_measurement");
    expect(late.explanation).toBe("Geen recente meting: de laatste is van 30 juni 2017; een meting over 3e kwartaal 2017 ontbreekt.");
    // Yearly, the same measurement is still recent in October.
    expect(indicatorStatus(students, measured, "2017-10-15").kind).not.toBe("no_recent_measurement");
  });

  it("does not expect a measurement before the first period after the baseline has ended", () => {
    const status = indicatorStatus(students, [], "2016-06-01");
    expect(status.kind).toBe("on_track");
    expect(indicatorStatus(students, [], "2017-02-01").kind).toBe("no_recent_measurement");
  });
});

describe("activity status", () => {
  it("follows the period unless set to completed or stopped", () => {
    const ended = { status: "running" as const, periodStart: "2016-01-01", periodEnd: "2018-06-30" };
    expect(activityStatusOn(ended, "2026-12-01")).toEqual({ status: "completed", fromPeriod: true });
    expect(activityStatusOn(ended, "2017-01-01")).toEqual({ status: "running", fromPeriod: false });
    expect(activityStatusOn({ ...ended, status: "planned" }, "2015-06-01")).toEqual({ status: "planned", fromPeriod: false });
    expect(activityStatusOn({ ...ended, status: "stopped" }, "2017-01-01")).toEqual({ status: "stopped", fromPeriod: false });
    expect(activityStatusOn({ status: "running", periodStart: "2016-01-01", periodEnd: null }, "2026-12-01").status).toBe("running");
    expect(activityStatusOn({ status: null, periodStart: null, periodEnd: null }, "2026-12-01").status).toBeNull();
  });
});
