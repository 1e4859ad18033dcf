import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { synthesizeProgramme } from "../synth/synthetic-programme.ts";
import { insertNode, insertPact, insertTerm } from "../test/fixtures.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { nationalFigures } from "./rollup.repository.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await synthesizeProgramme(handle.db, { pacts: 40, indicators: 160, measurements: 800 });
});
afterAll(() => handle.close());

/** The figures counted the slow way, in TypeScript over every row: what the rollup must equal. */
async function scan(): Promise<Record<string, number>> {
  const db = handle.db;
  const pacts = await db.selectFrom("pacts").selectAll().execute();
  const nodes = await db.selectFrom("chainNodes").select(["pactId", "kind", "termId"]).execute();
  const themes = await db.selectFrom("pactThemes").selectAll().execute();
  const figures: Record<string, number> = {};
  const add = (figure: string, key: string | number) => {
    const name = `${figure}|${key}`;
    figures[name] = (figures[name] ?? 0) + 1;
  };
  for (const pact of pacts) {
    if (pact.archivedAt !== null || pact.publicationStatus !== "published") continue;
    const counted = pact.kind === "regional_pact" || pact.kind === "front_runner";
    const inReport = pact.kind === "regional_pact" || (pact.kind === "front_runner" && pact.admissionStatus === "admitted");
    const own = nodes.filter((n) => n.pactId === pact.id);
    const reported = own.some((n) => n.kind === "result" || n.kind === "effect");
    add("kind", pact.kind);
    if (pact.kind === "regional_pact" && pact.currentPhase !== null) add("phase", pact.currentPhase);
    if (pact.regionId !== null && pact.kind !== "national") add(`region:${pact.kind}`, pact.regionId);
    if (counted) for (const theme of themes.filter((t) => t.pactId === pact.id)) add(`theme:${pact.kind}`, theme.termId);
    const mentions = new Set(own.flatMap((n) => ((n.kind === "result" || n.kind === "effect") && n.termId ? [`${n.kind}:${pact.kind}|${n.termId}`] : [])));
    if (counted && reported) add("reported", pact.kind);
    if (counted) for (const m of mentions) figures[m] = (figures[m] ?? 0) + 1;
    if (inReport) {
      add("report:published", pact.kind);
      if (reported) add("report:reported", pact.kind);
      for (const m of mentions) figures[`report:${m}`] = (figures[`report:${m}`] ?? 0) + 1;
      if (pact.kind === "front_runner" && pact.adoption) add("report:adoption", pact.adoption);
    }
  }
  return figures;
}

async function rollup(): Promise<Record<string, number>> {
  const { rows } = await sql<{ figure: string; key: string; count: number }>`select figure, key, count from national_figures_current()`.execute(handle.db);
  return Object.fromEntries(rows.map((r) => [`${r.figure}|${r.key}`, Number(r.count)]));
}

describe("the national figures rollup", () => {
  it("equals a scan of the synthetic programme", async () => {
    const expected = await scan();
    expect(Object.keys(expected).length).toBeGreaterThan(20);
    expect(await rollup()).toEqual(expected);
  });

  it("follows publication changes, archiving, phase, region and admission changes at once", async () => {
    const [a, b, c, d] = await handle.db
      .selectFrom("pacts")
      .select(["id", "kind"])
      .where("kind", "in", ["regional_pact", "front_runner"])
      .orderBy("name")
      .limit(4)
      .execute();
    const region = await handle.db.selectFrom("regions").select("id").orderBy("name", "desc").executeTakeFirstOrThrow();
    await handle.db.updateTable("pacts").set({ publicationStatus: "draft" }).where("id", "=", a!.id).execute();
    await handle.db.updateTable("pacts").set({ archivedAt: new Date().toISOString() }).where("id", "=", b!.id).execute();
    await handle.db.updateTable("pacts").set({ currentPhase: 4, regionId: region.id }).where("id", "=", c!.id).execute();
    await handle.db
      .updateTable("pacts")
      .set({ kind: "front_runner", admissionStatus: "under_review", adoption: "parts", currentPhase: null })
      .where("id", "=", d!.id)
      .execute();
    expect(await rollup()).toEqual(await scan());
  });

  it("follows chain nodes added, retagged and deleted, and themes removed", async () => {
    const pact = await insertPact(handle.db, { kind: "regional_pact", publicationStatus: "published", currentPhase: 2 });
    const area = await insertTerm(handle.db, "result_area", "Rollup-resultaatgebied");
    const category = await insertTerm(handle.db, "effect_category", "Rollup-effectcategorie");
    const result = await insertNode(handle.db, pact, { kind: "result", title: "Resultaat", termId: area });
    await insertNode(handle.db, pact, { kind: "effect", title: "Effect", termId: category });
    expect((await nationalFigures(handle.db)).count("result:regional_pact", area)).toBe(1);
    expect(await rollup()).toEqual(await scan());

    await handle.db.updateTable("chainNodes").set({ termId: null }).where("id", "=", result).execute();
    expect((await nationalFigures(handle.db)).count("result:regional_pact", area)).toBe(0);
    await handle.db.deleteFrom("chainNodes").where("pactId", "=", pact).where("kind", "=", "effect").execute();
    const someThemed = await handle.db.selectFrom("pactThemes").select(["pactId", "termId"]).limit(3).execute();
    for (const t of someThemed) await handle.db.deleteFrom("pactThemes").where("pactId", "=", t.pactId).where("termId", "=", t.termId).execute();
    expect(await rollup()).toEqual(await scan());
  });

  it("follows a pact deleted with everything in it, in one transaction with other writes", async () => {
    const victim = await handle.db
      .selectFrom("pacts")
      .select("id")
      .where("publicationStatus", "=", "published")
      .orderBy("name", "desc")
      .executeTakeFirstOrThrow();
    await handle.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("pacts").where("id", "=", victim.id).execute();
      await insertPact(trx, { kind: "front_runner", publicationStatus: "published", admissionStatus: "admitted", adoption: "whole_concept" });
    });
    expect(await rollup()).toEqual(await scan());
  });
});
