import { z } from "zod";
import { emailSchema, passwordSchema, roleSchema, userSchema } from "./account.ts";
import { idSchema, text } from "./common.ts";
import { THROTTLE_WINDOW_MINUTES } from "./session.ts";

/**
 * One-time links sent by e-mail (issue 13): an invitation lets a new user set a first password,
 * a reset lets anyone who holds the mailbox set a new one. The link carries a random token; the
 * database keeps only its hash. A link works once, until it expires, and only while it is the
 * newest of its kind for that user.
 */
export const accountTokenPurposes = ["invitation", "password_reset"] as const;
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];

export const INVITATION_VALID_DAYS = 7;
export const RESET_VALID_MINUTES = 60;

export function tokenExpiresAt(purpose: AccountTokenPurpose, now: Date): Date {
  const ms = purpose === "invitation" ? INVITATION_VALID_DAYS * 24 * 60 * 60_000 : RESET_VALID_MINUTES * 60_000;
  return new Date(now.getTime() + ms);
}

export type AccountTokenState = "valid" | "used" | "revoked" | "expired" | "unknown";

/** What a stored token allows at `now`; `undefined` is a token that was never issued. */
export function accountTokenState(token: { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null } | undefined, now: Date): AccountTokenState {
  if (!token) return "unknown";
  if (token.usedAt) return "used";
  if (token.revokedAt) return "revoked";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** The Dutch reason a link no longer works, for the set-password page. */
export function tokenRefusal(state: Exclude<AccountTokenState, "valid">): string {
  switch (state) {
    case "used":
      return "Deze link is al gebruikt. Een link werkt maar één keer. Vraag via 'Wachtwoord vergeten?' een nieuwe aan.";
    case "revoked":
      return "Deze link is vervangen door een nieuwere. Gebruik de link uit de laatste e-mail, of vraag via 'Wachtwoord vergeten?' een nieuwe aan.";
    case "expired":
      return "Deze link is verlopen. Vraag via 'Wachtwoord vergeten?' een nieuwe aan, of vraag het landelijke team om een nieuwe uitnodiging.";
    case "unknown":
      return "Deze link is ongeldig. Controleer of je de hele link uit de e-mail hebt gebruikt.";
  }
}

/** The token as it appears in a link: 32 random bytes in base64url. */
export const accountTokenSchema = z
  .string()
  .trim()
  .min(1, { error: "Deze link is onvolledig. Gebruik de hele link uit de e-mail." })
  .max(100, { error: "Deze link is ongeldig." })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "Deze link is ongeldig." });

export const invitationInputSchema = z
  .object({
    email: emailSchema,
    name: text({ min: 2, max: 120, minMessage: "Vul een naam in van minstens 2 tekens." }),
    role: roleSchema,
    pactIds: z.array(idSchema).max(200).default([]),
  })
  .superRefine((user, ctx) => {
    if (user.role === "regional_editor" && user.pactIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["pactIds"], message: "Een regioredacteur hoort bij minstens één zorgpact." });
    }
  });
export type InvitationInput = z.infer<typeof invitationInputSchema>;

export const resendInvitationInputSchema = z.object({ id: idSchema });

export const passwordResetRequestSchema = z.object({ email: emailSchema });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

export const checkAccountTokenInputSchema = z.object({ token: accountTokenSchema });

export const setPasswordWithTokenInputSchema = z.object({ token: accountTokenSchema, newPassword: passwordSchema });
export type SetPasswordWithTokenInput = z.infer<typeof setPasswordWithTokenInputSchema>;

/** What the set-password page may know about a link before the password is typed. */
export const accountTokenInfoSchema = z.discriminatedUnion("valid", [
  z.object({ valid: z.literal(true), purpose: z.enum(accountTokenPurposes), email: z.string(), name: z.string() }),
  z.object({ valid: z.literal(false), reason: z.string() }),
]);
export type AccountTokenInfo = z.infer<typeof accountTokenInfoSchema>;

/** The same answer whether or not the address has an account. */
export const PASSWORD_RESET_REQUESTED =
  "Als dit e-mailadres bij een account hoort, ontvang je binnen een paar minuten een e-mail met een link om een nieuw wachtwoord in te stellen. De link is een uur geldig.";

/** A user as the national team's list shows it: with the state of a pending invitation. */
export const userWithInvitationSchema = userSchema.extend({
  /** Set while the user has not yet used an invitation: when its link expires (ISO). */
  invitationExpiresAt: z.string().nullable(),
});
export type UserWithInvitation = z.infer<typeof userWithInvitationSchema>;

/** Password-reset throttling: requests per address and per IP within the window. */
export const RESET_WINDOW_MINUTES = THROTTLE_WINDOW_MINUTES;
export const RESET_PER_ADDRESS = 3;
export const RESET_PER_IP = 10;
