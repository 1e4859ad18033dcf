import { pactEditDetailSchema } from "@zorgpact/domain/pact";
import { checklistTickInputSchema, phaseSetInputSchema } from "@zorgpact/domain/phase";
import { setPhase, tickChecklistItem } from "../services/phase.service.ts";
import { router, signedInProcedure } from "../trpc.ts";

/** The phases of collaboration (figure 3) of a regional pact or breeding ground; editors of the pact and the national team. */
export const phaseRouter = router({
  /** Sets the current phase (with the pact's `version`) and appends date, who and note to the history. */
  set: signedInProcedure
    .input(phaseSetInputSchema)
    .output(pactEditDetailSchema)
    .mutation(({ ctx, input }) => setPhase(ctx, input)),

  /** Ticks or unticks one item of a phase's checklist with a date and a note; the last save wins. */
  tickItem: signedInProcedure
    .input(checklistTickInputSchema)
    .output(pactEditDetailSchema)
    .mutation(({ ctx, input }) => tickChecklistItem(ctx, input)),
});
