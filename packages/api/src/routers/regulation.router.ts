import { idSchema, versionedIdSchema } from "@zorgpact/domain/common";
import {
  applicationAddInputSchema,
  applicationUpdateInputSchema,
  regulationCreateInputSchema,
  regulationDetailSchema,
  regulationListInputSchema,
  regulationRecordSchema,
  regulationSlugInputSchema,
  regulationSummaryPageSchema,
  regulationUpdateInputSchema,
} from "@zorgpact/domain/regulation";
import { z } from "zod";
import {
  addApplication,
  createRegulation,
  deleteApplication,
  getPublicRegulation,
  getRegulationForEdit,
  listPublicRegulations,
  updateApplication,
  updateRegulation,
} from "../services/regulation.service.ts";
import { nationalAdminProcedure, publicProcedure, router } from "../trpc.ts";

/** Regelingen of OCW, VWS and SZW: public list and pages; the national team keeps them and the pacts' applications. */
export const regulationRouter = router({
  list: publicProcedure
    .input(regulationListInputSchema)
    .output(regulationSummaryPageSchema)
    .query(({ ctx, input }) => listPublicRegulations(ctx, input)),

  /** The public page, with the published pacts it funded. */
  get: publicProcedure
    .input(regulationSlugInputSchema)
    .output(regulationDetailSchema)
    .query(({ ctx, input }) => getPublicRegulation(ctx, input.slug)),

  getForEdit: nationalAdminProcedure
    .input(z.object({ id: idSchema }))
    .output(regulationRecordSchema)
    .query(({ ctx, input }) => getRegulationForEdit(ctx, input.id)),

  create: nationalAdminProcedure
    .input(regulationCreateInputSchema)
    .output(regulationRecordSchema)
    .mutation(({ ctx, input }) => createRegulation(ctx, input)),

  update: nationalAdminProcedure
    .input(regulationUpdateInputSchema)
    .output(regulationRecordSchema)
    .mutation(({ ctx, input }) => updateRegulation(ctx, input)),

  addApplication: nationalAdminProcedure
    .input(applicationAddInputSchema)
    .output(regulationRecordSchema)
    .mutation(({ ctx, input }) => addApplication(ctx, input)),

  updateApplication: nationalAdminProcedure
    .input(applicationUpdateInputSchema)
    .output(regulationRecordSchema)
    .mutation(({ ctx, input }) => updateApplication(ctx, input)),

  deleteApplication: nationalAdminProcedure
    .input(versionedIdSchema)
    .output(regulationRecordSchema)
    .mutation(({ ctx, input }) => deleteApplication(ctx, input)),
});
