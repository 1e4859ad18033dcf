import {
  agendaIndicatorSchema,
  agendaMeasurementSchema,
  indicatorCreateInputSchema,
  indicatorUpdateInputSchema,
  measurementAddInputSchema,
  measurementUpdateInputSchema,
  okSchema,
  recordVersionInputSchema,
} from "@zorgpact/domain/agenda";
import { addMeasurement, createIndicator, deleteIndicator, deleteMeasurement, updateIndicator, updateMeasurement } from "../services/indicator.service.ts";
import { router, signedInProcedure } from "../trpc.ts";

const ok = { ok: true as const };

/** Indicators on results and effects, and their measurements. */
export const indicatorRouter = router({
  create: signedInProcedure
    .input(indicatorCreateInputSchema)
    .output(agendaIndicatorSchema)
    .mutation(({ ctx, input }) => createIndicator(ctx, input)),

  update: signedInProcedure
    .input(indicatorUpdateInputSchema)
    .output(agendaIndicatorSchema)
    .mutation(({ ctx, input }) => updateIndicator(ctx, input)),

  delete: signedInProcedure
    .input(recordVersionInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => {
      await deleteIndicator(ctx, input);
      return ok;
    }),

  addMeasurement: signedInProcedure
    .input(measurementAddInputSchema)
    .output(agendaMeasurementSchema)
    .mutation(({ ctx, input }) => addMeasurement(ctx, input)),

  updateMeasurement: signedInProcedure
    .input(measurementUpdateInputSchema)
    .output(agendaMeasurementSchema)
    .mutation(({ ctx, input }) => updateMeasurement(ctx, input)),

  deleteMeasurement: signedInProcedure
    .input(recordVersionInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => {
      await deleteMeasurement(ctx, input);
      return ok;
    }),
});
