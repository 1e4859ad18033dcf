import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  amsterdamDate,
  countTasks,
  measurementDueOn,
  reminderKey,
  tasksFor,
  type AgreementFact,
  type IndicatorFact,
  type ReminderFacts,
  type TaskAudience,
  type VolgspotDueFact,
  type VolgspotReviewFact,
} from "./reminder.ts";

const NOORD = "pact-noord";
const ZUID = "pact-zuid";
const editorOfNoord: TaskAudience = { kind: "editor", pactIds: [NOORD] };
const national: TaskAudience = { kind: "national" };

const volgspot = (fields: Partial<VolgspotDueFact> = {}): VolgspotDueFact => ({
  pactId: NOORD,
  pactName: "Zorgpact Noord",
  year: 2026,
  dueOn: "2026-12-01",
  state: "none",
  ...fields,
});
const toReview = (fields: Partial<VolgspotReviewFact> = {}): VolgspotReviewFact => ({
  volgspotId: "v9",
  pactId: NOORD,
  pactName: "Zorgpact Noord",
  year: 2025,
  submittedOn: "2025-12-20",
  ...fields,
});
const agreement = (fields: Partial<AgreementFact> = {}): AgreementFact => ({
  id: "afspraak-1",
  pactId: NOORD,
  pactName: "Zorgpact Noord",
  year: 2025,
  text: "Stageplaatsen in kaart brengen",
  dueOn: "2026-03-01",
  status: "open",
  ...fields,
});
const indicator = (fields: Partial<IndicatorFact> = {}): IndicatorFact => ({
  id: "indicator-1",
  pactId: NOORD,
  pactName: "Zorgpact Noord",
  name: "Studenten in een leerwerkplaats",
  baselineDate: "2024-01-01",
  lastMeasuredOn: "2025-06-30",
  frequency: "jaar",
  ...fields,
});
const facts = (fields: Partial<ReminderFacts>): ReminderFacts => ({ volgspotsDue: [], volgspotsToReview: [], agreements: [], indicators: [], ...fields });
const kindsAndStates = (list: ReturnType<typeof tasksFor>) => list.map((t) => `${t.kind}:${t.overdue ? "overdue" : "due"}`);

describe("calendar arithmetic", () => {
  it("adds days and months on calendar dates, clamping to the end of a shorter month", () => {
    expect(addDays("2026-12-01", -30)).toBe("2026-11-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2025-06-30", 12)).toBe("2026-06-30");
  });

  it("takes today's date in the Netherlands, not in UTC", () => {
    // 23:30 UTC on 30 November is already 1 December in Amsterdam (UTC+1 in winter).
    expect(amsterdamDate(new Date("2026-11-30T23:30:00Z"))).toBe("2026-12-01");
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    expect(amsterdamDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(amsterdamDate(new Date("2026-06-30T21:30:00Z"))).toBe("2026-06-30");
  });
});

describe("the Volgspot of the year", () => {
  it("shows up 30 days before its due date and is overdue after it", () => {
    const f = facts({ volgspotsDue: [volgspot({ dueOn: "2026-12-01" })] });
    expect(tasksFor(f, editorOfNoord, "2026-10-31")).toEqual([]);
    expect(kindsAndStates(tasksFor(f, editorOfNoord, "2026-11-01"))).toEqual(["volgspot_due:due"]);
    expect(kindsAndStates(tasksFor(f, editorOfNoord, "2026-12-01"))).toEqual(["volgspot_due:due"]);
    expect(kindsAndStates(tasksFor(f, editorOfNoord, "2026-12-02"))).toEqual(["volgspot_due:overdue"]);
  });

  it("says whether a draft exists or the national team sent it back", () => {
    const at = (state: VolgspotDueFact["state"]) => tasksFor(facts({ volgspotsDue: [volgspot({ state })] }), editorOfNoord, "2026-11-15");
    expect(at("draft")).toMatchObject([{ kind: "volgspot_due", state: "draft", dueOn: "2026-12-01", year: 2026 }]);
    expect(at("returned")).toMatchObject([{ kind: "volgspot_due", state: "returned" }]);
  });

  it("is not carried into the next year once its year has passed", () => {
    const f = facts({ volgspotsDue: [volgspot({ year: 2025, dueOn: "2025-12-31" })] });
    expect(tasksFor(f, editorOfNoord, "2025-12-31")).toHaveLength(1);
    expect(tasksFor(f, editorOfNoord, "2026-01-05")).toEqual([]);
  });

  it("asks the national team, not the editor, to review a submitted one, of any year", () => {
    const f = facts({ volgspotsToReview: [toReview()] });
    expect(tasksFor(f, national, "2026-01-05")).toMatchObject([{ kind: "volgspot_review", year: 2025, volgspotId: "v9", overdue: false }]);
    expect(tasksFor(f, editorOfNoord, "2026-01-05")).toEqual([]);
  });
});

describe("agreements", () => {
  it("are due from 14 days before their date and overdue after it, while open", () => {
    const f = facts({ agreements: [agreement({ dueOn: "2026-03-01" })] });
    expect(tasksFor(f, editorOfNoord, "2026-02-14")).toEqual([]);
    expect(kindsAndStates(tasksFor(f, editorOfNoord, "2026-02-15"))).toEqual(["agreement_due:due"]);
    expect(kindsAndStates(tasksFor(f, editorOfNoord, "2026-03-02"))).toEqual(["agreement_due:overdue"]);
  });

  it("are no task once done or dropped", () => {
    const f = facts({ agreements: [agreement({ status: "done" }), agreement({ id: "afspraak-2", status: "dropped" })] });
    expect(tasksFor(f, editorOfNoord, "2026-06-01")).toEqual([]);
  });
});

describe("measurements", () => {
  it("are due at the end of the period after the latest measured one (yearly)", () => {
    expect(measurementDueOn("2025-06-30", "2024-01-01", "jaar")).toBe("2026-12-31");
    const f = facts({ indicators: [indicator()] });
    expect(tasksFor(f, editorOfNoord, "2026-11-30")).toEqual([]);
    expect(tasksFor(f, editorOfNoord, "2026-12-01")).toMatchObject([{ kind: "measurement_due", dueOn: "2026-12-31", overdue: false }]);
    expect(tasksFor(f, editorOfNoord, "2027-01-01")).toMatchObject([{ kind: "measurement_due", overdue: true }]);
  });

  it("follow a half-yearly indicator's half-years", () => {
    expect(measurementDueOn("2026-01-15", "2024-01-01", "halfjaar")).toBe("2026-12-31");
    expect(measurementDueOn("2026-06-30", "2024-01-01", "halfjaar")).toBe("2026-12-31");
    expect(measurementDueOn("2026-07-01", "2024-01-01", "halfjaar")).toBe("2027-06-30");
    const f = facts({ indicators: [indicator({ frequency: "halfjaar", lastMeasuredOn: "2026-07-01" })] });
    expect(tasksFor(f, editorOfNoord, "2027-05-30")).toEqual([]);
    expect(tasksFor(f, editorOfNoord, "2027-05-31")).toMatchObject([{ dueOn: "2027-06-30", overdue: false }]);
  });

  it("follow a quarterly indicator's quarters, with the 30-day notice in the quarter's last month", () => {
    expect(measurementDueOn("2026-01-31", "2025-01-01", "kwartaal")).toBe("2026-06-30");
    expect(measurementDueOn("2026-11-20", "2025-01-01", "kwartaal")).toBe("2027-03-31");
    const f = facts({ indicators: [indicator({ frequency: "kwartaal", lastMeasuredOn: "2026-02-10" })] });
    expect(tasksFor(f, editorOfNoord, "2026-05-30")).toEqual([]);
    expect(tasksFor(f, editorOfNoord, "2026-05-31")).toMatchObject([{ dueOn: "2026-06-30", overdue: false }]);
    expect(tasksFor(f, editorOfNoord, "2026-07-01")).toMatchObject([{ dueOn: "2026-06-30", overdue: true }]);
    // Measured in July: that counts for the third quarter, so the next is due when the fourth ends.
    const july = facts({ indicators: [indicator({ frequency: "kwartaal", lastMeasuredOn: "2026-07-20" })] });
    expect(tasksFor(july, editorOfNoord, "2026-09-30")).toEqual([]);
    expect(tasksFor(july, editorOfNoord, "2026-12-01")).toMatchObject([{ dueOn: "2026-12-31", overdue: false }]);
  });

  it("are due at the end of the period holding the day after the baseline when nothing was measured yet", () => {
    expect(measurementDueOn(null, "2025-09-01", "jaar")).toBe("2025-12-31");
    expect(measurementDueOn(null, "2025-12-31", "jaar")).toBe("2026-12-31");
    expect(measurementDueOn(null, "2025-09-01", "kwartaal")).toBe("2025-09-30");
    expect(measurementDueOn(null, "2025-09-30", "kwartaal")).toBe("2025-12-31");
    expect(measurementDueOn(null, "2025-03-31", "halfjaar")).toBe("2025-06-30");
  });

  it("become a new task (a new key) once a new measurement moves the due date", () => {
    const before = tasksFor(facts({ indicators: [indicator()] }), editorOfNoord, "2027-01-01")[0]!;
    const after = tasksFor(facts({ indicators: [indicator({ lastMeasuredOn: "2027-01-01" })] }), editorOfNoord, "2029-01-01")[0]!;
    expect(before.key).not.toBe(after.key);
  });
});

describe("whose tasks", () => {
  const mixed = facts({
    volgspotsDue: [volgspot({ dueOn: "2026-12-25" }), volgspot({ pactId: ZUID, pactName: "Zorgpact Zuid", dueOn: "2026-12-25" })],
    agreements: [agreement({ dueOn: "2026-12-18" }), agreement({ id: "afspraak-zuid", pactId: ZUID, pactName: "Zorgpact Zuid", dueOn: "2026-11-10" })],
    indicators: [
      indicator({ lastMeasuredOn: "2025-12-10" }),
      indicator({ id: "indicator-zuid", pactId: ZUID, pactName: "Zorgpact Zuid", frequency: "kwartaal", lastMeasuredOn: "2026-05-01" }),
    ],
  });

  it("gives an editor every due and overdue task of their own pacts only", () => {
    const tasks = tasksFor(mixed, editorOfNoord, "2026-12-05");
    expect(tasks.map((t) => t.pactId)).toEqual([NOORD, NOORD, NOORD]);
    expect(kindsAndStates(tasks)).toEqual(["agreement_due:due", "volgspot_due:due", "measurement_due:due"]);
  });

  it("gives the national team the overdue tasks of every pact", () => {
    const tasks = tasksFor(mixed, national, "2026-12-05");
    expect(tasks.map((t) => `${t.kind}:${t.pactName}`)).toEqual(["measurement_due:Zorgpact Zuid", "agreement_due:Zorgpact Zuid"]);
    expect(tasks.every((t) => t.overdue)).toBe(true);
  });

  it("sorts the longest overdue first and counts open and overdue tasks", () => {
    const tasks = tasksFor(mixed, { kind: "editor", pactIds: [NOORD, ZUID] }, "2026-12-05");
    const dates = tasks.map((t) => (t.kind === "volgspot_review" ? "" : t.dueOn));
    expect(dates).toEqual([...dates].sort());
    expect(countTasks(tasks)).toEqual({ open: 6, overdue: 2 });
  });
});

describe("reminder keys", () => {
  it("differ between the 'soon' and the 'overdue' reminder of a task, and are stable otherwise", () => {
    const f = facts({ agreements: [agreement()] });
    const soon = tasksFor(f, editorOfNoord, "2026-02-20")[0]!;
    const sameDaySoon = tasksFor(f, editorOfNoord, "2026-02-25")[0]!;
    const late = tasksFor(f, editorOfNoord, "2026-03-05")[0]!;
    expect(reminderKey(soon)).toBe(reminderKey(sameDaySoon));
    expect(reminderKey(soon)).not.toBe(reminderKey(late));
    expect(reminderKey(late)).toBe("overdue:agreement:afspraak-1:2026-03-01");
  });
});
