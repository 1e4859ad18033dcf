import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertNode, insertPact, insertTerm } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { publicCaller, signedInCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
let admin: Awaited<ReturnType<typeof signedInCaller>>;
const ids: { [key: string]: string } = {};

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  ids.theme = await insertTerm(db, "theme", "Leren in de praktijk");
  ids.domain = await insertTerm(db, "result_domain", "Onderwijs");
  ids.area = await insertTerm(db, "result_area", "Toename stageplaatsen", ids.domain);
  ids.pact = await insertPact(db, { name: "Zorgpact Noord" });
  await db.insertInto("pactThemes").values({ pactId: ids.pact, termId: ids.theme }).execute();
  await insertNode(db, ids.pact, { kind: "result", termId: ids.area });
  admin = await signedInCaller(db, "national_admin");
});
afterAll(() => handle.close());

async function caught(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

const fieldOf = (error: TRPCError) => (error.cause instanceof ZodError ? error.cause.issues[0]?.path[0] : undefined);
const publicLabels = async (kind: "theme" | "result_area") => (await publicCaller(handle.db).taxonomy.list({ kind })).map((t) => t.label);

describe("taxonomy administration", () => {
  it("adds a term at the end of its list, where the public sees it", async () => {
    const term = await admin.caller.taxonomy.create({ kind: "theme", label: "Armoede en schulden" });
    expect(term).toMatchObject({ label: "Armoede en schulden", retired: false, usageCount: 0, version: 1 });
    expect(await publicLabels("theme")).toEqual(["Leren in de praktijk", "Armoede en schulden"]);
  });

  it("puts a result area under a result domain, and refuses it without one", async () => {
    const area = await admin.caller.taxonomy.create({ kind: "result_area", label: "Meer leren in de praktijk", parentId: ids.domain! });
    expect(area).toMatchObject({ parentId: ids.domain, parentLabel: "Onderwijs" });
    expect(fieldOf(await caught(admin.caller.taxonomy.create({ kind: "result_area", label: "Zwevend gebied" })))).toBe("parentId");
    expect(fieldOf(await caught(admin.caller.taxonomy.create({ kind: "result_area", label: "Verkeerd", parentId: ids.theme! })))).toBe("parentId");
  });

  it("refuses a label a list already has, in any letter case; another list may use it", async () => {
    const error = await caught(admin.caller.taxonomy.create({ kind: "theme", label: "leren in de praktijk" }));
    expect(fieldOf(error)).toBe("label");
    expect(error.message).toMatch(/Leren in de praktijk/);
    expect((await admin.caller.taxonomy.create({ kind: "target_group", label: "Leren in de praktijk" })).kind).toBe("target_group");
  });

  it("changes label and order with the version read; a stale version is CONFLICT", async () => {
    const term = await admin.caller.taxonomy.create({ kind: "theme", label: "Permanent leren" });
    const updated = await admin.caller.taxonomy.update({ id: term.id, version: term.version, label: "Leven lang leren", parentId: null, sortOrder: 0 });
    expect(updated).toMatchObject({ label: "Leven lang leren", sortOrder: 0, version: 2 });
    const stale = await caught(admin.caller.taxonomy.update({ id: term.id, version: term.version, label: "Anders", parentId: null, sortOrder: 0 }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/Iemand anders/);
  });

  it("lists every term with its usage, retired ones too", async () => {
    const all = await admin.caller.taxonomy.listAll({ pageSize: 100 });
    const usage = Object.fromEntries(all.items.map((t) => [t.label + "/" + t.kind, t.usageCount]));
    expect(usage["Leren in de praktijk/theme"]).toBe(1);
    expect(usage["Toename stageplaatsen/result_area"]).toBe(1);
    // A domain is used by its areas.
    expect(usage["Onderwijs/result_domain"]).toBe(2);
    const byUsage = (await admin.caller.taxonomy.listAll({ kind: "theme", sort: "usageCount", direction: "desc" })).items;
    expect(byUsage[0]?.label).toBe("Leren in de praktijk");
  });

  it("retires a term in use: gone from the pickers, still on the pact; restoring brings it back", async () => {
    const term = (await admin.caller.taxonomy.listAll({ kind: "theme", search: "Leren in de praktijk" })).items[0]!;
    const retired = await admin.caller.taxonomy.retire({ id: term.id, version: term.version });
    expect(retired.retired).toBe(true);
    expect(await publicLabels("theme")).not.toContain("Leren in de praktijk");
    expect((await admin.caller.pact.getForEdit({ id: ids.pact! })).themes.map((t) => [t.label, t.retired])).toEqual([["Leren in de praktijk", true]]);
    expect((await admin.caller.taxonomy.listAll({ kind: "theme", retired: true })).items.map((t) => t.label)).toEqual(["Leren in de praktijk"]);
    const restored = await admin.caller.taxonomy.restore({ id: term.id, version: retired.version });
    expect(restored.retired).toBe(false);
    expect(await publicLabels("theme")).toContain("Leren in de praktijk");
  });

  it("deletes a term nothing uses, and refuses one in use with CONFLICT saying it can be retired", async () => {
    const unused = await admin.caller.taxonomy.create({ kind: "theme", label: "Tijdelijk thema" });
    expect(await admin.caller.taxonomy.delete({ id: unused.id, version: unused.version })).toEqual({ ok: true });
    expect((await admin.caller.taxonomy.listAll({ search: "Tijdelijk" })).total).toBe(0);

    const used = (await admin.caller.taxonomy.listAll({ kind: "result_area", search: "Toename" })).items[0]!;
    const error = await caught(admin.caller.taxonomy.delete({ id: used.id, version: used.version }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/in gebruik/);
    expect(error.message).toMatch(/niet meer in gebruik/);
    expect((await admin.caller.taxonomy.listAll({ search: "Toename" })).total).toBe(1);
  });

  it("answers NOT_FOUND for a term that does not exist", async () => {
    expect((await caught(admin.caller.taxonomy.retire({ id: "00000000-0000-4000-8000-000000000000", version: 1 }))).code).toBe("NOT_FOUND");
  });
});
