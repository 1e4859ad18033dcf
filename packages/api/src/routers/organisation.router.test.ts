import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertOrganisation, insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { signedInCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
let admin: Awaited<ReturnType<typeof signedInCaller>>;
let editor: Awaited<ReturnType<typeof signedInCaller>>;

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  const pact = await insertPact(db, { name: "Zorgpact Noord" });
  const archived = await insertPact(db, { name: "Oud pact", archivedAt: new Date().toISOString() });
  const tinten = await insertOrganisation(db, { name: "Tinten Welzijnsgroep", sector: "care_welfare", place: "Groningen" });
  await insertOrganisation(db, { name: "Hanzehogeschool Groningen", sector: "education", level: "hbo", place: "Groningen" });
  await insertOrganisation(db, { name: "ROC Tilburg", sector: "education", level: "mbo", place: "Tilburg" });
  await insertOrganisation(db, { name: "Gemeente Rotterdam", sector: "government", level: "gemeente", place: "Rotterdam" });
  await db
    .insertInto("pactParticipants")
    .values([
      { pactId: pact, organisationId: tinten, role: "lead" },
      { pactId: archived, organisationId: tinten, role: "partner" },
    ])
    .execute();
  admin = await signedInCaller(db, "national_admin");
  editor = await signedInCaller(db, "regional_editor", [pact]);
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

describe("organisation.list", () => {
  it("searches name and place, filters on sector, and counts the pacts in use each takes part in", async () => {
    const names = async (input: object) => (await editor.caller.organisation.list(input)).items.map((o) => o.name);
    expect(await names({ search: "groningen" })).toEqual(["Hanzehogeschool Groningen", "Tinten Welzijnsgroep"]);
    expect(await names({ sector: "education" })).toEqual(["Hanzehogeschool Groningen", "ROC Tilburg"]);
    const tinten = (await editor.caller.organisation.list({ search: "Tinten" })).items[0];
    expect(tinten).toMatchObject({ sector: "care_welfare", place: "Groningen", pactCount: 1, version: 1 });
  });

  it("sorts either way and pages with a total", async () => {
    const byPlaceDesc = await editor.caller.organisation.list({ sort: "place", direction: "desc" });
    expect(byPlaceDesc.items.map((o) => o.place)).toEqual(["Tilburg", "Rotterdam", "Groningen", "Groningen"]);
    const second = await editor.caller.organisation.list({ page: 2, pageSize: 3 });
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.items.map((o) => o.name)).toEqual(["Tinten Welzijnsgroep"]);
  });
});

describe("organisation.create", () => {
  it("lets an editor add an organisation to the registry", async () => {
    const created = await editor.caller.organisation.create({ name: "Graafschapcollege", sector: "education", level: "mbo", place: "Doetinchem" });
    expect(created).toMatchObject({ name: "Graafschapcollege", level: "mbo", pactCount: 0, version: 1 });
  });

  it("catches a duplicate by name in any letter case, naming the organisation that exists", async () => {
    const error = await caught(editor.caller.organisation.create({ name: "tinten welzijnsgroep", sector: "care_welfare" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldOf(error)).toBe("name");
    expect(error.message).toMatch(/Tinten Welzijnsgroep \(Groningen\)/);
  });

  it("needs a level that fits the sector", async () => {
    expect(fieldOf(await caught(editor.caller.organisation.create({ name: "Gemeente Zwolle", sector: "government", level: "hbo" })))).toBe("level");
  });
});

describe("organisation.update", () => {
  it("lets the national team change an organisation with its version; a stale version is CONFLICT", async () => {
    const roc = (await admin.caller.organisation.list({ search: "ROC Tilburg" })).items[0]!;
    const updated = await admin.caller.organisation.update({
      id: roc.id,
      version: roc.version,
      name: "ROC Tilburg",
      sector: "education",
      level: "mbo",
      place: "Tilburg-Noord",
    });
    expect(updated).toMatchObject({ place: "Tilburg-Noord", version: roc.version + 1 });
    const stale = await caught(
      admin.caller.organisation.update({ id: roc.id, version: roc.version, name: "ROC Tilburg", sector: "education", level: "mbo", place: "Tilburg" }),
    );
    expect(stale.code).toBe("CONFLICT");
  });

  it("refuses renaming to the name of another organisation", async () => {
    const roc = (await admin.caller.organisation.list({ search: "ROC Tilburg" })).items[0]!;
    const error = await caught(
      admin.caller.organisation.update({ id: roc.id, version: roc.version, name: "Gemeente Rotterdam", sector: "education", level: "mbo", place: null }),
    );
    expect(fieldOf(error)).toBe("name");
  });

  it("answers NOT_FOUND for an organisation that does not exist", async () => {
    const error = await caught(admin.caller.organisation.update({ id: "00000000-0000-4000-8000-000000000000", version: 1, name: "Niemand", sector: "other" }));
    expect(error.code).toBe("NOT_FOUND");
  });
});
