import { describe, expect, it } from "vitest";
import { supportUpdateInput, type SupportFormValues } from "./support-form.ts";

const ID = "00000000-0000-4000-8000-000000000001";
const current = { id: ID, status: "requested" as const, requestedOn: "2017-01-10" };
const values: SupportFormValues = {
  questionType: "governance",
  question: "Hoe richten we de governance in?",
  status: "requested",
  advisorName: "",
  startedOn: "",
  endedOn: "",
  outcome: "",
};
const NOW = new Date("2017-06-30T12:00:00Z");

describe("the support trajectory form", () => {
  it("sends only the question for an editor", () => {
    const result = supportUpdateInput({ ...values, status: "in_progress" }, current, 3, false, NOW);
    expect(result.ok && result.data).toEqual({ id: ID, version: 3, questionType: "governance", question: "Hoe richten we de governance in?" });
  });

  it("sends the handling for the national team, empty fields as none", () => {
    const result = supportUpdateInput({ ...values, status: "in_progress", advisorName: "A. Adviseur", startedOn: "2017-02-01" }, current, 1, true, NOW);
    expect(result.ok && result.data).toMatchObject({
      status: "in_progress",
      advisorName: "A. Adviseur",
      startedOn: "2017-02-01",
      endedOn: null,
      outcome: null,
    });
  });

  it("marks every field the handling rules refuse, at once", () => {
    const result = supportUpdateInput({ ...values, status: "in_progress" }, current, 1, true, NOW);
    expect(result.ok).toBe(false);
    expect(Object.keys(result.errors).sort()).toEqual(["advisorName", "startedOn"]);
  });

  it("marks a question that is too short", () => {
    const result = supportUpdateInput({ ...values, question: "Kort" }, current, 1, false, NOW);
    expect(result.errors).toHaveProperty("question");
  });
});
