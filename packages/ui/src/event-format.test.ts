import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** Loaded after the process's zone is set, as in a visitor's browser in that zone. */
async function formatIn(zone: string) {
  vi.stubEnv("TZ", zone);
  vi.resetModules();
  return import("./event-format.ts");
}

describe("agenda times in Dutch", () => {
  it("writes a meeting on one day with its hours", async () => {
    const { formatEventPeriod } = await formatIn("Europe/Amsterdam");
    expect(formatEventPeriod("2016-12-08T09:30", "2016-12-08T16:30")).toBe("donderdag 8 december 2016, 09:30–16:30");
  });

  it("writes a meeting across days with both days", async () => {
    const { formatEventPeriod } = await formatIn("Europe/Amsterdam");
    expect(formatEventPeriod("2017-03-25T20:00", "2017-03-26T03:30")).toBe("zaterdag 25 maart 2017, 20:00 – zondag 26 maart 2017, 03:30");
  });

  it("shows Amsterdam's wall-clock time whatever the visitor's zone", async () => {
    const { formatEventDay, formatEventTime } = await formatIn("America/Los_Angeles");
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("America/Los_Angeles");
    expect(formatEventDay("2016-12-08T00:30")).toBe("donderdag 8 december 2016");
    expect(formatEventTime("2016-12-08T00:30")).toBe("00:30");
  });

  it("returns text that is not a wall-clock time unchanged", async () => {
    const { formatEventDay, formatEventShortDay } = await formatIn("UTC");
    expect(formatEventDay("onbekend")).toBe("onbekend");
    expect(formatEventShortDay("2016-12-08T09:30")).toBe("8 dec 2016");
  });
});
