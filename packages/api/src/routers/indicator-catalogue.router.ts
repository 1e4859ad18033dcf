import { findCatalogueEntry, listCatalogue, listCatalogueOptions } from "@zorgpact/db/repositories/indicator-catalogue.repository";
import { idSchema } from "@zorgpact/domain/common";
import {
  catalogueAdoptInputSchema,
  catalogueEntryFieldsSchema,
  catalogueEntrySchema,
  catalogueEntryUpdateInputSchema,
  catalogueListInputSchema,
  catalogueOptionSchema,
  cataloguePageSchema,
} from "@zorgpact/domain/indicator-catalogue";
import { z } from "zod";
import { notFound } from "../errors.ts";
import { adoptCatalogueEntry, createCatalogueEntry, updateCatalogueEntryDetails } from "../services/indicator-catalogue.service.ts";
import { nationalAdminProcedure, router, signedInProcedure } from "../trpc.ts";

/** The catalogue of common indicators: the national team manages it, pacts adopt its entries. */
export const indicatorCatalogueRouter = router({
  list: nationalAdminProcedure
    .input(catalogueListInputSchema)
    .output(cataloguePageSchema)
    .query(({ ctx, input }) => listCatalogue(ctx.db, input)),

  get: nationalAdminProcedure
    .input(z.object({ id: idSchema }))
    .output(catalogueEntrySchema)
    .query(async ({ ctx, input }) => {
      const entry = await findCatalogueEntry(ctx.db, input.id);
      if (!entry) throw notFound("Deze catalogusindicator bestaat niet.");
      return entry;
    }),

  create: nationalAdminProcedure
    .input(catalogueEntryFieldsSchema)
    .output(catalogueEntrySchema)
    .mutation(({ ctx, input }) => createCatalogueEntry(ctx, input)),

  update: nationalAdminProcedure
    .input(catalogueEntryUpdateInputSchema)
    .output(catalogueEntrySchema)
    .mutation(({ ctx, input }) => updateCatalogueEntryDetails(ctx, input)),

  /** Active entries an editor can adopt in the agenda. */
  options: signedInProcedure.output(z.array(catalogueOptionSchema)).query(({ ctx }) => listCatalogueOptions(ctx.db)),

  adopt: signedInProcedure
    .input(catalogueAdoptInputSchema)
    .output(z.object({ id: idSchema, name: z.string() }))
    .mutation(({ ctx, input }) => adoptCatalogueEntry(ctx, input)),
});
