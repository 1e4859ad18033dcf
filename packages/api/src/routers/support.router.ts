import {
  supportCreateInputSchema,
  supportIdInputSchema,
  supportListInputSchema,
  supportOverviewSchema,
  supportPageSchema,
  supportRecordSchema,
  supportUpdateInputSchema,
} from "@zorgpact/domain/support";
import { createSupport, getSupport, listSupport, supportOverview, updateSupport } from "../services/support.service.ts";
import { nationalAdminProcedure, router, signedInProcedure } from "../trpc.ts";

/**
 * Maatwerkondersteuning: never public. The pact's editors request and (while requested) rephrase;
 * the national team handles and sees the national overview. See domain/support.ts for the rules.
 */
export const supportRouter = router({
  /** An editor of the pact, or the national team, requests a trajectory; it starts as requested. */
  create: signedInProcedure
    .input(supportCreateInputSchema)
    .output(supportRecordSchema)
    .mutation(({ ctx, input }) => createSupport(ctx, input)),

  /** The question (editors while requested); advisor, status, dates and outcome (national team). */
  update: signedInProcedure
    .input(supportUpdateInputSchema)
    .output(supportRecordSchema)
    .mutation(({ ctx, input }) => updateSupport(ctx, input)),

  /** National team: all, filtered and paged; an editor: their own pacts' trajectories only. */
  list: signedInProcedure
    .input(supportListInputSchema)
    .output(supportPageSchema)
    .query(({ ctx, input }) => listSupport(ctx, input)),

  get: signedInProcedure
    .input(supportIdInputSchema)
    .output(supportRecordSchema)
    .query(({ ctx, input }) => getSupport(ctx, input.id)),

  /** How many trajectories of each question type are in each status, over all pacts. */
  overview: nationalAdminProcedure.output(supportOverviewSchema).query(({ ctx }) => supportOverview(ctx)),
});
