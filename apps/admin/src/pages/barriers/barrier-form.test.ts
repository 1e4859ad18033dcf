import type { BarrierRecord } from "@zorgpact/domain/barrier";
import { describe, expect, it } from "vitest";
import { barrierCreateInput, barrierFormValues, barrierUpdateInput, emptyBarrierForm } from "./barrier-form.ts";

const ids = { id: "7d3c2b1a-0000-4000-8000-000000000001", version: 3 };

describe("barrier form", () => {
  it("sends empty selects and an empty e-mail as null", () => {
    const result = barrierCreateInput({ ...emptyBarrierForm("2017-05-01"), question: "Telefonisch: mag een docent in de wijk werken?" });
    expect(result).toEqual({
      ok: true,
      errors: {},
      data: {
        question: "Telefonisch: mag een docent in de wijk werken?",
        context: null,
        organisation: null,
        submitterName: null,
        submitterEmail: null,
        pactId: null,
        receivedOn: "2017-05-01",
        source: null,
      },
    });
  });

  it("refuses an answered barrier without answer and outcome before it reaches the API", () => {
    const values = { ...emptyBarrierForm("2017-05-01"), question: "Mogen we experts inzetten als docent?", status: "answered" as const, ministry: "OCW" };
    const result = barrierUpdateInput(values, ids);
    expect(result.ok).toBe(false);
    expect(Object.keys(result.errors).sort()).toEqual(["answer", "outcome"]);
  });

  it("round-trips a stored record", () => {
    const record: BarrierRecord = {
      ...ids,
      number: 12,
      reference: "RR-0012",
      question: "Mogen we experts uit de praktijk inzetten als docent?",
      context: null,
      organisation: "ROC",
      submitterName: "Sam",
      submitterEmail: "sam@voorbeeld.nl",
      pactId: null,
      pactName: null,
      receivedOn: "2017-02-01",
      channel: "form",
      source: null,
      ministry: "OCW",
      topic: "Bevoegdheid",
      status: "answered",
      answer: "Ja.",
      outcome: "more_room_than_thought",
      answeredOn: "2017-03-01",
      createdAt: "2017-02-01T10:00:00.000Z",
      updatedAt: "2017-03-01T10:00:00.000Z",
    };
    const result = barrierUpdateInput(barrierFormValues(record), ids);
    expect(result.ok && result.data).toMatchObject({ ministry: "OCW", outcome: "more_room_than_thought", submitterEmail: "sam@voorbeeld.nl", pactId: null });
  });
});
