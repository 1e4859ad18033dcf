import { describe, expect, it } from "vitest";
import {
  agreementOverdue,
  agreementStatusInputSchema,
  countFactors,
  LOCKED_MESSAGE,
  SUBMITTED_MESSAGE,
  SUPERSEDED_MESSAGE,
  submissionIssues,
  volgspotActions,
  volgspotDueOn,
  volgspotRecordInputSchema,
  volgspotStatuses,
  volgspotUpdateInputSchema,
  workflowRefusal,
  yearState,
  type VolgspotAction,
  type VolgspotStatus,
} from "./volgspot.ts";

const pactId = "00000000-0000-4000-8000-000000000001";
const id = "00000000-0000-4000-8000-000000000002";

function fieldsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => i.path.join("."));
}

describe("Volgspot workflow", () => {
  const allowed: Record<VolgspotStatus, VolgspotAction[]> = {
    draft: ["edit", "submit"],
    returned: ["edit", "submit"],
    submitted: ["accept", "return"],
    accepted: ["revise"],
    superseded: [],
  };

  it.each(volgspotStatuses)("allows exactly the right steps from %s", (status) => {
    const actions: VolgspotAction[] = ["edit", "submit", "accept", "return", "revise"];
    expect(actions.filter((a) => workflowRefusal(status, a) === null)).toEqual(allowed[status]);
  });

  it("locks an accepted Volgspot with a message that points to a new revision", () => {
    expect(workflowRefusal("accepted", "edit")).toBe(LOCKED_MESSAGE);
    expect(workflowRefusal("accepted", "submit")).toBe(LOCKED_MESSAGE);
    expect(LOCKED_MESSAGE).toMatch(/nieuwe revisie/);
  });

  it("keeps a superseded revision as it was and a submitted one away from editing", () => {
    for (const action of ["edit", "submit", "accept", "return", "revise"] as const) expect(workflowRefusal("superseded", action)).toBe(SUPERSEDED_MESSAGE);
    expect(workflowRefusal("submitted", "edit")).toBe(SUBMITTED_MESSAGE);
    expect(workflowRefusal("draft", "accept")).toMatch(/eerst in/);
  });

  it("gives the national team the decision and editors the drafting", () => {
    const editor = { nationalTeam: false, mayEditPact: true };
    const team = { nationalTeam: true, mayEditPact: true };
    const outsider = { nationalTeam: false, mayEditPact: false };
    expect(volgspotActions("submitted", editor, true)).toMatchObject({ accept: false, return: false, edit: false });
    expect(volgspotActions("submitted", team, true)).toMatchObject({ accept: true, return: true });
    expect(volgspotActions("draft", outsider, true)).toEqual({ edit: false, submit: false, accept: false, return: false, revise: false });
    expect(volgspotActions("accepted", editor, false).revise).toBe(true);
    expect(volgspotActions("accepted", editor, true).revise).toBe(false);
  });

  it("asks for a held date in the past, a report, the three answers and participants before submitting", () => {
    const empty = {
      heldOn: "2026-06-01",
      report: "",
      actionsAnswer: " ",
      positionAnswer: "",
      factorsAnswer: "",
      guestNames: [],
      participantOrganisationIds: [],
    };
    expect(submissionIssues(empty, "2026-05-31").map((i) => i.field)).toEqual([
      "heldOn",
      "report",
      "actionsAnswer",
      "positionAnswer",
      "factorsAnswer",
      "participantOrganisationIds",
    ]);
    const complete = { ...empty, report: "r", actionsAnswer: "a", positionAnswer: "p", factorsAnswer: "f", guestNames: ["Gast"] };
    expect(submissionIssues(complete, "2026-06-01")).toEqual([]);
  });
});

describe("Volgspot due dates and year states", () => {
  it("falls due a year after the previous year's Volgspot, else on 31 December", () => {
    expect(volgspotDueOn(2018, "2017-04-15")).toBe("2018-04-15");
    expect(volgspotDueOn(2018, null)).toBe("2018-12-31");
    expect(volgspotDueOn(2018, "2016-04-15")).toBe("2018-12-31");
    expect(volgspotDueOn(2021, "2020-02-29")).toBe("2021-02-28");
    expect(volgspotDueOn(2025, "2024-02-29")).toBe("2025-02-28");
  });

  it("counts a year as held once accepted, and overdue only when not held after the due day", () => {
    expect(yearState({ acceptedExists: true, openStatus: "draft", dueOn: "2018-12-31", today: "2019-02-01" })).toEqual({ state: "held", overdue: false });
    expect(yearState({ acceptedExists: false, openStatus: "submitted", dueOn: "2018-12-31", today: "2019-01-01" })).toEqual({
      state: "submitted",
      overdue: true,
    });
    expect(yearState({ acceptedExists: false, openStatus: null, dueOn: "2018-12-31", today: "2018-12-31" })).toEqual({ state: "not_started", overdue: false });
  });

  it("calls an agreement overdue only while open and past its due date", () => {
    expect(agreementOverdue({ status: "open", dueOn: "2018-01-01" }, "2018-01-02")).toBe(true);
    expect(agreementOverdue({ status: "open", dueOn: "2018-01-02" }, "2018-01-02")).toBe(false);
    expect(agreementOverdue({ status: "done", dueOn: "2018-01-01" }, "2018-01-02")).toBe(false);
  });
});

describe("success and failure factors across pacts", () => {
  it("counts each pact once per factor, ignoring case and spaces, most named first", () => {
    const counted = countFactors([["Bestuurlijk  commitment", "bestuurlijk commitment", "Trekker"], ["BESTUURLIJK COMMITMENT "], ["Financiering", "trekker"]]);
    expect(counted).toEqual([
      { label: "Bestuurlijk commitment", count: 2 },
      { label: "Trekker", count: 2 },
      { label: "Financiering", count: 1 },
    ]);
  });
});

describe("Volgspot input", () => {
  const base = { pactId, heldOn: "2017-05-10" };

  it("fills defaults and takes the year from the date when none is given", () => {
    const parsed = volgspotRecordInputSchema.parse(base);
    expect(parsed).toMatchObject({ report: "", successFactors: [], participantOrganisationIds: [], results: [], newCollaborations: null });
    expect(parsed.year).toBeUndefined();
  });

  it("refuses a date outside the chosen year, on the date field", () => {
    expect(fieldsOf(volgspotRecordInputSchema.safeParse({ ...base, year: 2018 }))).toEqual(["heldOn"]);
    expect(fieldsOf(volgspotRecordInputSchema.safeParse({ ...base, year: 2014 }))).toContain("year");
  });

  it("refuses duplicate factors, participants and results, NUL and overlong text", () => {
    const update = { id, version: 1, heldOn: "2017-05-10" };
    expect(fieldsOf(volgspotUpdateInputSchema.safeParse({ ...update, successFactors: ["Trekker", " trekker"] }))).toEqual(["successFactors"]);
    expect(fieldsOf(volgspotUpdateInputSchema.safeParse({ ...update, participantOrganisationIds: [pactId, pactId] }))).toEqual(["participantOrganisationIds"]);
    expect(fieldsOf(volgspotUpdateInputSchema.safeParse({ ...update, results: [{ nodeId: id }, { nodeId: id }] }))).toEqual(["results"]);
    expect(fieldsOf(volgspotUpdateInputSchema.safeParse({ ...update, report: "a\u0000b" }))).toEqual(["report"]);
    expect(fieldsOf(volgspotUpdateInputSchema.safeParse({ ...update, guestNames: ["\uD800x"] }))).toEqual(["guestNames.0"]);
    expect(fieldsOf(volgspotUpdateInputSchema.safeParse({ ...update, report: "x".repeat(10_001) }))).toEqual(["report"]);
    expect(fieldsOf(volgspotUpdateInputSchema.safeParse({ ...update, version: 2 ** 31 }))).toEqual(["version"]);
    expect(fieldsOf(volgspotUpdateInputSchema.safeParse({ ...update, newCollaborations: -1 }))).toEqual(["newCollaborations"]);
  });

  it("asks for a reason when an agreement is dropped", () => {
    expect(fieldsOf(agreementStatusInputSchema.safeParse({ id, version: 1, status: "dropped" }))).toEqual(["reason"]);
    expect(agreementStatusInputSchema.safeParse({ id, version: 1, status: "dropped", reason: "Niet meer nodig" }).success).toBe(true);
    expect(agreementStatusInputSchema.safeParse({ id, version: 1, status: "done" }).success).toBe(true);
  });
});
