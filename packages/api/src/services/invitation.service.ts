import { issueAccountToken, openInvitations } from "@zorgpact/db/repositories/account-token.repository";
import { emailTaken, insertUser, listUsers } from "@zorgpact/db/repositories/user.repository";
import { tokenExpiresAt, type InvitationInput, type UserWithInvitation } from "@zorgpact/domain/account-token";
import { randomBytes } from "node:crypto";
import type { Db } from "@zorgpact/db/database";
import { badRequest, fieldError } from "../errors.ts";
import { newAccountToken } from "./account-token.ts";
import { hashOrBusy } from "./auth.service.ts";
import { mutate, noteRecord, type ServiceContext, type Trx } from "./context.ts";
import { enqueueMail } from "./mail/outbox.ts";
import { invitationMail, setPasswordUrl } from "./mail/account-mail.ts";
import { assertPactsExist, auditable, EMAIL_RACE, EMAIL_TAKEN, existingUser } from "./user.service.ts";

/** The national team's list of users, each with the expiry of an invitation not yet used. */
export async function listUsersWithInvitations(db: Db): Promise<UserWithInvitation[]> {
  const [users, invitations] = await Promise.all([listUsers(db), openInvitations(db)]);
  return users.map((user) => ({ ...user, invitationExpiresAt: invitations.get(user.id) ?? null }));
}

async function withInvitation(trx: Trx, userId: string): Promise<UserWithInvitation> {
  const user = await existingUser(trx, userId);
  return { ...user, invitationExpiresAt: (await openInvitations(trx, [userId])).get(userId) ?? null };
}

/** Issues a fresh invitation link (older ones stop working) and puts its e-mail in the outbox. */
async function sendInvitation(ctx: ServiceContext, trx: Trx, user: { id: string; name: string; email: string }): Promise<void> {
  const now = ctx.now();
  const { token, tokenHash } = newAccountToken();
  const tokenId = await issueAccountToken(trx, {
    userId: user.id,
    purpose: "invitation",
    tokenHash,
    expiresAt: tokenExpiresAt("invitation", now),
    createdBy: ctx.session?.userId ?? null,
    at: now,
  });
  const inviter = ctx.session ? await existingUser(trx, ctx.session.userId) : null;
  const mail = invitationMail({ name: user.name, url: setPasswordUrl(token), invitedBy: inviter?.name ?? null });
  await enqueueMail(trx, { key: `invitation:${tokenId}`, topic: "invitation", to: user.email, ...mail });
}

/**
 * Creates an account without a usable password and mails its owner a link to choose one. The
 * stored hash is of 32 random bytes nobody knows: a login attempt is checked (and timed) like any
 * other and always fails, until the link sets a real password.
 */
export async function inviteUser(ctx: ServiceContext, input: InvitationInput): Promise<UserWithInvitation> {
  noteRecord(ctx, "user", null);
  const unusableHash = await hashOrBusy(randomBytes(32).toString("base64"));
  return mutate(
    ctx,
    async (trx) => {
      if (await emailTaken(trx, input.email)) throw fieldError("email", EMAIL_TAKEN);
      await assertPactsExist(trx, input.pactIds);
      const id = await insertUser(trx, { ...input, pactIds: input.role === "national_admin" ? [] : input.pactIds, passwordHash: unusableHash });
      await sendInvitation(ctx, trx, { id, name: input.name, email: input.email });
      const user = await withInvitation(trx, id);
      ctx.audit.objectId = id;
      ctx.audit.changes = { after: { ...auditable(user), invitation: "verstuurd" } };
      return user;
    },
    EMAIL_RACE,
  );
}

/** A new invitation e-mail for a user who has not yet used theirs; the earlier link stops working. */
export async function resendInvitation(ctx: ServiceContext, input: { id: string }): Promise<UserWithInvitation> {
  noteRecord(ctx, "user", input.id);
  return mutate(ctx, async (trx) => {
    const user = await existingUser(trx, input.id);
    const open = await openInvitations(trx, [user.id]);
    if (!open.has(user.id)) throw badRequest("Deze gebruiker heeft al een wachtwoord ingesteld; een uitnodiging is niet meer nodig.");
    if (!user.active) throw badRequest("Dit account is uitgeschakeld. Schakel het eerst in en stuur dan de uitnodiging opnieuw.");
    await sendInvitation(ctx, trx, user);
    ctx.audit.changes = { after: { invitation: "opnieuw verstuurd" } };
    return withInvitation(trx, user.id);
  });
}
