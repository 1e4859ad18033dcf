import {
  agendaExportInputSchema,
  agendaExportPublicInputSchema,
  agendaGetInputSchema,
  agendaGetPublicInputSchema,
  agendaIssueSchema,
  agendaSchema,
  ambitionAddInputSchema,
  ambitionSchema,
  ambitionUpdateInputSchema,
  coalitionSetInputSchema,
  exportFileSchema,
  issueCreateInputSchema,
  issueUpdateInputSchema,
  okSchema,
  recordVersionInputSchema,
} from "@zorgpact/domain/agenda";
import { exportAgenda, exportPublicAgenda } from "../services/agenda-export.service.ts";
import {
  addAmbition,
  createIssue,
  deleteAmbition,
  deleteIssue,
  getAgenda,
  getPublicAgenda,
  setCoalition,
  updateAmbition,
  updateIssue,
} from "../services/agenda.service.ts";
import { publicProcedure, router, signedInProcedure } from "../trpc.ts";

const ok = { ok: true as const };

/** The action agenda: issues with themes, coalition and ambitions, and the chain beneath them. */
export const agendaRouter = router({
  /** Everything an editor of the pact needs, drafts included. */
  get: signedInProcedure
    .input(agendaGetInputSchema)
    .output(agendaSchema)
    .query(({ ctx, input }) => getAgenda(ctx, input.pactId)),

  /** A published pact's agenda for everyone. */
  getPublic: publicProcedure
    .input(agendaGetPublicInputSchema)
    .output(agendaSchema)
    .query(({ ctx, input }) => getPublicAgenda(ctx, input.slug)),

  createIssue: signedInProcedure
    .input(issueCreateInputSchema)
    .output(agendaIssueSchema)
    .mutation(({ ctx, input }) => createIssue(ctx, input)),

  updateIssue: signedInProcedure
    .input(issueUpdateInputSchema)
    .output(agendaIssueSchema)
    .mutation(({ ctx, input }) => updateIssue(ctx, input)),

  deleteIssue: signedInProcedure
    .input(recordVersionInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => {
      await deleteIssue(ctx, input);
      return ok;
    }),

  setCoalition: signedInProcedure
    .input(coalitionSetInputSchema)
    .output(agendaIssueSchema)
    .mutation(({ ctx, input }) => setCoalition(ctx, input)),

  addAmbition: signedInProcedure
    .input(ambitionAddInputSchema)
    .output(ambitionSchema)
    .mutation(({ ctx, input }) => addAmbition(ctx, input)),

  updateAmbition: signedInProcedure
    .input(ambitionUpdateInputSchema)
    .output(ambitionSchema)
    .mutation(({ ctx, input }) => updateAmbition(ctx, input)),

  deleteAmbition: signedInProcedure
    .input(recordVersionInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => {
      await deleteAmbition(ctx, input);
      return ok;
    }),

  /** The whole agenda and chain as XLSX (a sheet per table) or CSV (a section per table). */
  export: signedInProcedure
    .input(agendaExportInputSchema)
    .output(exportFileSchema)
    .query(({ ctx, input }) => exportAgenda(ctx, input)),

  exportPublic: publicProcedure
    .input(agendaExportPublicInputSchema)
    .output(exportFileSchema)
    .query(({ ctx, input }) => exportPublicAgenda(ctx, input)),
});
