import { describe, expect, it } from "vitest";
import { emptyReportForm, reportInput } from "./report-form.ts";

describe("report form", () => {
  it("asks for question, organisation, name and e-mail, in Dutch", () => {
    const result = reportInput(emptyReportForm);
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.errors).sort()).toEqual(["organisation", "question", "submitterEmail", "submitterName"]);
  });

  it("sends no pact as null and keeps the trap as typed", () => {
    const result = reportInput({
      ...emptyReportForm,
      question: "Mogen we experts uit de praktijk inzetten als docent?",
      organisation: "ROC",
      submitterName: "Sam",
      submitterEmail: "sam@voorbeeld.nl",
    });
    expect(result.ok && result.data).toMatchObject({ pactId: null, context: null, website: "" });
  });
});
