import { versionedIdSchema } from "@zorgpact/domain/common";
import { admissionDecisionInputSchema, criterionInputSchema, frontRunnerApplicationInputSchema } from "@zorgpact/domain/front-runner";
import { pactEditDetailSchema } from "@zorgpact/domain/pact";
import { z } from "zod";
import { decide, setCriterion, startReview, submitApplication } from "../services/front-runner.service.ts";
import { nationalAdminProcedure, publicProcedure, router } from "../trpc.ts";

/**
 * The Kopgroep: the public application and the national team's review. Applications are listed
 * with `pact.listManaged({ kind: "front_runner", admissionStatus })` and opened with `pact.getForEdit`.
 */
export const frontRunnerRouter = router({
  /** The public form: no account, at most a few per address per hour; the answer never says more than ok. */
  submitApplication: publicProcedure
    .input(frontRunnerApplicationInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await submitApplication(ctx, input);
      return { ok: true as const };
    }),

  /** applied → under_review. */
  startReview: nationalAdminProcedure
    .input(versionedIdSchema)
    .output(pactEditDetailSchema)
    .mutation(({ ctx, input }) => startReview(ctx, input)),

  /** Ticks one criterion of the brief, with a note, during the review. */
  setCriterion: nationalAdminProcedure
    .input(criterionInputSchema)
    .output(pactEditDetailSchema)
    .mutation(({ ctx, input }) => setCriterion(ctx, input)),

  /** under_review → admitted (all criteria met) or rejected (with a reason). */
  decide: nationalAdminProcedure
    .input(admissionDecisionInputSchema)
    .output(pactEditDetailSchema)
    .mutation(({ ctx, input }) => decide(ctx, input)),
});
