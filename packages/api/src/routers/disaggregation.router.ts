import {
  breakdownClearInputSchema,
  breakdownSetInputSchema,
  categoryCreateInputSchema,
  categoryUpdateInputSchema,
  dimensionCreateInputSchema,
  dimensionListInputSchema,
  dimensionSchema,
  dimensionUpdateInputSchema,
  indicatorBreakdownsSchema,
  indicatorDimensionInputSchema,
  indicatorRefInputSchema,
  publicBreakdownListSchema,
  publicBreakdownsInputSchema,
  retireInputSchema,
} from "@zorgpact/domain/disaggregation";
import { z } from "zod";
import {
  addCategory,
  addIndicatorDimension,
  clearBreakdown,
  createDimension,
  indicatorBreakdowns,
  listDimensions,
  publicBreakdowns,
  removeIndicatorDimension,
  setBreakdown,
  setCategoryRetired,
  setDimensionRetired,
  updateCategory,
  updateDimension,
} from "../services/disaggregation.service.ts";
import { nationalAdminProcedure, publicProcedure, router, signedInProcedure } from "../trpc.ts";

/**
 * Disaggregation (issue 15): dimensions and categories the national team manages, the dimensions
 * an indicator is split by and its measurements' breakdowns (editors of the pact), and the
 * approved breakdowns the public sees.
 */
export const disaggregationRouter = router({
  /** Dimensions with their categories: for the national team's page and the editors' pickers. */
  listDimensions: signedInProcedure
    .input(dimensionListInputSchema)
    .output(z.array(dimensionSchema))
    .query(({ ctx, input }) => listDimensions(ctx, input.includeRetired)),

  createDimension: nationalAdminProcedure
    .input(dimensionCreateInputSchema)
    .output(dimensionSchema)
    .mutation(({ ctx, input }) => createDimension(ctx, input)),

  updateDimension: nationalAdminProcedure
    .input(dimensionUpdateInputSchema)
    .output(dimensionSchema)
    .mutation(({ ctx, input }) => updateDimension(ctx, input)),

  setDimensionRetired: nationalAdminProcedure
    .input(retireInputSchema)
    .output(dimensionSchema)
    .mutation(({ ctx, input }) => setDimensionRetired(ctx, input)),

  addCategory: nationalAdminProcedure
    .input(categoryCreateInputSchema)
    .output(dimensionSchema)
    .mutation(({ ctx, input }) => addCategory(ctx, input)),

  updateCategory: nationalAdminProcedure
    .input(categoryUpdateInputSchema)
    .output(dimensionSchema)
    .mutation(({ ctx, input }) => updateCategory(ctx, input)),

  setCategoryRetired: nationalAdminProcedure
    .input(retireInputSchema)
    .output(dimensionSchema)
    .mutation(({ ctx, input }) => setCategoryRetired(ctx, input)),

  forIndicator: signedInProcedure
    .input(indicatorRefInputSchema)
    .output(indicatorBreakdownsSchema)
    .query(({ ctx, input }) => indicatorBreakdowns(ctx, input.indicatorId)),

  addIndicatorDimension: signedInProcedure
    .input(indicatorDimensionInputSchema)
    .output(indicatorBreakdownsSchema)
    .mutation(({ ctx, input }) => addIndicatorDimension(ctx, input)),

  removeIndicatorDimension: signedInProcedure
    .input(indicatorDimensionInputSchema)
    .output(indicatorBreakdownsSchema)
    .mutation(({ ctx, input }) => removeIndicatorDimension(ctx, input)),

  setBreakdown: signedInProcedure
    .input(breakdownSetInputSchema)
    .output(indicatorBreakdownsSchema)
    .mutation(({ ctx, input }) => setBreakdown(ctx, input)),

  clearBreakdown: signedInProcedure
    .input(breakdownClearInputSchema)
    .output(indicatorBreakdownsSchema)
    .mutation(({ ctx, input }) => clearBreakdown(ctx, input)),

  /** The latest approved breakdowns of a published pact's indicators. */
  publicBreakdowns: publicProcedure
    .input(publicBreakdownsInputSchema)
    .output(publicBreakdownListSchema)
    .query(({ ctx, input }) => publicBreakdowns(ctx, input.slug)),
});
