import { failedMailListInputSchema, failedMailPageSchema, retryMailInputSchema } from "@zorgpact/domain/outbox";
import { taskCountSchema, taskListSchema } from "@zorgpact/domain/reminder";
import { z } from "zod";
import { countMyTasks, listFailedMail, listMyTasks, retryFailedMail } from "../services/task.service.ts";
import { nationalAdminProcedure, router, signedInProcedure } from "../trpc.ts";

/** "Mijn taken": the caller's own tasks, computed live from the reminder rules; and undelivered e-mail. */
export const taskRouter = router({
  /** Editors: the due and overdue tasks of their pacts. The national team: overdue ones of all pacts, and Volgspots to review. */
  list: signedInProcedure.output(taskListSchema).query(({ ctx }) => listMyTasks(ctx)),

  /** For the menu's badge. */
  count: signedInProcedure.output(taskCountSchema).query(({ ctx }) => countMyTasks(ctx)),

  /** E-mail the platform gave up delivering; it stays until someone sends it again. */
  failedMail: nationalAdminProcedure
    .input(failedMailListInputSchema)
    .output(failedMailPageSchema)
    .query(({ ctx, input }) => listFailedMail(ctx, input)),

  /** Send an undelivered message again, with a fresh series of attempts. */
  retryMail: nationalAdminProcedure
    .input(retryMailInputSchema)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => retryFailedMail(ctx, input)),
});
