import { existingPactIds } from "@zorgpact/db/repositories/pact.repository";
import { deleteSessionsOfUser } from "@zorgpact/db/repositories/session.repository";
import { emailTaken, findUser, insertUser, replaceScopes, setPasswordHash, updateUser } from "@zorgpact/db/repositories/user.repository";
import type { User, UserCreateInput, UserUpdateInput } from "@zorgpact/domain/account";
import { changedFields } from "@zorgpact/domain/audit";
import type { AuditNote } from "../audit.ts";
import type { Context } from "../context.ts";
import { fieldError, notFound, staleVersion } from "../errors.ts";
import { assertAcceptablePassword } from "./auth.service.ts";
import { hashPassword } from "./password.ts";

type AdminContext = Context & { audit: AuditNote };

const USER_NOT_FOUND = "Deze gebruiker bestaat niet.";

function auditable(user: User) {
  return { email: user.email, name: user.name, role: user.role, pactIds: user.pactIds, active: user.active };
}

async function assertPactsExist(ctx: AdminContext, pactIds: readonly string[]) {
  if (pactIds.length === 0) return;
  const found = await existingPactIds(ctx.db, pactIds);
  if (found.size !== new Set(pactIds).size) throw fieldError("pactIds", "Een of meer gekozen zorgpacten bestaan niet.");
}

export async function createUser(ctx: AdminContext, input: UserCreateInput): Promise<User> {
  ctx.audit.objectType = "user";
  assertAcceptablePassword("password", input.password);
  if (await emailTaken(ctx.db, input.email)) throw fieldError("email", "Er is al een gebruiker met dit e-mailadres.");
  await assertPactsExist(ctx, input.pactIds);
  const passwordHash = await hashPassword(input.password);
  const id = await ctx.db.transaction().execute((trx) => insertUser(trx, { ...input, pactIds: input.role === "national_admin" ? [] : input.pactIds, passwordHash }));
  const user = (await findUser(ctx.db, id))!;
  ctx.audit.objectId = id;
  ctx.audit.changes = { after: auditable(user) };
  return user;
}

export async function updateUserDetails(ctx: AdminContext, input: UserUpdateInput): Promise<User> {
  ctx.audit.objectType = "user";
  ctx.audit.objectId = input.id;
  const before = await findUser(ctx.db, input.id);
  if (!before) throw notFound(USER_NOT_FOUND);
  if (await emailTaken(ctx.db, input.email, input.id)) throw fieldError("email", "Er is al een gebruiker met dit e-mailadres.");
  await assertPactsExist(ctx, input.pactIds);
  if (input.id === ctx.session?.userId && input.role !== before.role) {
    throw fieldError("role", "Je kunt je eigen rol niet wijzigen; vraag een collega van het landelijke team.");
  }
  const pactIds = input.role === "national_admin" ? [] : input.pactIds;
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await updateUser(trx, input.id, input.version, { email: input.email, name: input.name, role: input.role });
    if (!updated) throw staleVersion();
    await replaceScopes(trx, input.id, pactIds);
    // New rights take effect at the next login; sessions with old scopes end now.
    if (input.role !== before.role || pactIds.join() !== before.pactIds.join()) await deleteSessionsOfUser(trx, input.id);
  });
  const after = (await findUser(ctx.db, input.id))!;
  ctx.audit.changes = changedFields(auditable(before), auditable(after));
  return after;
}

export async function setUserActive(ctx: AdminContext, input: { id: string; active: boolean; version: number }): Promise<User> {
  ctx.audit.objectType = "user";
  ctx.audit.objectId = input.id;
  const before = await findUser(ctx.db, input.id);
  if (!before) throw notFound(USER_NOT_FOUND);
  if (input.id === ctx.session?.userId && !input.active) throw fieldError("active", "Je kunt je eigen account niet uitschakelen.");
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateUser(trx, input.id, input.version, { active: input.active }))) throw staleVersion();
    // Disabling ends every session at once.
    if (!input.active) await deleteSessionsOfUser(trx, input.id);
  });
  const after = (await findUser(ctx.db, input.id))!;
  ctx.audit.changes = changedFields(auditable(before), auditable(after));
  return after;
}

export async function resetPassword(ctx: AdminContext, input: { id: string; newPassword: string }): Promise<void> {
  ctx.audit.objectType = "user";
  ctx.audit.objectId = input.id;
  if (!(await findUser(ctx.db, input.id))) throw notFound(USER_NOT_FOUND);
  assertAcceptablePassword("newPassword", input.newPassword);
  const hash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, input.id, hash);
    await deleteSessionsOfUser(trx, input.id);
  });
  ctx.audit.changes = { after: { password: "opnieuw ingesteld" } };
}
