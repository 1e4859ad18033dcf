import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { publicCaller, signedInCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
let admin: Awaited<ReturnType<typeof signedInCaller>>;

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  const noord = await db
    .insertInto("regions")
    .values({ name: "Noord", provinces: ["Groningen", "Friesland", "Drenthe"], latitude: 53.2, longitude: 6.6 })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("regions")
    .values({ name: "Rijnmond", provinces: ["Zuid-Holland"], latitude: 51.9, longitude: 4.5 })
    .execute();
  await insertPact(db, { name: "Zorgpact Noord", regionId: noord.id });
  await insertPact(db, { name: "Koploper Noord", kind: "front_runner", admissionStatus: "admitted", regionId: noord.id });
  await insertPact(db, { name: "Concept Noord", publicationStatus: "draft", regionId: noord.id });
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

const fieldsOf = (error: TRPCError) => (error.cause instanceof ZodError ? error.cause.issues.map((i) => i.path[0]) : []);

describe("region.list", () => {
  it("gives everyone each region's provinces, map point and number of published pacts", async () => {
    const list = await publicCaller(handle.db).region.list({});
    expect(list.items.map(({ name, provinces, latitude, longitude, pactCount }) => ({ name, provinces, latitude, longitude, pactCount }))).toEqual([
      { name: "Noord", provinces: ["Groningen", "Friesland", "Drenthe"], latitude: 53.2, longitude: 6.6, pactCount: 2 },
      { name: "Rijnmond", provinces: ["Zuid-Holland"], latitude: 51.9, longitude: 4.5, pactCount: 0 },
    ]);
    expect(list).toMatchObject({ total: 2, pageSize: 100 });
  });

  it("filters on province and name, and sorts on the number of pacts", async () => {
    const names = async (input: object) => (await publicCaller(handle.db).region.list(input)).items.map((r) => r.name);
    expect(await names({ province: "Zuid-Holland" })).toEqual(["Rijnmond"]);
    expect(await names({ search: "noo" })).toEqual(["Noord"]);
    expect(await names({ sort: "pactCount", direction: "asc" })).toEqual(["Rijnmond", "Noord"]);
  });
});

describe("region.create and region.update", () => {
  it("lets the national team add a region and change it with its version", async () => {
    const created = await admin.caller.region.create({ name: "Twente", provinces: ["Overijssel"], latitude: 52.3, longitude: 6.8 });
    expect(created).toMatchObject({ name: "Twente", version: 1, pactCount: 0 });
    const updated = await admin.caller.region.update({
      id: created.id,
      version: 1,
      name: "Twente en Achterhoek",
      provinces: ["Overijssel", "Gelderland"],
      latitude: 52.2,
      longitude: 6.7,
    });
    expect(updated).toMatchObject({ name: "Twente en Achterhoek", provinces: ["Overijssel", "Gelderland"], version: 2 });
    const stale = await caught(
      admin.caller.region.update({ id: created.id, version: 1, name: "Twente", provinces: ["Overijssel"], latitude: 52.3, longitude: 6.8 }),
    );
    expect(stale.code).toBe("CONFLICT");
  });

  it("refuses a duplicate name and a map point outside the Netherlands, naming the fields", async () => {
    const duplicate = await caught(admin.caller.region.create({ name: "noord", provinces: ["Groningen"], latitude: 53, longitude: 6 }));
    expect(fieldsOf(duplicate)).toEqual(["name"]);
    const swapped = await caught(admin.caller.region.create({ name: "Zeeland", provinces: ["Zeeland"], latitude: 3.8, longitude: 51.5 }));
    expect(swapped.code).toBe("BAD_REQUEST");
    expect(fieldsOf(swapped)).toEqual(["latitude", "longitude"]);
    expect(swapped.message).toMatch(/niet in Nederland/);
  });
});
