import { loadMe } from "@zorgpact/db/repositories/user.repository";
import { loginInputSchema, meSchema, passwordChangeInputSchema } from "@zorgpact/domain/account";
import {
  accountTokenInfoSchema,
  checkAccountTokenInputSchema,
  passwordResetRequestSchema,
  setPasswordWithTokenInputSchema,
} from "@zorgpact/domain/account-token";
import { z } from "zod";
import { changeOwnPassword, login, logout, logoutEverywhere } from "../services/auth.service.ts";
import { checkAccountToken, requestPasswordReset, setPasswordWithToken } from "../services/password-reset.service.ts";
import { publicProcedure, router, signedInProcedure } from "../trpc.ts";

export const authRouter = router({
  login: publicProcedure
    .input(loginInputSchema)
    .output(meSchema)
    .mutation(({ ctx, input }) => login(ctx, input)),

  logout: publicProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    await logout(ctx);
    return { ok: true as const };
  }),

  logoutEverywhere: signedInProcedure.output(z.object({ endedSessions: z.number().int() })).mutation(async ({ ctx }) => ({
    endedSessions: await logoutEverywhere(ctx, ctx.session.userId),
  })),

  /** The signed-in user, or null with the reason a session ended (so the app can say why). */
  me: publicProcedure
    .output(z.object({ user: meSchema.nullable(), sessionEnded: z.enum(["idle_expired", "absolute_expired", "disabled"]).nullable() }))
    .query(async ({ ctx }) => ({
      user: ctx.session ? ((await loadMe(ctx.db, ctx.session.userId)) ?? null) : null,
      sessionEnded: ctx.sessionEnded,
    })),

  changePassword: signedInProcedure
    .input(passwordChangeInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await changeOwnPassword(ctx, ctx.session.userId, input.currentPassword, input.newPassword);
      return { ok: true as const };
    }),

  /** "Wachtwoord vergeten?": always the same answer, whether or not the address has an account. */
  requestPasswordReset: publicProcedure
    .input(passwordResetRequestSchema)
    .output(z.object({ message: z.string() }))
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, input)),

  // A mutation, not a query: the token travels in the request body, never in a URL that logs keep.
  checkAccountToken: publicProcedure
    .input(checkAccountTokenInputSchema)
    .output(accountTokenInfoSchema)
    .mutation(({ ctx, input }) => checkAccountToken(ctx, input)),

  /** Sets a password with the link from an invitation or reset e-mail, and logs the user in. */
  setPasswordWithToken: publicProcedure
    .input(setPasswordWithTokenInputSchema)
    .output(meSchema)
    .mutation(({ ctx, input }) => setPasswordWithToken(ctx, input)),
});
