import {
  barrierCreateInputSchema,
  barrierDiscardInputSchema,
  barrierIdInputSchema,
  barrierListInputSchema,
  barrierNumberInputSchema,
  barrierPublicListInputSchema,
  barrierRecordPageSchema,
  barrierRecordSchema,
  barrierStatsSchema,
  barrierSubmitInputSchema,
  barrierSubmitResultSchema,
  barrierUpdateInputSchema,
  publicBarrierPageSchema,
  publicBarrierSchema,
} from "@zorgpact/domain/barrier";
import {
  createBarrier,
  discardBarrier,
  getBarrier,
  getPublished,
  listPublished,
  listRegister,
  registerStats,
  submitBarrier,
  updateBarrier,
} from "../services/barrier.service.ts";
import { nationalAdminProcedure, publicProcedure, router } from "../trpc.ts";

/**
 * Ruimte in de regels. The public reports barriers and reads the answered ones (`listPublic`,
 * `getPublic`: output schemas without any submitter field); the national team triages the whole
 * register (`list`, `get`, `create`, `update`) and discards unwanted reports (`discard`).
 */
export const barrierRouter = router({
  /** The public form: no account, a spam trap and a limit per address; answers with a reference. */
  submit: publicProcedure
    .input(barrierSubmitInputSchema)
    .output(barrierSubmitResultSchema)
    .mutation(({ ctx, input }) => submitBarrier(ctx, input)),

  /** A barrier reported by phone or letter. */
  create: nationalAdminProcedure
    .input(barrierCreateInputSchema)
    .output(barrierRecordSchema)
    .mutation(({ ctx, input }) => createBarrier(ctx, input)),

  /** Triage: ministry, topic, status, answer and outcome (and the intake fields). */
  update: nationalAdminProcedure
    .input(barrierUpdateInputSchema)
    .output(barrierRecordSchema)
    .mutation(({ ctx, input }) => updateBarrier(ctx, input)),

  /** Removes spam or an abusive report that is still new and was never published; audited without the submitter's details. */
  discard: nationalAdminProcedure.input(barrierDiscardInputSchema).mutation(({ ctx, input }) => discardBarrier(ctx, input)),

  list: nationalAdminProcedure
    .input(barrierListInputSchema)
    .output(barrierRecordPageSchema)
    .query(({ ctx, input }) => listRegister(ctx, input)),

  get: nationalAdminProcedure
    .input(barrierIdInputSchema)
    .output(barrierRecordSchema)
    .query(({ ctx, input }) => getBarrier(ctx, input.id)),

  listPublic: publicProcedure
    .input(barrierPublicListInputSchema)
    .output(publicBarrierPageSchema)
    .query(({ ctx, input }) => listPublished(ctx, input)),

  getPublic: publicProcedure
    .input(barrierNumberInputSchema)
    .output(publicBarrierSchema)
    .query(({ ctx, input }) => getPublished(ctx, input.number)),

  /** The national figures, counted from the register. */
  stats: publicProcedure.output(barrierStatsSchema).query(({ ctx }) => registerStats(ctx)),
});
