import { listRegions } from "@zorgpact/db/repositories/region.repository";
import { regionFieldsSchema, regionListInputSchema, regionPageSchema, regionRecordSchema, regionUpdateInputSchema } from "@zorgpact/domain/region";
import { createRegion, updateRegionDetails } from "../services/region.service.ts";
import { nationalAdminProcedure, publicProcedure, router } from "../trpc.ts";

/** Regions: a name, the provinces they cover and a point for the map. */
export const regionRouter = router({
  /** For the map and the filters: every region (pageSize up to 100) with its number of published pacts. */
  list: publicProcedure
    .input(regionListInputSchema)
    .output(regionPageSchema)
    .query(({ ctx, input }) => listRegions(ctx.db, input)),

  create: nationalAdminProcedure
    .input(regionFieldsSchema)
    .output(regionRecordSchema)
    .mutation(({ ctx, input }) => createRegion(ctx, input)),

  update: nationalAdminProcedure
    .input(regionUpdateInputSchema)
    .output(regionRecordSchema)
    .mutation(({ ctx, input }) => updateRegionDetails(ctx, input)),
});
