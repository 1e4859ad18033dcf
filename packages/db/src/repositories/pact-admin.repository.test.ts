import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { insertOrganisation, insertPact } from "../test/fixtures.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { loadPactCollections, replaceGovernance, uniqueSlug, updatePactRow } from "./pact-admin.repository.ts";
import { setLead } from "./partner.repository.ts";
import { getPact, listManagedPacts } from "./pact.repository.ts";
import { EVERYTHING } from "./visibility.ts";

let handle: DatabaseHandle;
const managed = { page: 1, pageSize: 20, archived: false, sort: "name", direction: "asc" } as const;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe("pact administration in the database", () => {
  it("finds the first free slug", async () => {
    await insertPact(handle.db, { slug: "zorgpact-oost" });
    await insertPact(handle.db, { slug: "zorgpact-oost-2" });
    expect(await uniqueSlug(handle.db, "zorgpact-oost")).toBe("zorgpact-oost-3");
    expect(await uniqueSlug(handle.db, "zorgpact-west")).toBe("zorgpact-west");
  });

  it("updates only with the current version and moves the version on", async () => {
    const id = await insertPact(handle.db);
    expect(await updatePactRow(handle.db, id, 2, { name: "Te laat" }, new Date())).toBe(false);
    expect(await updatePactRow(handle.db, id, 1, { name: "Op tijd" }, new Date())).toBe(true);
    expect(await handle.db.selectFrom("pacts").select(["name", "version"]).where("id", "=", id).executeTakeFirst()).toEqual({ name: "Op tijd", version: 2 });
  });

  it("stores governance items that are marked, and reads every item back", async () => {
    const id = await insertPact(handle.db, { slug: "governance-pact" });
    await replaceGovernance(handle.db, id, [
      { itemKey: "regional_vision", now: true, inFiveYears: true },
      { itemKey: "lifelong_learning", now: false, inFiveYears: false },
    ]);
    expect((await loadPactCollections(handle.db, id)).governance).toEqual([{ itemKey: "regional_vision", now: true, inFiveYears: true }]);
    const detail = await getPact(handle.db, { id }, EVERYTHING);
    expect(detail?.governance).toHaveLength(8);
  });

  it("keeps one lead per pact: a new lead makes the former one a partner, and the database refuses two", async () => {
    const id = await insertPact(handle.db);
    const [first, second] = [await insertOrganisation(handle.db), await insertOrganisation(handle.db)];
    await setLead(handle.db, id, first);
    await setLead(handle.db, id, second);
    const roles = await handle.db.selectFrom("pactParticipants").select(["organisationId", "role"]).where("pactId", "=", id).orderBy("role").execute();
    expect(roles).toEqual([
      { organisationId: second, role: "lead" },
      { organisationId: first, role: "partner" },
    ]);
    await expect(handle.db.updateTable("pactParticipants").set({ role: "lead" }).where("organisationId", "=", first).execute()).rejects.toThrow();
  });

  it("refuses follow-up values the domain does not know", async () => {
    // The types already refuse these; the database must too, for anything that bypasses them.
    // @ts-expect-error not a challenge the domain knows
    await expect(insertPact(handle.db, { kind: "front_runner", admissionStatus: "admitted", challenges: ["weather"] })).rejects.toThrow();
    // @ts-expect-error not an adoption the domain knows
    await expect(insertPact(handle.db, { kind: "front_runner", admissionStatus: "admitted", adoption: "maybe" })).rejects.toThrow();
  });

  it("lists archived pacts only when asked, and sorts by last change", async () => {
    const old = await insertPact(handle.db, { name: "AAA gearchiveerd", archivedAt: new Date().toISOString() });
    const names = async (input: object) => (await listManagedPacts(handle.db, { ...managed, pageSize: 100, ...input }, { all: true })).items.map((p) => p.name);
    expect(await names({})).not.toContain("AAA gearchiveerd");
    expect(await names({ archived: true })).toEqual(["AAA gearchiveerd"]);
    await updatePactRow(handle.db, old, 1, { archivedAt: null }, new Date(Date.now() + 60_000));
    expect((await names({ sort: "updatedAt", direction: "desc" }))[0]).toBe("AAA gearchiveerd");
  });
});
