import { describe, expect, it } from "vitest";
import type { Task } from "./reminder.ts";
import { limitGroup, overdueByPact, staleBefore, volgspotQueueItems } from "./work-queue.ts";

const base = { overdue: false };
const measurement = (pactId: string, overdue: boolean, n: number): Task => ({
  ...base,
  kind: "measurement_due",
  key: `m${pactId}${n}`,
  pactId,
  pactName: `Pact ${pactId}`,
  overdue,
  indicatorId: `i${n}`,
  indicatorName: "Uitval",
  lastMeasuredOn: null,
  dueOn: "2026-01-01",
});
const agreement = (pactId: string, overdue: boolean): Task => ({
  kind: "agreement_due",
  key: `a${pactId}`,
  pactId,
  pactName: `Pact ${pactId}`,
  overdue,
  agreementId: "x",
  year: 2025,
  text: "Afspraak",
  dueOn: "2026-01-01",
});

describe("overdueByPact", () => {
  it("sums overdue measurements and agreements per pact, the pact with most first, and leaves tasks not yet overdue out", () => {
    const tasks = [measurement("A", true, 1), agreement("B", true), measurement("B", true, 2), measurement("B", true, 3), measurement("A", false, 4)];
    expect(overdueByPact(tasks)).toEqual([
      { pactId: "B", pactName: "Pact B", agreements: 1, measurements: 2 },
      { pactId: "A", pactName: "Pact A", agreements: 0, measurements: 1 },
    ]);
  });
});

describe("volgspotQueueItems", () => {
  it("puts Volgspots waiting for acceptance first, then the overdue, then the rest by date", () => {
    const tasks: Task[] = [
      { kind: "volgspot_due", key: "1", pactId: "A", pactName: "A", overdue: false, year: 2026, dueOn: "2026-12-20", state: "none" },
      { kind: "volgspot_due", key: "2", pactId: "B", pactName: "B", overdue: true, year: 2026, dueOn: "2026-06-01", state: "draft" },
      { kind: "volgspot_review", key: "3", pactId: "C", pactName: "C", overdue: false, year: 2026, volgspotId: "v", submittedOn: "2026-11-10" },
      measurement("D", true, 1),
    ];
    expect(volgspotQueueItems(tasks).map((v) => `${v.pactName} ${v.kind}${v.overdue ? " te laat" : ""}`)).toEqual(["C review", "B due te laat", "A due"]);
  });
});

describe("limitGroup and staleBefore", () => {
  it("keeps the first items and the count of all", () => {
    expect(limitGroup([1, 2, 3], 2)).toEqual({ total: 3, items: [1, 2] });
  });

  it("counts the quiet threshold back 180 days from today", () => {
    expect(staleBefore("2026-11-15")).toBe("2026-05-19");
  });
});
