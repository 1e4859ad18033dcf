import { getPact, listManagedPacts, listPacts } from "@zorgpact/db/repositories/pact.repository";
import { PUBLIC } from "@zorgpact/db/repositories/visibility";
import { idSchema } from "@zorgpact/domain/common";
import { pactDetailSchema, pactGetInputSchema, pactListInputSchema, pactListSchema, pactUpdateInputSchema } from "@zorgpact/domain/pact";
import { isNationalAdmin } from "@zorgpact/domain/permission";
import { z } from "zod";
import { notFound } from "../errors.ts";
import { getPactForEditing, updatePact } from "../services/pact.service.ts";
import { publicProcedure, router, signedInProcedure } from "../trpc.ts";

export const pactRouter = router({
  /** Published pacts, for everyone; the public site never shows drafts, whoever is signed in. */
  list: publicProcedure
    .input(pactListInputSchema)
    .output(pactListSchema)
    .query(({ ctx, input }) => listPacts(ctx.db, input, PUBLIC)),

  get: publicProcedure
    .input(pactGetInputSchema)
    .output(pactDetailSchema)
    .query(async ({ ctx, input }) => {
      const pact = await getPact(ctx.db, input, PUBLIC);
      if (!pact) throw notFound("Dit zorgpact bestaat niet of is niet gepubliceerd.");
      return pact;
    }),

  /** The pacts the caller manages, drafts included: all for the national team, their own for editors. */
  listManaged: signedInProcedure
    .input(pactListInputSchema)
    .output(pactListSchema)
    .query(({ ctx, input }) =>
      listManagedPacts(ctx.db, input, isNationalAdmin(ctx.actor) ? { all: true } : { pactIds: ctx.actor.kind === "user" ? ctx.actor.pactIds : [] }),
    ),

  getForEdit: signedInProcedure
    .input(z.object({ id: idSchema }))
    .output(pactDetailSchema)
    .query(({ ctx, input }) => getPactForEditing(ctx, input.id)),

  update: signedInProcedure
    .input(pactUpdateInputSchema)
    .output(pactDetailSchema)
    .mutation(({ ctx, input }) => updatePact(ctx, input)),
});
