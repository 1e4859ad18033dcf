import { PGlite } from "@electric-sql/pglite";
import { sql, type ColumnType, type ControlledTransaction, type Kysely } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPGliteKysely } from "./pglite-dialect.ts";

// The dialect itself, on PGlite whatever DATABASE_URL says: PostgreSQL goes through Kysely's own driver.
interface TestTables {
  items: { id: number; label: string; version: ColumnType<number, number | undefined, number> };
}

let db: Kysely<TestTables>;
beforeAll(async () => {
  db = createPGliteKysely<TestTables>(await PGlite.create("memory://"));
  await sql`create table items (id int primary key, label text not null, version int not null default 1)`.execute(db);
});
afterAll(() => db.destroy());
beforeEach(async () => {
  await sql`delete from items`.execute(db);
});

const labels = async () => (await db.selectFrom("items").select("label").orderBy("id").execute()).map((r) => r.label);

/** Fails instead of hanging when a promise never settles (the old dialect's behaviour on a self-deadlock). */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);
}

describe("PGlite dialect: transaction settings", () => {
  it("runs a read-only transaction that refuses to write", async () => {
    const attempt = db
      .transaction()
      .setAccessMode("read only")
      .execute((trx) => trx.insertInto("items").values({ id: 1, label: "a" }).execute());
    await expect(attempt).rejects.toMatchObject({ code: "25006" });
    expect(await labels()).toEqual([]);
  });

  it("runs a read-write transaction at the isolation level asked for", async () => {
    const level = await db
      .transaction()
      .setIsolationLevel("serializable")
      .setAccessMode("read write")
      .execute(async (trx) => {
        await trx.insertInto("items").values({ id: 1, label: "a" }).execute();
        return (await sql<{ level: string }>`select current_setting('transaction_isolation') as level`.execute(trx)).rows[0]?.level;
      });
    expect(level).toBe("serializable");
    expect(await labels()).toEqual(["a"]);
  });
});

describe("PGlite dialect: savepoints", () => {
  /** A controlled transaction, rolled back if the work fails so the one connection is free again. */
  async function inControlledTransaction(work: (trx: ControlledTransaction<TestTables>) => Promise<void>) {
    const trx = await db.startTransaction().execute();
    try {
      await work(trx);
      await trx.commit().execute();
    } catch (error) {
      await trx.rollback().execute();
      throw error;
    }
  }

  it("rolls back to a savepoint and keeps what came before and after it", async () => {
    await inControlledTransaction(async (trx) => {
      await trx.insertInto("items").values({ id: 1, label: "before" }).execute();
      const atSavepoint = await trx.savepoint('before "b"').execute();
      await atSavepoint.insertInto("items").values({ id: 2, label: "undone" }).execute();
      const rolledBack = await atSavepoint.rollbackToSavepoint('before "b"').execute();
      await rolledBack.insertInto("items").values({ id: 3, label: "after" }).execute();
    });
    expect(await labels()).toEqual(["before", "after"]);
  });

  it("releases a savepoint, keeping its work", async () => {
    await inControlledTransaction(async (trx) => {
      const atSavepoint = await trx.savepoint("sp").execute();
      await atSavepoint.insertInto("items").values({ id: 1, label: "kept" }).execute();
      await atSavepoint.releaseSavepoint("sp").execute();
    });
    expect(await labels()).toEqual(["kept"]);
  });
});

describe("PGlite dialect: affected rows", () => {
  beforeEach(async () => {
    await db
      .insertInto("items")
      .values([1, 2, 3].map((id) => ({ id, label: `item ${id}` })))
      .execute();
  });

  it("counts the rows of a `with … update` (0 would read as a version conflict)", async () => {
    const result = await db
      .with("chosen", (q) => q.selectFrom("items").select("id").where("id", "<=", 2))
      .updateTable("items")
      .set((eb) => ({ version: eb("version", "+", 1) }))
      .where("id", "in", (eb) => eb.selectFrom("chosen").select("id"))
      .executeTakeFirst();
    expect(result.numUpdatedRows).toBe(2n);
  });

  it("counts the rows of a `with … delete` and a `with … insert`", async () => {
    const deleted = await db
      .with("old", (q) => q.selectFrom("items").select("id").where("id", "=", 3))
      .deleteFrom("items")
      .where("id", "in", (eb) => eb.selectFrom("old").select("id"))
      .executeTakeFirst();
    expect(deleted.numDeletedRows).toBe(1n);
    const inserted = await db
      .with("next", (q) => q.selectFrom("items").select((eb) => eb(eb.fn.max("id"), "+", 10).as("id")))
      .insertInto("items")
      .columns(["id", "label"])
      .expression((eb) => eb.selectFrom("next").select(["id", sql.lit("copy").as("label")]))
      .executeTakeFirst();
    expect(inserted.numInsertedOrUpdatedRows).toBe(1n);
  });

  it("counts the rows of a plain update, and 0 when the version does not match", async () => {
    const match = await db.updateTable("items").set({ label: "x" }).where("id", "=", 1).where("version", "=", 1).executeTakeFirst();
    const stale = await db.updateTable("items").set({ label: "y" }).where("id", "=", 1).where("version", "=", 7).executeTakeFirst();
    expect([match.numUpdatedRows, stale.numUpdatedRows]).toEqual([1n, 0n]);
  });
});

describe("PGlite dialect: errors", () => {
  async function readFromATableThatIsMissing() {
    await sql`select * from no_such_table`.execute(db);
  }

  it("keeps the SQLSTATE and shows the calling code in the stack", async () => {
    const error = await readFromATableThatIsMissing().then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(error?.code).toBe("42P01");
    expect(error?.stack).toContain("readFromATableThatIsMissing");
  });

  it("fails a query on `db` inside its own open transaction at once, instead of waiting forever", async () => {
    const attempt = db.transaction().execute(async (trx) => {
      await trx.insertInto("items").values({ id: 1, label: "in trx" }).execute();
      await db.selectFrom("items").selectAll().execute();
    });
    await expect(within(5_000, attempt)).rejects.toThrow(/use trx inside a transaction/);
    // The transaction rolled back and gave the connection back.
    expect(await within(5_000, labels())).toEqual([]);
  });

  it("lets a query started beside a transaction (not inside it) wait its turn instead of failing", async () => {
    await within(
      5_000,
      Promise.all([
        db.transaction().execute(async (trx) => {
          await new Promise((resolve) => setTimeout(resolve, 50));
          await trx.insertInto("items").values({ id: 1, label: "committed first" }).execute();
        }),
        labels(),
      ]),
    );
    expect(await labels()).toEqual(["committed first"]);
  });
});
