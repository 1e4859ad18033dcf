import { emailTaken, insertUser } from "@zorgpact/db/repositories/user.repository";
import type { Db } from "@zorgpact/db/database";
import { hashPassword } from "./password.ts";

export const DEMO_ADMIN_EMAIL = "beheer@demo.zorgpact.nl";
export const DEMO_EDITOR_EMAIL = "redacteur.noord@demo.zorgpact.nl";

/**
 * The two demo accounts, for local use only: never part of a production seed. Added once; an
 * existing account with the same address is left alone.
 */
export async function seedDemoUsers(db: Db, password: string): Promise<void> {
  const noord = await db.selectFrom("pacts").select("id").where("slug", "=", "zorgpact-noord").executeTakeFirst();
  const accounts = [
    { email: DEMO_ADMIN_EMAIL, name: "Landelijk team (demo)", role: "national_admin" as const, pactIds: [] },
    { email: DEMO_EDITOR_EMAIL, name: "Redacteur Zorgpact Noord (demo)", role: "regional_editor" as const, pactIds: noord ? [noord.id] : [] },
  ];
  // Hashed only when an account is missing: scrypt is deliberately slow, and every start passes here.
  let hash: string | undefined;
  for (const account of accounts) {
    if (await emailTaken(db, account.email)) continue;
    hash ??= await hashPassword(password);
    await insertUser(db, { ...account, passwordHash: hash });
  }
}
