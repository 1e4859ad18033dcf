import { exportFileSchema, okSchema } from "@zorgpact/domain/agenda";
import {
  agreementAddInputSchema,
  agreementRemoveInputSchema,
  agreementSchema,
  agreementStatusInputSchema,
  agreementUpdateInputSchema,
  volgspotGetInputSchema,
  volgspotListInputSchema,
  volgspotMonitorSchema,
  volgspotOverviewInputSchema,
  volgspotOverviewSchema,
  volgspotPactListSchema,
  volgspotPublicSummaryInputSchema,
  volgspotPublicSummarySchema,
  volgspotRecordInputSchema,
  volgspotReturnInputSchema,
  volgspotRevisionSchema,
  volgspotStepInputSchema,
  volgspotUpdateInputSchema,
  volgspotYearInputSchema,
  volgspotYearViewSchema,
} from "@zorgpact/domain/volgspot";
import { exportVolgspotMonitor } from "../services/volgspot-export.service.ts";
import {
  acceptVolgspot,
  addAgreement,
  getVolgspotYear,
  listPactVolgspots,
  recordVolgspot,
  removeAgreement,
  returnVolgspot,
  reviseVolgspot,
  setAgreementStatus,
  submitVolgspot,
  updateAgreement,
  updateVolgspot,
  volgspotMonitor,
  volgspotOverview,
  volgspotPublicSummary,
} from "../services/volgspot.service.ts";
import { nationalAdminProcedure, publicProcedure, router, signedInProcedure } from "../trpc.ts";

/**
 * The Volgspot: a pact's yearly reflection (editors of the pact or the national team), its
 * workflow and agreements, the national monitoring view, and what the public sees.
 */
export const volgspotRouter = router({
  list: signedInProcedure
    .input(volgspotListInputSchema)
    .output(volgspotPactListSchema)
    .query(({ ctx, input }) => listPactVolgspots(ctx, input.pactId)),

  get: signedInProcedure
    .input(volgspotGetInputSchema)
    .output(volgspotYearViewSchema)
    .query(({ ctx, input }) => getVolgspotYear(ctx, input)),

  record: signedInProcedure
    .input(volgspotRecordInputSchema)
    .output(volgspotRevisionSchema)
    .mutation(({ ctx, input }) => recordVolgspot(ctx, input)),

  update: signedInProcedure
    .input(volgspotUpdateInputSchema)
    .output(volgspotRevisionSchema)
    .mutation(({ ctx, input }) => updateVolgspot(ctx, input)),

  submit: signedInProcedure
    .input(volgspotStepInputSchema)
    .output(volgspotRevisionSchema)
    .mutation(({ ctx, input }) => submitVolgspot(ctx, input)),

  accept: nationalAdminProcedure
    .input(volgspotStepInputSchema)
    .output(volgspotRevisionSchema)
    .mutation(({ ctx, input }) => acceptVolgspot(ctx, input)),

  return: nationalAdminProcedure
    .input(volgspotReturnInputSchema)
    .output(volgspotRevisionSchema)
    .mutation(({ ctx, input }) => returnVolgspot(ctx, input)),

  revise: signedInProcedure
    .input(volgspotStepInputSchema)
    .output(volgspotRevisionSchema)
    .mutation(({ ctx, input }) => reviseVolgspot(ctx, input)),

  addAgreement: signedInProcedure
    .input(agreementAddInputSchema)
    .output(agreementSchema)
    .mutation(({ ctx, input }) => addAgreement(ctx, input)),

  updateAgreement: signedInProcedure
    .input(agreementUpdateInputSchema)
    .output(agreementSchema)
    .mutation(({ ctx, input }) => updateAgreement(ctx, input)),

  setAgreementStatus: signedInProcedure
    .input(agreementStatusInputSchema)
    .output(agreementSchema)
    .mutation(({ ctx, input }) => setAgreementStatus(ctx, input)),

  removeAgreement: signedInProcedure
    .input(agreementRemoveInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => {
      await removeAgreement(ctx, input);
      return { ok: true as const };
    }),

  monitor: nationalAdminProcedure
    .input(volgspotYearInputSchema)
    .output(volgspotMonitorSchema)
    .query(({ ctx, input }) => volgspotMonitor(ctx, input.year)),

  exportMonitor: nationalAdminProcedure
    .input(volgspotYearInputSchema)
    .output(exportFileSchema)
    .query(({ ctx, input }) => exportVolgspotMonitor(ctx, input.year)),

  overview: publicProcedure
    .input(volgspotOverviewInputSchema)
    .output(volgspotOverviewSchema)
    .query(({ ctx, input }) => volgspotOverview(ctx, input.year)),

  publicSummary: publicProcedure
    .input(volgspotPublicSummaryInputSchema)
    .output(volgspotPublicSummarySchema)
    .query(({ ctx, input }) => volgspotPublicSummary(ctx, input.slug)),
});
