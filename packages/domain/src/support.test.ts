import { describe, expect, it } from "vitest";
import {
  canMoveSupport,
  editorMayEditQuestion,
  nextSupportStatuses,
  supportCreateInputSchema,
  supportHandlingIssues,
  supportOverview,
  supportStatuses,
  supportUpdateInputSchema,
  handlingOf,
  sendsHandling,
  type SupportStatus,
} from "./support.ts";

const ID = "00000000-0000-4000-8000-000000000001";
const update = (fields: object) =>
  supportUpdateInputSchema.parse({ id: ID, version: 1, questionType: "governance", question: "Hoe richten we de governance in?", ...fields });
const handling = (fields: object) => handlingOf(update(fields))!;
const fieldsOf = (current: SupportStatus, next: object, today = "2017-06-30") =>
  supportHandlingIssues({ status: current, requestedOn: "2017-01-10" }, handling(next), today).map((i) => i.field);

describe("support trajectory status", () => {
  it("runs requested → in progress → completed, or a request is declined", () => {
    expect(nextSupportStatuses("requested")).toEqual(["in_progress", "declined"]);
    expect(nextSupportStatuses("in_progress")).toEqual(["completed"]);
    expect(canMoveSupport("requested", "completed")).toBe(false);
    expect(canMoveSupport("in_progress", "requested")).toBe(false);
    expect(canMoveSupport("completed", "in_progress")).toBe(false);
    expect(canMoveSupport("declined", "in_progress")).toBe(false);
  });

  it("may always stay where it is", () => {
    for (const status of supportStatuses) expect(canMoveSupport(status, status)).toBe(true);
  });

  it("lets the pact's editors change the question only while it is requested", () => {
    expect(supportStatuses.filter(editorMayEditQuestion)).toEqual(["requested"]);
  });
});

describe("support handling rules", () => {
  it("accepts a trajectory started with an advisor", () => {
    expect(fieldsOf("requested", { status: "in_progress", advisorName: "A. Adviseur", startedOn: "2017-02-01" })).toEqual([]);
  });

  it("refuses a jump past a step", () => {
    expect(fieldsOf("requested", { status: "completed", advisorName: "A", startedOn: "2017-02-01", endedOn: "2017-03-01", outcome: "Klaar" })).toEqual([
      "status",
    ]);
  });

  it("needs an advisor and a start date to run", () => {
    expect(fieldsOf("requested", { status: "in_progress" })).toEqual(["advisorName", "startedOn"]);
  });

  it("needs an end date and an outcome to complete", () => {
    expect(fieldsOf("in_progress", { status: "completed", advisorName: "A", startedOn: "2017-02-01" })).toEqual(["endedOn", "outcome"]);
  });

  it("needs a date for a declined request, but no start", () => {
    expect(fieldsOf("requested", { status: "declined" })).toEqual(["endedOn"]);
    expect(fieldsOf("requested", { status: "declined", endedOn: "2017-01-20" })).toEqual([]);
  });

  it("keeps the dates in order and out of the future", () => {
    expect(fieldsOf("requested", { status: "in_progress", advisorName: "A", startedOn: "2017-01-01" })).toEqual(["startedOn"]);
    expect(fieldsOf("requested", { status: "in_progress", advisorName: "A", startedOn: "2017-07-01" })).toEqual(["startedOn"]);
    expect(fieldsOf("in_progress", { status: "completed", advisorName: "A", startedOn: "2017-03-01", endedOn: "2017-02-01", outcome: "x" })).toEqual([
      "endedOn",
    ]);
  });

  it("refuses dates that belong to another status", () => {
    expect(fieldsOf("requested", { status: "requested", startedOn: "2017-02-01", endedOn: "2017-02-02" })).toEqual(["startedOn", "endedOn"]);
  });
});

describe("support update input", () => {
  it("carries no handling when no status is sent, and empty handling fields as null when it is", () => {
    expect(handlingOf(update({}))).toBeNull();
    expect(sendsHandling(update({}))).toBe(false);
    expect(sendsHandling(update({ outcome: "" }))).toBe(true);
    expect(handlingOf(update({ status: "requested", advisorName: " " }))).toEqual({
      status: "requested",
      advisorName: null,
      startedOn: null,
      endedOn: null,
      outcome: null,
    });
  });
});

describe("support input", () => {
  it("refuses a question that is too short or holds a NUL", () => {
    const pactId = "00000000-0000-4000-8000-000000000001";
    expect(supportCreateInputSchema.safeParse({ pactId, questionType: "governance", question: "Help" }).success).toBe(false);
    expect(supportCreateInputSchema.safeParse({ pactId, questionType: "governance", question: "Hoe borgen we\u0000 dit?" }).success).toBe(false);
    expect(supportCreateInputSchema.safeParse({ pactId, questionType: "opschaling", question: "Hoe schalen we op naar de regio?" }).success).toBe(false);
    expect(supportCreateInputSchema.safeParse({ pactId, questionType: "scaling", question: "Hoe schalen we op naar de regio?" }).success).toBe(true);
  });
});

describe("support overview", () => {
  it("fills the whole question type × status grid and adds up", () => {
    const overview = supportOverview([
      { questionType: "governance", status: "requested", count: 2 },
      { questionType: "financing", status: "completed", count: 1 },
    ]);
    expect(overview.cells).toHaveLength(7 * 4);
    expect(overview.cells.find((c) => c.questionType === "governance" && c.status === "requested")?.count).toBe(2);
    expect(overview.byQuestionType.governance).toBe(2);
    expect(overview.byStatus.completed).toBe(1);
    expect(overview.byStatus.declined).toBe(0);
    expect(overview.total).toBe(3);
  });
});
