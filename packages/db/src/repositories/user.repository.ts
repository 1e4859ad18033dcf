import type { Me, Role, User } from "@zorgpact/domain/account";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database>;

const userColumns = ["users.id", "users.email", "users.name", "users.role", "users.active", "users.version", "users.lastLoginAt"] as const;

async function withScopes<T extends { id: string; role: Role }>(db: Executor, rows: T[]): Promise<(T & { pactIds: string[] })[]> {
  const ids = rows.map((r) => r.id);
  const scopes = ids.length ? await db.selectFrom("userPactScopes").select(["userId", "pactId"]).where("userId", "in", ids).execute() : [];
  return rows.map((row) => ({
    ...row,
    pactIds: scopes
      .filter((s) => s.userId === row.id)
      .map((s) => s.pactId)
      .sort(),
  }));
}

export async function listUsers(db: Executor): Promise<User[]> {
  const rows = await db.selectFrom("users").select(userColumns).orderBy("users.name").execute();
  return withScopes(db, rows);
}

export async function findUser(db: Executor, id: string): Promise<User | undefined> {
  const row = await db.selectFrom("users").select(userColumns).where("id", "=", id).executeTakeFirst();
  return row ? (await withScopes(db, [row]))[0] : undefined;
}

export async function findUserForLogin(db: Executor, email: string) {
  return db
    .selectFrom("users")
    .select(["id", "email", "passwordHash", "active"])
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()))
    .executeTakeFirst();
}

export async function findPasswordHash(db: Executor, userId: string): Promise<string | undefined> {
  return (await db.selectFrom("users").select("passwordHash").where("id", "=", userId).executeTakeFirst())?.passwordHash;
}

export async function emailTaken(db: Executor, email: string, exceptUserId?: string): Promise<boolean> {
  let query = db
    .selectFrom("users")
    .select("id")
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()));
  if (exceptUserId) query = query.where("id", "<>", exceptUserId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertUser(
  db: Executor,
  user: { email: string; name: string; role: Role; passwordHash: string; pactIds: readonly string[] },
): Promise<string> {
  const { id } = await db
    .insertInto("users")
    .values({ email: user.email, name: user.name, role: user.role, passwordHash: user.passwordHash })
    .returning("id")
    .executeTakeFirstOrThrow();
  await replaceScopes(db, id, user.pactIds);
  return id;
}

/** Updates when the stored version matches; returns false on a stale version. */
export async function updateUser(
  db: Executor,
  id: string,
  version: number,
  fields: Partial<{ email: string; name: string; role: Role; active: boolean; passwordHash: string }>,
): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: new Date().toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setPasswordHash(db: Executor, id: string, passwordHash: string): Promise<void> {
  await db
    .updateTable("users")
    .set((eb) => ({ passwordHash, version: eb("version", "+", 1), updatedAt: new Date().toISOString() }))
    .where("id", "=", id)
    .execute();
}

export async function replaceScopes(db: Executor, userId: string, pactIds: readonly string[]): Promise<void> {
  await db.deleteFrom("userPactScopes").where("userId", "=", userId).execute();
  if (pactIds.length) {
    await db
      .insertInto("userPactScopes")
      .values([...new Set(pactIds)].map((pactId) => ({ userId, pactId })))
      .execute();
  }
}

export async function recordLogin(db: Executor, userId: string, at: Date): Promise<void> {
  await db.updateTable("users").set({ lastLoginAt: at.toISOString() }).where("id", "=", userId).execute();
}

export async function loadMe(db: Executor, userId: string): Promise<Me | undefined> {
  const user = await findUser(db, userId);
  if (!user) return undefined;
  const pacts =
    user.pactIds.length === 0
      ? []
      : await db.selectFrom("pacts").select(["id", "name", "slug"]).where("id", "in", user.pactIds).where("archivedAt", "is", null).orderBy("name").execute();
  return { id: user.id, email: user.email, name: user.name, role: user.role, pacts };
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
