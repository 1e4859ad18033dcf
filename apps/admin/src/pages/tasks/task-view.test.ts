import type { Task } from "@zorgpact/domain/reminder";
import { describe, expect, it } from "vitest";
import { taskLink, taskSections } from "./task-view.ts";

const base = { pactId: "p1", pactName: "Zorgpact Noord", overdue: false };
const measurement: Task = { ...base, key: "m", kind: "measurement_due", indicatorId: "i", indicatorName: "Uitval", lastMeasuredOn: null, dueOn: "2026-12-01" };
const agreement: Task = { ...base, key: "a", kind: "agreement_due", agreementId: "g", year: 2025, text: "Afspraak", dueOn: "2026-11-20" };
const due: Task = { ...base, key: "v", kind: "volgspot_due", year: 2026, dueOn: "2026-12-31", state: "none" };
const review: Task = { ...base, key: "r", kind: "volgspot_review", year: 2026, volgspotId: "v1", submittedOn: "2026-11-10" };

describe("taskSections", () => {
  it("puts reviews first, then the Volgspot, agreements and measurements, and leaves out empty kinds", () => {
    expect(taskSections([measurement, agreement, review]).map((s) => s.kind)).toEqual(["volgspot_review", "agreement_due", "measurement_due"]);
    expect(taskSections([])).toEqual([]);
  });
});

describe("taskLink", () => {
  it("leads to the place where the work is done", () => {
    expect(taskLink(due)).toBe("/zorgpacten/p1/volgspot");
    expect(taskLink({ ...due, state: "returned" })).toBe("/zorgpacten/p1/volgspot/2026");
    expect(taskLink(review)).toBe("/zorgpacten/p1/volgspot/2026");
    expect(taskLink(agreement)).toBe("/zorgpacten/p1/volgspot/2025#afspraken-kop");
    expect(taskLink(measurement)).toBe("/zorgpacten/p1/agenda");
  });
});
