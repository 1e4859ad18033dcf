import { describe, expect, it } from "vitest";
import {
  amsterdamDate,
  answeredOnAfter,
  barrierReference,
  barrierStats,
  barrierSubmitInputSchema,
  barrierUpdateInputSchema,
  canDiscardBarrier,
  canMoveBarrier,
  isSpamSubmission,
  publicBarrierSchema,
  reachableBarrierStatuses,
  treatedRequirements,
  type BarrierOutcome,
  type BarrierStatus,
  type Ministry,
} from "./barrier.ts";

const ID = "7d3c2b1a-0000-4000-8000-000000000001";

describe("discarding an unwanted report", () => {
  it("is allowed only for a new report that was never published", () => {
    expect(canDiscardBarrier("new", false)).toBe(true);
    expect(canDiscardBarrier("new", true)).toBe(false);
    for (const status of ["in_progress", "answered", "closed"] as const) expect(canDiscardBarrier(status, false)).toBe(false);
  });
});

describe("barrier status transitions", () => {
  it("runs new → in behandeling → beantwoord → gesloten", () => {
    expect(canMoveBarrier("new", "in_progress")).toBe(true);
    expect(canMoveBarrier("in_progress", "answered")).toBe(true);
    expect(canMoveBarrier("answered", "closed")).toBe(true);
  });

  it("allows answering at once, reopening an answer and staying put", () => {
    expect(canMoveBarrier("new", "answered")).toBe(true);
    expect(canMoveBarrier("answered", "in_progress")).toBe(true);
    expect(canMoveBarrier("closed", "answered")).toBe(true);
    for (const status of ["new", "in_progress", "answered", "closed"] as const) expect(canMoveBarrier(status, status)).toBe(true);
  });

  it("refuses skipping to closed and jumping back from closed to new", () => {
    expect(canMoveBarrier("new", "closed")).toBe(false);
    expect(canMoveBarrier("in_progress", "closed")).toBe(false);
    expect(canMoveBarrier("closed", "new")).toBe(false);
    expect(canMoveBarrier("closed", "in_progress")).toBe(false);
    expect(canMoveBarrier("answered", "new")).toBe(false);
  });

  it("offers the form the current status first, then the next ones", () => {
    expect(reachableBarrierStatuses("new")).toEqual(["new", "in_progress", "answered"]);
    expect(reachableBarrierStatuses("closed")).toEqual(["closed", "answered"]);
  });
});

describe("an answered barrier", () => {
  it("needs a ministry, an answer and an outcome", () => {
    expect(treatedRequirements({ status: "answered", ministry: null, answer: null, outcome: null }).map((m) => m.field)).toEqual([
      "ministry",
      "answer",
      "outcome",
    ]);
    expect(treatedRequirements({ status: "closed", ministry: "OCW", answer: "Er is ruimte.", outcome: null }).map((m) => m.field)).toEqual(["outcome"]);
    expect(treatedRequirements({ status: "in_progress", ministry: null, answer: null, outcome: null })).toEqual([]);
  });

  it("is refused by the update schema with field errors when answer or outcome is missing", () => {
    const result = barrierUpdateInputSchema.safeParse({
      id: ID,
      version: 1,
      question: "Mogen we experts uit de praktijk inzetten als docent?",
      receivedOn: "2017-03-01",
      status: "answered",
      ministry: "OCW",
      answer: "   ",
    });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["answer", "outcome"]));
    expect(fields).not.toContain("ministry");
  });

  it("keeps its answer date once answered, gets today's when it becomes treated and loses it when reopened", () => {
    expect(answeredOnAfter({ status: "in_progress", answeredOn: null }, "answered", "2017-05-04")).toBe("2017-05-04");
    expect(answeredOnAfter({ status: "answered", answeredOn: "2016-11-01" }, "closed", "2017-05-04")).toBe("2016-11-01");
    expect(answeredOnAfter({ status: "answered", answeredOn: "2016-11-01" }, "in_progress", "2017-05-04")).toBeNull();
  });
});

describe("the public submission", () => {
  const valid = {
    question: "Kan ik het onderwijsprogramma verplaatsen naar de praktijk?",
    organisation: "ROC Voorbeeld",
    submitterName: "Sam de Vries",
    submitterEmail: " Sam@Voorbeeld.NL ",
  };

  it("trims, lowercases the e-mail and defaults the optional fields", () => {
    expect(barrierSubmitInputSchema.parse(valid)).toEqual({ ...valid, submitterEmail: "sam@voorbeeld.nl", context: null, pactId: null, website: "" });
  });

  it("refuses NUL and lone surrogates in the question", () => {
    expect(barrierSubmitInputSchema.safeParse({ ...valid, question: "Mag dit\u0000 wel zomaar?" }).success).toBe(false);
    expect(barrierSubmitInputSchema.safeParse({ ...valid, question: "Mag dit \uD800 wel zomaar?" }).success).toBe(false);
  });

  it("asks for a question, a name and a valid e-mail in Dutch", () => {
    const result = barrierSubmitInputSchema.safeParse({ ...valid, question: "Kort", submitterName: "", submitterEmail: "geen-adres" });
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages["question"]).toMatch(/minstens 10 tekens/);
    expect(messages["submitterName"]).toMatch(/naam/);
    expect(messages["submitterEmail"]).toBe("Vul een geldig e-mailadres in.");
  });

  it("treats a filled honeypot as spam", () => {
    expect(isSpamSubmission({ website: "" })).toBe(false);
    expect(isSpamSubmission({ website: "https://spam.example" })).toBe(true);
  });
});

describe("the public view of a barrier", () => {
  it("cannot carry the submitter's details", () => {
    const published = {
      id: ID,
      number: 7,
      reference: "RR-0007",
      question: "Vraag",
      topic: null,
      ministry: "OCW",
      status: "answered",
      outcome: "remains",
      answer: "Antwoord",
      answeredOn: "2017-01-01",
      source: null,
      pact: null,
    };
    expect(publicBarrierSchema.safeParse(published).success).toBe(true);
    expect(publicBarrierSchema.safeParse({ ...published, submitterEmail: "iemand@voorbeeld.nl" }).success).toBe(false);
    expect(publicBarrierSchema.safeParse({ ...published, submitterName: "Iemand" }).success).toBe(false);
    expect(publicBarrierSchema.safeParse({ ...published, status: "new" }).success).toBe(false);
  });

  it("gets a reference from its number", () => {
    expect(barrierReference(42)).toBe("RR-0042");
    expect(barrierReference(12345)).toBe("RR-12345");
  });
});

describe("barrier figures", () => {
  const barrier = (status: BarrierStatus, outcome: BarrierOutcome | null, ministry: Ministry | null, answeredOn: string | null) => ({
    status,
    outcome,
    ministry,
    answeredOn,
  });

  it("counts only treated barriers, by outcome, ministry and year of answering", () => {
    const stats = barrierStats([
      barrier("answered", "more_room_than_thought", "OCW", "2016-05-01"),
      barrier("closed", "more_room_than_thought", "VWS", "2017-02-01"),
      barrier("answered", "not_regulation", "SZW", "2017-03-01"),
      barrier("closed", "rule_changed", "VWS", "2016-09-01"),
      barrier("answered", "remains", "other", "2018-01-01"),
      barrier("new", null, null, null),
      barrier("in_progress", "remains", "OCW", null),
    ]);
    expect(stats).toEqual({
      total: 5,
      byOutcome: { more_room_than_thought: 2, not_regulation: 1, rule_changed: 1, remains: 1 },
      byMinistry: { OCW: 1, VWS: 2, SZW: 1, other: 1 },
      byYear: [
        { year: 2016, count: 2 },
        { year: 2017, count: 2 },
        { year: 2018, count: 1 },
      ],
    });
  });

  it("adds up: the outcomes and the ministries each sum to the total", () => {
    const outcomes = ["more_room_than_thought", "not_regulation", "rule_changed", "remains"] as const;
    const ministries = ["OCW", "VWS", "SZW", "other"] as const;
    const rows = Array.from({ length: 23 }, (_, i) =>
      barrier(i % 5 === 0 ? "new" : "answered", outcomes[i % 4]!, ministries[i % 3]!, `${2015 + (i % 4)}-06-01`),
    );
    const stats = barrierStats(rows);
    const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);
    expect(sum(stats.byOutcome)).toBe(stats.total);
    expect(sum(stats.byMinistry)).toBe(stats.total);
    expect(stats.byYear.reduce((a, y) => a + y.count, 0)).toBe(stats.total);
    expect(stats.total).toBe(rows.filter((r) => r.status !== "new").length);
  });

  it("is all zeros for an empty register", () => {
    expect(barrierStats([]).total).toBe(0);
    expect(barrierStats([]).byYear).toEqual([]);
  });
});

describe("amsterdamDate", () => {
  it("gives the calendar day in Amsterdam, not in UTC", () => {
    expect(amsterdamDate(new Date("2017-12-31T23:30:00Z"))).toBe("2018-01-01");
    expect(amsterdamDate(new Date("2017-07-01T21:59:00Z"))).toBe("2017-07-01");
    expect(amsterdamDate(new Date("2017-07-01T22:00:00Z"))).toBe("2017-07-02");
  });
});
