import { barrierStats, barrierUpdateInputSchema, LETTER_FIGURES } from "@zorgpact/domain/barrier";
import { regulationFieldsSchema } from "@zorgpact/domain/regulation";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { seedDemo } from "./demo.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

describe("the demo register of barriers", () => {
  it("holds the seeds' three example questions and the Stagefonds rule change, each with its source", async () => {
    const rows = await handle.db.selectFrom("barriers").selectAll().execute();
    const find = (text: string) => rows.find((r) => r.question.includes(text));
    for (const question of ["onderwijsprogramma verplaatsen naar de praktijk", "Hoe zit het met de cao", "experts uit de praktijk inzetten als docent"]) {
      expect(find(question)?.source, question).toMatch(/seed 002.*demodata/);
    }
    expect(find("Stagefonds")).toMatchObject({ outcome: "rule_changed", ministry: "VWS", source: expect.stringMatching(/seed 004/) });
  });

  it("labels every other case as demodata", async () => {
    const rows = await handle.db.selectFrom("barriers").select(["question", "source"]).execute();
    for (const row of rows) expect(row.source, row.question).toMatch(/seed 00[24]|Demodata/);
  });

  it("is valid input for the triage form, and its figures are not the letter's (they are counted, not copied)", async () => {
    const rows = await handle.db.selectFrom("barriers").selectAll().execute();
    for (const row of rows) expect(barrierUpdateInputSchema.safeParse({ ...row, version: 1 }).success, row.question).toBe(true);
    const stats = barrierStats(rows);
    expect(stats.total).toBeGreaterThan(5);
    expect(stats.total).not.toBe(LETTER_FIGURES.treated);
    expect(stats.byOutcome.rule_changed).toBe(1);
    expect(rows.some((r) => r.status === "new")).toBe(true);
  });
});

describe("the demo regelingen", () => {
  it("carry the RIF's sourced facts: 125 million euros for 2014–2018, 7 and 16 honoured applications", async () => {
    const rif = await handle.db.selectFrom("regulations").selectAll().where("slug", "=", "regionaal-investeringsfonds-mbo").executeTakeFirstOrThrow();
    expect(rif).toMatchObject({ ministry: "OCW", startYear: 2014, endYear: 2018, budgetCents: 12_500_000_000 });
    expect(rif.results).toMatch(/zeven aanvragen.*seed 004.*16.*seed 002/);
    expect(regulationFieldsSchema.safeParse(rif).success).toBe(true);
  });

  it("label every per-pact application as demodata", async () => {
    const notes = await handle.db.selectFrom("regulationApplications").select("note").execute();
    expect(notes.length).toBeGreaterThan(0);
    for (const { note } of notes) expect(note).toMatch(/^Demodata/);
  });

  it("are named by the demo chains' inputs that draw on them", async () => {
    const named = await handle.db
      .selectFrom("chainNodes")
      .innerJoin("regulations", "regulations.id", "chainNodes.regulationId")
      .select(["chainNodes.fundingSource", "regulations.slug"])
      .execute();
    expect(new Set(named.map((n) => n.slug))).toEqual(new Set(["regionaal-investeringsfonds-mbo", "stagefonds", "sectorplanplus"]));
    expect(named.every((n) => n.fundingSource !== null)).toBe(true);
  });
});
