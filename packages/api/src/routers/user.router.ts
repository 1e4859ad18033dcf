import { passwordSchema, userCreateInputSchema, userSchema, userSetActiveInputSchema, userUpdateInputSchema } from "@zorgpact/domain/account";
import { invitationInputSchema, resendInvitationInputSchema, userWithInvitationSchema } from "@zorgpact/domain/account-token";
import { idSchema } from "@zorgpact/domain/common";
import { z } from "zod";
import { inviteUser, listUsersWithInvitations, resendInvitation } from "../services/invitation.service.ts";
import { createUser, resetPassword, setUserActive, updateUserDetails } from "../services/user.service.ts";
import { nationalAdminProcedure, router } from "../trpc.ts";

export const userRouter = router({
  list: nationalAdminProcedure.output(z.array(userWithInvitationSchema)).query(({ ctx }) => listUsersWithInvitations(ctx.db)),

  /** A new account without a password; its owner chooses one through the link in the e-mail. */
  invite: nationalAdminProcedure
    .input(invitationInputSchema)
    .output(userWithInvitationSchema)
    .mutation(({ ctx, input }) => inviteUser(ctx, input)),

  resendInvitation: nationalAdminProcedure
    .input(resendInvitationInputSchema)
    .output(userWithInvitationSchema)
    .mutation(({ ctx, input }) => resendInvitation(ctx, input)),

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
