import { okSchema } from "@zorgpact/domain/agenda";
import {
  correctionInputSchema,
  lockInputSchema,
  measurementHistoryInputSchema,
  measurementHistorySchema,
  pactReviewInputSchema,
  pactReviewSchema,
  peerReviewInputSchema,
  reviewApproveInputSchema,
  reviewCountSchema,
  reviewQueueInputSchema,
  reviewQueueSchema,
  reviewReturnInputSchema,
  unlockInputSchema,
} from "@zorgpact/domain/measurement-review";
import { z } from "zod";
import {
  approve,
  correct,
  lockPeriod,
  measurementHistory,
  pactReview,
  returnToEditor,
  reviewQueue,
  reviewsWaiting,
  setPeerReview,
  unlockPeriod,
} from "../services/measurement-review.service.ts";
import { nationalAdminProcedure, router, signedInProcedure } from "../trpc.ts";

const stepResult = z.object({ id: z.string(), version: z.number().int() });

/**
 * Review before publication: the reviewer's queue, approve and return, the pact's opt-in to
 * review by a second editor, period locks (national team) and corrections of locked values.
 */
export const measurementReviewRouter = router({
  queue: signedInProcedure
    .input(reviewQueueInputSchema)
    .output(reviewQueueSchema)
    .query(({ ctx, input }) => reviewQueue(ctx, input)),

  waiting: signedInProcedure.output(reviewCountSchema).query(({ ctx }) => reviewsWaiting(ctx)),

  pact: signedInProcedure
    .input(pactReviewInputSchema)
    .output(pactReviewSchema)
    .query(({ ctx, input }) => pactReview(ctx, input.pactId)),

  history: signedInProcedure
    .input(measurementHistoryInputSchema)
    .output(measurementHistorySchema)
    .query(({ ctx, input }) => measurementHistory(ctx, input.measurementId)),

  approve: signedInProcedure
    .input(reviewApproveInputSchema)
    .output(stepResult)
    .mutation(({ ctx, input }) => approve(ctx, input)),

  return: signedInProcedure
    .input(reviewReturnInputSchema)
    .output(stepResult)
    .mutation(({ ctx, input }) => returnToEditor(ctx, input)),

  setPeerReview: signedInProcedure
    .input(peerReviewInputSchema)
    .output(z.object({ pactId: z.string(), peerReview: z.boolean() }))
    .mutation(({ ctx, input }) => setPeerReview(ctx, input)),

  lock: nationalAdminProcedure
    .input(lockInputSchema)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => lockPeriod(ctx, input)),

  unlock: nationalAdminProcedure
    .input(unlockInputSchema)
    .output(okSchema)
    .mutation(({ ctx, input }) => unlockPeriod(ctx, input)),

  correct: signedInProcedure
    .input(correctionInputSchema)
    .output(stepResult)
    .mutation(({ ctx, input }) => correct(ctx, input)),
});
