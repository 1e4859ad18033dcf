import { describe, expect, it } from "vitest";
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES, sessionState, throttleDecision } from "./session.ts";

const at = (iso: string) => new Date(iso);
const minutes = (n: number) => n * 60_000;

describe("session state", () => {
  const createdAt = at("2026-11-23T08:00:00Z");

  it("is active while used within the idle time", () => {
    const lastSeenAt = new Date(createdAt.getTime() + minutes(60));
    expect(sessionState({ createdAt, lastSeenAt }, new Date(lastSeenAt.getTime() + minutes(SESSION_IDLE_MINUTES - 1)))).toBe("active");
  });

  it("ends after the idle time without use", () => {
    expect(sessionState({ createdAt, lastSeenAt: createdAt }, new Date(createdAt.getTime() + minutes(SESSION_IDLE_MINUTES)))).toBe("idle_expired");
  });

  it("ends after the absolute time however busy", () => {
    const now = new Date(createdAt.getTime() + minutes(SESSION_ABSOLUTE_HOURS * 60));
    expect(sessionState({ createdAt, lastSeenAt: new Date(now.getTime() - 1000) }, now)).toBe("absolute_expired");
  });
});

describe("login throttling", () => {
  const now = at("2026-11-23T12:00:00Z");
  const failuresAgo = (...secondsAgo: number[]) => secondsAgo.map((s) => new Date(now.getTime() - s * 1000));

  it("allows attempts below the threshold", () => {
    expect(throttleDecision(failuresAgo(10, 20, 30, 40), 5, now)).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it("makes the caller wait a minute at the threshold, with the time left", () => {
    expect(throttleDecision(failuresAgo(10, 20, 30, 40, 50), 5, now)).toEqual({ allowed: false, retryAfterSeconds: 50 });
  });

  it("doubles the wait for each further failure, up to fifteen minutes", () => {
    expect(throttleDecision(failuresAgo(0, 1, 2, 3, 4, 5), 5, now).retryAfterSeconds).toBe(120);
    const many = failuresAgo(...Array.from({ length: 30 }, (_, i) => i));
    expect(throttleDecision(many, 5, now).retryAfterSeconds).toBe(900);
  });

  it("lets the real user back in once the wait has passed", () => {
    expect(throttleDecision(failuresAgo(61, 62, 63, 64, 65), 5, now).allowed).toBe(true);
  });

  it("forgets failures older than the window, so nobody is locked out for good", () => {
    const old = failuresAgo(...Array.from({ length: 50 }, (_, i) => 16 * 60 + i));
    expect(throttleDecision(old, 5, now).allowed).toBe(true);
  });
});
