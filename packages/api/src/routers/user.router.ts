import { listUsers } from "@zorgpact/db/repositories/user.repository";
import { passwordSchema, userCreateInputSchema, userSchema, userSetActiveInputSchema, userUpdateInputSchema } from "@zorgpact/domain/account";
import { idSchema } from "@zorgpact/domain/common";
import { z } from "zod";
import { createUser, resetPassword, setUserActive, updateUserDetails } from "../services/user.service.ts";
import { nationalAdminProcedure, router } from "../trpc.ts";

export const userRouter = router({
  list: nationalAdminProcedure.output(z.array(userSchema)).query(({ ctx }) => listUsers(ctx.db)),

  create: nationalAdminProcedure
    .input(userCreateInputSchema)
    .output(userSchema)
    .mutation(({ ctx, input }) => createUser(ctx, input)),

  update: nationalAdminProcedure
    .input(userUpdateInputSchema)
    .output(userSchema)
    .mutation(({ ctx, input }) => updateUserDetails(ctx, input)),

  setActive: nationalAdminProcedure
    .input(userSetActiveInputSchema)
    .output(userSchema)
    .mutation(({ ctx, input }) => setUserActive(ctx, input)),

  resetPassword: nationalAdminProcedure
    .input(z.object({ id: idSchema, newPassword: passwordSchema }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await resetPassword(ctx, input);
      return { ok: true as const };
    }),
});
