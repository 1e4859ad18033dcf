import { describe, expect, it } from "vitest";
import { todayInNetherlands } from "./today.ts";

describe("todayInNetherlands", () => {
  it("gives the Dutch calendar day, also just after midnight there", () => {
    expect(todayInNetherlands(new Date("2026-03-01T23:30:00Z"))).toBe("2026-03-02");
    expect(todayInNetherlands(new Date("2026-07-15T10:00:00Z"))).toBe("2026-07-15");
  });
});
