import { publicIndicatorSeries } from "@zorgpact/db/repositories/chain.repository";
import { indicatorSeriesInputSchema, indicatorSeriesSchema } from "@zorgpact/domain/indicator-series";
import { getPact, listManagedPacts, listPacts } from "@zorgpact/db/repositories/pact.repository";
import { PUBLIC } from "@zorgpact/db/repositories/visibility";
import { idSchema, versionedIdSchema } from "@zorgpact/domain/common";
import {
  managedPactListSchema,
  pactCreateInputSchema,
  pactDetailSchema,
  pactEditDetailSchema,
  pactGetInputSchema,
  pactListInputSchema,
  pactListSchema,
  pactManagedListInputSchema,
  pactPublicationInputSchema,
  pactUpdateInputSchema,
} from "@zorgpact/domain/pact";
import { isNationalAdmin } from "@zorgpact/domain/permission";
import { z } from "zod";
import { notFound } from "../errors.ts";
import { createPact, getPactForEditing, setArchived, setPublication, updatePact } from "../services/pact.service.ts";
import { nationalAdminProcedure, publicProcedure, router, signedInProcedure } from "../trpc.ts";

export const pactRouter = router({
  /** Published pacts, for everyone; the public site never shows drafts, whoever is signed in. */
  list: publicProcedure
    .input(pactListInputSchema)
    .output(pactListSchema)
    .query(({ ctx, input }) => listPacts(ctx.db, input, PUBLIC)),

  /** A published pact; never contact e-mail, application, review or linked drafts. */
  get: publicProcedure
    .input(pactGetInputSchema)
    .output(pactDetailSchema)
    .query(async ({ ctx, input }) => {
      const pact = await getPact(ctx.db, input, PUBLIC);
      if (!pact) throw notFound("Dit zorgpact bestaat niet of is niet gepubliceerd.");
      return pact;
    }),

  /** An indicator's whole public series, a page at a time, newest first (a pact page gets only the latest with the chain). */
  indicatorSeries: publicProcedure
    .input(indicatorSeriesInputSchema)
    .output(indicatorSeriesSchema)
    .query(async ({ ctx, input }) => {
      const series = await publicIndicatorSeries(ctx.db, input.indicatorId, input);
      if (!series) throw notFound("Deze indicator bestaat niet of hoort niet bij een gepubliceerd zorgpact.");
      return series;
    }),

  /**
   * The pacts the caller manages, drafts included: all for the national team, their own for
   * editors. Filters, sorting and paging for the admin table; `archived: true` lists archived ones.
   */
  listManaged: signedInProcedure
    .input(pactManagedListInputSchema)
    .output(managedPactListSchema)
    .query(({ ctx, input }) =>
      listManagedPacts(ctx.db, input, isNationalAdmin(ctx.actor) ? { all: true } : { pactIds: ctx.actor.kind === "user" ? ctx.actor.pactIds : [] }),
    ),

  getForEdit: signedInProcedure
    .input(z.object({ id: idSchema }))
    .output(pactEditDetailSchema)
    .query(({ ctx, input }) => getPactForEditing(ctx, input.id)),

  /** A new pact of any kind, as a draft (national team). */
  create: nationalAdminProcedure
    .input(pactCreateInputSchema)
    .output(pactEditDetailSchema)
    .mutation(({ ctx, input }) => createPact(ctx, input)),

  /** Saves the fields given with the `version` read; a stale version is a CONFLICT. */
  update: signedInProcedure
    .input(pactUpdateInputSchema)
    .output(pactEditDetailSchema)
    .mutation(({ ctx, input }) => updatePact(ctx, input)),

  /** Draft or published; editors publish their own pact. */
  setPublication: signedInProcedure
    .input(pactPublicationInputSchema)
    .output(pactEditDetailSchema)
    .mutation(({ ctx, input }) => setPublication(ctx, input)),

  archive: nationalAdminProcedure
    .input(versionedIdSchema)
    .output(pactEditDetailSchema)
    .mutation(({ ctx, input }) => setArchived(ctx, input, true)),

  restore: nationalAdminProcedure
    .input(versionedIdSchema)
    .output(pactEditDetailSchema)
    .mutation(({ ctx, input }) => setArchived(ctx, input, false)),
});
