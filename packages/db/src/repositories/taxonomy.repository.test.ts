import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { insertNode, insertPact, insertTerm } from "../test/fixtures.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { listTermRecords, termUsage } from "./taxonomy.repository.ts";

let handle: DatabaseHandle;
const ids: { [key: string]: string } = {};

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  ids.theme = await insertTerm(db, "theme", "Leren in de praktijk");
  ids.unused = await insertTerm(db, "theme", "Armoede en schulden");
  ids.domain = await insertTerm(db, "result_domain", "Onderwijs");
  ids.area = await insertTerm(db, "result_area", "Toename stageplaatsen", ids.domain);
  const pact = await insertPact(db);
  await db.insertInto("pactThemes").values({ pactId: pact, termId: ids.theme }).execute();
  await insertNode(db, pact, { kind: "result", termId: ids.area });
  await insertNode(db, pact, { kind: "result", termId: ids.area });
});
afterAll(() => handle.close());

describe("term usage", () => {
  it("counts every reference the database knows: themes of pacts, chain nodes and child terms", async () => {
    const usage = await termUsage(handle.db, [ids.theme!, ids.unused!, ids.domain!, ids.area!]);
    expect(Object.fromEntries(usage)).toEqual({ [ids.theme!]: 1, [ids.unused!]: 0, [ids.domain!]: 1, [ids.area!]: 2 });
  });

  it("lists terms with their usage, filtered and sorted", async () => {
    const page = await listTermRecords(handle.db, { page: 1, pageSize: 100, kind: "theme", sort: "usageCount", direction: "asc" });
    expect(page.items.map((t) => [t.label, t.usageCount])).toEqual([
      ["Armoede en schulden", 0],
      ["Leren in de praktijk", 1],
    ]);
    const areas = await listTermRecords(handle.db, { page: 1, pageSize: 100, kind: "result_area", sort: "sortOrder", direction: "asc" });
    expect(areas.items[0]).toMatchObject({ parentLabel: "Onderwijs", usageCount: 2 });
  });
});
