import { revokeOpenTokens } from "@zorgpact/db/repositories/account-token.repository";
import { existingPactIds } from "@zorgpact/db/repositories/pact.repository";
import { deleteSessionsOfUser } from "@zorgpact/db/repositories/session.repository";
import { emailTaken, findUser, insertUser, replaceScopes, setPasswordHash, updateUser } from "@zorgpact/db/repositories/user.repository";
import type { User, UserCreateInput, UserUpdateInput } from "@zorgpact/domain/account";
import { changedFields } from "@zorgpact/domain/audit";
import { fieldError, notFound, staleVersion } from "../errors.ts";
import { assertAcceptablePassword } from "./auth.service.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { hashPassword } from "./password.ts";

const USER_NOT_FOUND = "Deze gebruiker bestaat niet.";
export const EMAIL_TAKEN = "Er is al een gebruiker met dit e-mailadres.";

/** Two accounts with one address saved at the same moment: the unique index decides. */
export const EMAIL_RACE = { onUniqueViolation: () => fieldError("email", EMAIL_TAKEN) };

export function auditable(user: User) {
  return { email: user.email, name: user.name, role: user.role, pactIds: user.pactIds, active: user.active };
}

export async function assertPactsExist(db: Executor, pactIds: readonly string[]): Promise<void> {
  if (pactIds.length === 0) return;
  const found = await existingPactIds(db, pactIds);
  if (found.size !== new Set(pactIds).size) throw fieldError("pactIds", "Een of meer gekozen zorgpacten bestaan niet.");
}

export async function existingUser(db: Executor, id: string): Promise<User> {
  const user = await findUser(db, id);
  if (!user) throw notFound(USER_NOT_FOUND);
  return user;
}

export async function createUser(ctx: ServiceContext, input: UserCreateInput): Promise<User> {
  noteRecord(ctx, "user", null);
  assertAcceptablePassword("password", input.password);
  // Hashing is slow on purpose: it happens before the transaction, never inside it.
  const passwordHash = await hashPassword(input.password);
  return mutate(
    ctx,
    async (trx) => {
      if (await emailTaken(trx, input.email)) throw fieldError("email", EMAIL_TAKEN);
      await assertPactsExist(trx, input.pactIds);
      const id = await insertUser(trx, { ...input, pactIds: input.role === "national_admin" ? [] : input.pactIds, passwordHash });
      const user = await existingUser(trx, id);
      ctx.audit.objectId = id;
      ctx.audit.changes = { after: auditable(user) };
      return user;
    },
    EMAIL_RACE,
  );
}

export async function updateUserDetails(ctx: ServiceContext, input: UserUpdateInput): Promise<User> {
  noteRecord(ctx, "user", input.id);
  const pactIds = input.role === "national_admin" ? [] : input.pactIds;
  return mutate(
    ctx,
    async (trx) => {
      const before = await existingUser(trx, input.id);
      if (await emailTaken(trx, input.email, input.id)) throw fieldError("email", EMAIL_TAKEN);
      await assertPactsExist(trx, input.pactIds);
      if (input.id === ctx.session?.userId && input.role !== before.role) {
        throw fieldError("role", "Je kunt je eigen rol niet wijzigen; vraag een collega van het landelijke team.");
      }
      if (!(await updateUser(trx, input.id, input.version, { email: input.email, name: input.name, role: input.role }))) throw staleVersion();
      await replaceScopes(trx, input.id, pactIds);
      // New rights take effect at the next login; sessions with old scopes end now.
      if (input.role !== before.role || pactIds.join() !== before.pactIds.join()) await deleteSessionsOfUser(trx, input.id);
      const after = await existingUser(trx, input.id);
      ctx.audit.changes = changedFields(auditable(before), auditable(after));
      return after;
    },
    EMAIL_RACE,
  );
}

export async function setUserActive(ctx: ServiceContext, input: { id: string; active: boolean; version: number }): Promise<User> {
  noteRecord(ctx, "user", input.id);
  if (input.id === ctx.session?.userId && !input.active) throw fieldError("active", "Je kunt je eigen account niet uitschakelen.");
  return mutate(ctx, async (trx) => {
    const before = await existingUser(trx, input.id);
    if (!(await updateUser(trx, input.id, input.version, { active: input.active }))) throw staleVersion();
    // Disabling ends every session at once.
    if (!input.active) await deleteSessionsOfUser(trx, input.id);
    const after = await existingUser(trx, input.id);
    ctx.audit.changes = changedFields(auditable(before), auditable(after));
    return after;
  });
}

export async function resetPassword(ctx: ServiceContext, input: { id: string; newPassword: string }): Promise<void> {
  noteRecord(ctx, "user", input.id);
  assertAcceptablePassword("newPassword", input.newPassword);
  const hash = await hashPassword(input.newPassword);
  await mutate(ctx, async (trx) => {
    await existingUser(trx, input.id);
    await setPasswordHash(trx, input.id, hash);
    await deleteSessionsOfUser(trx, input.id);
    // A password set by the national team replaces any invitation or reset link still open.
    await revokeOpenTokens(trx, input.id, ctx.now());
    ctx.audit.changes = { after: { password: "opnieuw ingesteld" } };
  });
}
