import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertRegion } from "@zorgpact/db/repositories/region.repository";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { RegionFields } from "@zorgpact/domain/region";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyAuditNote } from "../audit.ts";
import { createContextInner } from "../context.ts";
import { fieldError, notFound } from "../errors.ts";
import { signedInCaller } from "../test/caller.ts";
import { mutate, noteRecord, type ServiceContext, type Trx } from "./context.ts";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

async function serviceContext(action: string): Promise<ServiceContext> {
  return { ...(await createContextInner({ db: handle.db })), audit: emptyAuditNote(action) };
}

const UNKNOWN_PACT = "00000000-0000-4000-8000-000000000000";
const UNKNOWN_TERM = "00000000-0000-4000-8000-000000000001";
const region = (name: string): RegionFields => ({ name, provinces: ["Utrecht"], latitude: 52.1, longitude: 5.1 });
const regionsNamed = (name: string) => handle.db.selectFrom("regions").select("id").where("name", "=", name).execute();
const auditRows = (action: string) => handle.db.selectFrom("auditLog").selectAll().where("action", "=", action).execute();

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

describe("mutate", () => {
  it("commits the change and its audit row together, and says the row is written", async () => {
    const ctx = await serviceContext("test.together");
    const id = await mutate(ctx, async (trx) => {
      const id = await insertRegion(trx, region("Samen"));
      noteRecord(ctx, "region", id);
      ctx.audit.changes = { after: { name: "Samen" } };
      return id;
    });
    expect(ctx.audit.recorded).toBe(true);
    expect(await regionsNamed("Samen")).toEqual([{ id }]);
    expect(await auditRows("test.together")).toMatchObject([{ result: "ok", objectType: "region", objectId: id, changes: { after: { name: "Samen" } } }]);
  });

  it.each([
    ["a lone surrogate", "\ud800"],
    ["a NUL character", "\u0000"],
  ])("does not make a change whose audit row cannot be written (%s in the changes)", async (_label, text) => {
    const action = `test.unauditable.${text.charCodeAt(0)}`;
    const name = `Niet vastgelegd ${text.charCodeAt(0)}`;
    const ctx = await serviceContext(action);
    // jsonb refuses both, so the audit insert fails after the region was written in the same transaction.
    ctx.audit.changes = { after: { name: `Regio ${text}` } };
    const error = await failure(mutate(ctx, (trx) => insertRegion(trx, region(name))));
    expect(error).toBeDefined();
    expect(ctx.audit.recorded).toBe(false);
    expect(await regionsNamed(name)).toEqual([]);
    expect(await auditRows(action)).toEqual([]);
  });

  it("turns a unique violation into the service's own error, naming the constraint, and CONFLICT otherwise", async () => {
    await insertRegion(handle.db, region("Dubbel"));
    const seen: (string | undefined)[] = [];
    const own = await failure(
      mutate(await serviceContext("test.duplicate.own"), (trx) => insertRegion(trx, region("Dubbel")), {
        onUniqueViolation: (constraint) => {
          seen.push(constraint);
          return fieldError("name", "Er is al een regio met deze naam.");
        },
      }),
    );
    expect(own).toBeInstanceOf(TRPCError);
    expect((own as TRPCError).code).toBe("BAD_REQUEST");
    expect(seen).toEqual(["regions_name_key"]);

    const general = await failure(mutate(await serviceContext("test.duplicate.general"), (trx) => insertRegion(trx, region("Dubbel"))));
    expect(general).toBeInstanceOf(TRPCError);
    expect((general as TRPCError).code).toBe("CONFLICT");
    expect(await regionsNamed("Dubbel")).toHaveLength(1);
  });

  it("turns a foreign-key violation into the service's own error, and CONFLICT otherwise", async () => {
    const orphanTheme = (trx: Trx) => trx.insertInto("pactThemes").values({ pactId: UNKNOWN_PACT, termId: UNKNOWN_TERM }).execute();
    const general = await failure(mutate(await serviceContext("test.orphan.general"), orphanTheme));
    expect((general as TRPCError).code).toBe("CONFLICT");
    const own = await failure(
      mutate(await serviceContext("test.orphan.own"), orphanTheme, { onForeignKeyViolation: () => notFound("Dit zorgpact bestaat niet.") }),
    );
    expect((own as TRPCError).code).toBe("NOT_FOUND");
  });

  it("passes a service's own refusal through unchanged, rolls back what was written before it, and leaves the row to the middleware", async () => {
    const ctx = await serviceContext("test.refused");
    const refusal = notFound("Deze regio bestaat niet.");
    const error = await failure(
      mutate(ctx, async (trx) => {
        await insertRegion(trx, region("Halverwege"));
        throw refusal;
      }),
    );
    expect(error).toBe(refusal);
    expect(ctx.audit.recorded).toBe(false);
    expect(await regionsNamed("Halverwege")).toEqual([]);
  });
});

describe("a procedure whose audit row cannot be written", () => {
  it("fails, and what it would have changed is not there", async () => {
    const admin = await signedInCaller(handle.db, "national_admin");
    // The audit log refuses this action's rows for the length of the test.
    await sql`alter table audit_log add constraint refuse_region_create check (action <> 'region.create') not valid`.execute(handle.db);
    try {
      const error = await failure(admin.caller.region.create(region("Zonder spoor")));
      expect(error).toBeInstanceOf(TRPCError);
      expect(await regionsNamed("Zonder spoor")).toEqual([]);
    } finally {
      await sql`alter table audit_log drop constraint refuse_region_create`.execute(handle.db);
    }
    // Once the audit log takes the row again, the same call goes through and is recorded.
    const created = await admin.caller.region.create(region("Zonder spoor"));
    expect(await auditRows("region.create")).toMatchObject([{ result: "ok", objectId: created.id }]);
  });
});
