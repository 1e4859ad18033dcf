import { describe, expect, it } from "vitest";
import { MAX_DELIVERY_ATTEMPTS, nextAttemptAt } from "./outbox.ts";

const failedAt = new Date("2026-12-01T09:00:00Z");
const minutesLater = (attempts: number) => {
  const next = nextAttemptAt(attempts, failedAt);
  return next === null ? null : (next.getTime() - failedAt.getTime()) / 60_000;
};

describe("retrying a failed delivery", () => {
  it("waits longer after each failure: 1 minute, 5, 30, 2 hours, 6, 12, then a day at most", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(minutesLater)).toEqual([1, 5, 30, 120, 360, 720, 1440, 1440, 1440]);
  });

  it("gives up after the last attempt, so the message is kept as failed for a person to look at", () => {
    expect(MAX_DELIVERY_ATTEMPTS).toBe(10);
    expect(nextAttemptAt(MAX_DELIVERY_ATTEMPTS, failedAt)).toBeNull();
    expect(nextAttemptAt(MAX_DELIVERY_ATTEMPTS + 1, failedAt)).toBeNull();
  });
});
