import { loadMe } from "@zorgpact/db/repositories/user.repository";
import { loginInputSchema, meSchema, passwordChangeInputSchema } from "@zorgpact/domain/account";
import { z } from "zod";
import { changeOwnPassword, login, logout, logoutEverywhere } from "../services/auth.service.ts";
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
});
