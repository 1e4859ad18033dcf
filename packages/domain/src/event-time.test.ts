import { describe, expect, it } from "vitest";
import { amsterdamDate, amsterdamOffsetMs, fromAmsterdamLocal, localTimeIssue, toAmsterdamLocal } from "./event-time.ts";

const HOUR = 3_600_000;
const iso = (local: string) => {
  const result = fromAmsterdamLocal(local);
  return result instanceof Date ? result.toISOString() : result;
};

describe("Amsterdam wall-clock time", () => {
  it("is one hour ahead of UTC in winter and two in summer", () => {
    expect(iso("2016-12-08T09:30")).toBe("2016-12-08T08:30:00.000Z");
    expect(iso("2017-06-15T09:30")).toBe("2017-06-15T07:30:00.000Z");
    expect(amsterdamOffsetMs(new Date("2016-12-08T08:30:00Z"))).toBe(HOUR);
    expect(amsterdamOffsetMs(new Date("2017-06-15T07:30:00Z"))).toBe(2 * HOUR);
  });

  it("switches to summer time at 02:00 on the last Sunday of March", () => {
    // 26 March 2017: 01:59 is still winter time, 03:00 already summer time.
    expect(iso("2017-03-26T01:59")).toBe("2017-03-26T00:59:00.000Z");
    expect(iso("2017-03-26T03:00")).toBe("2017-03-26T01:00:00.000Z");
    // A meeting from 01:30 to 03:30 that night lasts one hour, not two.
    const start = fromAmsterdamLocal("2017-03-26T01:30") as Date;
    const end = fromAmsterdamLocal("2017-03-26T03:30") as Date;
    expect(end.getTime() - start.getTime()).toBe(HOUR);
  });

  it("refuses a time in the hour that is skipped in spring", () => {
    expect(fromAmsterdamLocal("2017-03-26T02:00")).toBe("nonexistent");
    expect(fromAmsterdamLocal("2017-03-26T02:59")).toBe("nonexistent");
    expect(localTimeIssue("2017-03-26T02:30")).toMatch(/bestaat niet/);
  });

  it("takes the summer-time hour when an autumn time happens twice", () => {
    // 29 October 2017: 02:30 happens at 00:30Z (summer time) and again at 01:30Z (winter time).
    expect(iso("2017-10-29T02:30")).toBe("2017-10-29T00:30:00.000Z");
    expect(iso("2017-10-29T03:00")).toBe("2017-10-29T02:00:00.000Z");
    expect(toAmsterdamLocal(new Date("2017-10-29T01:30:00Z"))).toBe("2017-10-29T02:30");
  });

  it("round-trips every quarter hour of the weeks around both clock changes", () => {
    const weeks = [Date.UTC(2016, 2, 23), Date.UTC(2016, 9, 26)];
    const instants = weeks.flatMap((start) => Array.from({ length: 7 * 96 }, (_, i) => start + i * 15 * 60_000));
    for (const t of instants) {
      const local = toAmsterdamLocal(new Date(t));
      const back = fromAmsterdamLocal(local) as Date;
      // Only the repeated autumn hour may come back an hour earlier (the summer-time one).
      expect([0, HOUR]).toContain(t - back.getTime());
      expect(toAmsterdamLocal(back)).toBe(local);
    }
  });

  it("refuses malformed and impossible dates", () => {
    for (const bad of ["2016-02-30T10:00", "2016-12-08 09:30", "2016-12-08T24:00", "2016-12-08T09:60", "8-12-2016 09:30", "", "1899-01-01T00:00"]) {
      expect(fromAmsterdamLocal(bad), bad).toBe("invalid");
    }
  });

  it("gives the Amsterdam calendar day, which differs from UTC's just before midnight", () => {
    expect(amsterdamDate(new Date("2016-12-31T23:30:00Z"))).toBe("2017-01-01");
    expect(amsterdamDate(new Date("2017-07-01T21:59:00Z"))).toBe("2017-07-01");
    expect(amsterdamDate(new Date("2017-07-01T22:00:00Z"))).toBe("2017-07-02");
  });
});
