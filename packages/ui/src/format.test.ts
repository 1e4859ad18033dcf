import { afterEach, describe, expect, it, vi } from "vitest";
import { formatDate, formatEuroFromCents, formatNumber, formatPercent, formatTimestamp } from "./format.ts";

/** Intl puts non-breaking spaces in currency output; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("formatDate", () => {
  it("writes a calendar date the Dutch way", () => {
    expect(formatDate("2026-11-23")).toBe("23 november 2026");
    expect(formatDate("2015-01-01")).toBe("1 januari 2015");
  });

  it("returns text that is not a calendar date unchanged", () => {
    expect(formatDate("onbekend")).toBe("onbekend");
    expect(formatDate("2026-11-23T23:30:00Z")).toBe("2026-11-23T23:30:00Z");
  });
});

/**
 * format.ts loaded afresh after the process's zone is set, so its formatters are built in that
 * zone, as they are in a visitor's browser there. Node applies a new TZ at once; the check on
 * Intl's default zone proves it did, so a formatter that forgot Europe/Amsterdam (or UTC for
 * calendar dates) would show the zone's own time here.
 */
async function formatModuleIn(zone: string) {
  vi.stubEnv("TZ", zone);
  vi.resetModules();
  const format = await import("./format.ts");
  expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  return format;
}

describe.each(["Pacific/Kiritimati", "America/Los_Angeles", "UTC", "Europe/Amsterdam"])("in a browser whose time zone is %s", (zone) => {
  it("shows calendar dates without shifting the day", async () => {
    const { formatDate } = await formatModuleIn(zone);
    expect(formatDate("2026-03-29")).toBe("29 maart 2026");
    expect(formatDate("2026-10-25")).toBe("25 oktober 2026");
    expect(formatDate("2026-12-31")).toBe("31 december 2026");
    expect(formatDate("2027-01-01")).toBe("1 januari 2027");
  });

  it("shows timestamps in Amsterdam time, summer and winter", async () => {
    const { formatTimestamp } = await formatModuleIn(zone);
    expect(formatTimestamp("2026-06-30T22:30:00Z")).toBe("1 juli 2026 om 00:30");
    expect(formatTimestamp("2026-11-23T19:35:00.000Z")).toBe("23 november 2026 om 20:35");
    expect(formatTimestamp("2026-03-29T00:59:00Z")).toBe("29 maart 2026 om 01:59");
    expect(formatTimestamp("2026-03-29T01:00:00Z")).toBe("29 maart 2026 om 03:00");
  });
});

describe("formatTimestamp", () => {
  it("shows a timestamp in Dutch local time", () => {
    expect(formatTimestamp("2026-11-23T19:35:00.000Z")).toBe("23 november 2026 om 20:35");
    // Late in the evening UTC is already the next day in Amsterdam (summer time, UTC+2).
    expect(formatTimestamp("2026-06-30T22:30:00Z")).toBe("1 juli 2026 om 00:30");
  });
});

describe("formatEuroFromCents", () => {
  it("formats integer cents as euros with Dutch separators", () => {
    expect(plain(formatEuroFromCents(12_345_678))).toBe("€ 123.456,78");
    expect(plain(formatEuroFromCents(5))).toBe("€ 0,05");
    expect(plain(formatEuroFromCents(0))).toBe("€ 0,00");
  });

  it("formats a large budget without rounding errors", () => {
    expect(plain(formatEuroFromCents(12_500_000_000))).toBe("€ 125.000.000,00");
  });
});

describe("formatNumber and formatPercent", () => {
  it("uses a dot for thousands and a comma for decimals", () => {
    expect(formatNumber(2000)).toBe("2.000");
    expect(formatNumber(1.5)).toBe("1,5");
  });

  it("shows a fraction as a whole percentage", () => {
    expect(formatPercent(0.423)).toBe("42%");
    expect(formatPercent(1)).toBe("100%");
  });
});
