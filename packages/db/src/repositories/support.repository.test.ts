import { supportListInputSchema } from "@zorgpact/domain/support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { insertPact } from "../test/fixtures.ts";
import { createTestDatabase } from "../test/test-database.ts";
import {
  findSupportTrajectory,
  insertSupportTrajectory,
  listSupportTrajectories,
  supportOverviewCounts,
  updateSupportTrajectory,
} from "./support.repository.ts";

let handle: DatabaseHandle;
const ids: Record<string, string> = {};
const list = (input: object, scope: string[] | null) => listSupportTrajectories(handle.db, supportListInputSchema.parse(input), scope);

beforeAll(async () => {
  handle = await createTestDatabase();
  ids.a = await insertPact(handle.db, { name: "Wijkleercentra Achterhoek", kind: "front_runner" });
  ids.b = await insertPact(handle.db, { name: "Zorgtechniek Limburg", kind: "front_runner" });
  ids.first = await insertSupportTrajectory(handle.db, {
    pactId: ids.a,
    questionType: "sustaining_after_subsidy",
    question: "Hoe verduurzamen we de wijkleercentra na de subsidie?",
    requestedOn: "2017-01-10",
    requestedBy: null,
  });
  ids.second = await insertSupportTrajectory(handle.db, {
    pactId: ids.b,
    questionType: "scaling",
    question: "Hoe schalen we de ZTL Academy op?",
    requestedOn: "2017-02-01",
    requestedBy: null,
  });
});
afterAll(() => handle.close());

describe("support repository", () => {
  it("lists every trajectory for the national team, newest request first", async () => {
    expect((await list({}, null)).items.map((t) => t.pactName)).toEqual(["Zorgtechniek Limburg", "Wijkleercentra Achterhoek"]);
  });

  it("lists only the scoped pacts for an editor, and nothing for an editor without pacts", async () => {
    expect((await list({}, [ids.a!])).items.map((t) => t.id)).toEqual([ids.first]);
    expect((await list({ pactId: ids.b }, [ids.a!])).total).toBe(0);
    expect((await list({}, [])).total).toBe(0);
  });

  it("filters by status, question type and text", async () => {
    expect((await list({ questionType: "scaling" }, null)).items.map((t) => t.id)).toEqual([ids.second]);
    expect((await list({ status: "completed" }, null)).total).toBe(0);
    expect((await list({ search: "wijkleer" }, null)).items.map((t) => t.id)).toEqual([ids.first]);
  });

  it("updates with the version read only", async () => {
    const at = new Date("2017-03-01T09:00:00Z");
    expect(await updateSupportTrajectory(handle.db, ids.second!, 1, { status: "in_progress", advisorName: "A. Adviseur", startedOn: "2017-03-01" }, at)).toBe(
      true,
    );
    expect(await updateSupportTrajectory(handle.db, ids.second!, 1, { status: "declined" }, at)).toBe(false);
    expect(await findSupportTrajectory(handle.db, ids.second!)).toMatchObject({ status: "in_progress", version: 2, startedOn: "2017-03-01" });
  });

  it("refuses dates out of order in the database too", async () => {
    await expect(updateSupportTrajectory(handle.db, ids.first!, 1, { startedOn: "2016-01-01", status: "in_progress" }, new Date())).rejects.toThrow();
  });

  it("counts per question type and status", async () => {
    const overview = await supportOverviewCounts(handle.db);
    expect(overview.total).toBe(2);
    expect(overview.cells.find((c) => c.questionType === "scaling" && c.status === "in_progress")?.count).toBe(1);
    expect(overview.byStatus.requested).toBe(1);
  });
});
