import { listTermRecords, listTerms } from "@zorgpact/db/repositories/taxonomy.repository";
import { versionedIdSchema } from "@zorgpact/domain/common";
import {
  taxonomyAdminListInputSchema,
  taxonomyCreateInputSchema,
  taxonomyKindSchema,
  taxonomyTermPageSchema,
  taxonomyTermRecordSchema,
  taxonomyTermSchema,
  taxonomyUpdateInputSchema,
} from "@zorgpact/domain/taxonomy";
import { z } from "zod";
import { createTerm, removeTerm, setTermRetired, updateTermDetails } from "../services/taxonomy.service.ts";
import { nationalAdminProcedure, publicProcedure, router } from "../trpc.ts";

const termListSchema = z.array(taxonomyTermSchema);

export const themeRouter = router({
  list: publicProcedure.output(termListSchema).query(({ ctx }) => listTerms(ctx.db, "theme", { includeRetired: false })),
});

/** Themes, result domains and areas, target groups and effect categories: data the national team maintains. */
export const taxonomyRouter = router({
  /** The terms in use of one kind, for pickers and the public site. */
  list: publicProcedure
    .input(z.object({ kind: taxonomyKindSchema }))
    .output(termListSchema)
    .query(({ ctx, input }) => listTerms(ctx.db, input.kind, { includeRetired: false })),

  /** Every term, retired ones included, with how often each is used. */
  listAll: nationalAdminProcedure
    .input(taxonomyAdminListInputSchema)
    .output(taxonomyTermPageSchema)
    .query(({ ctx, input }) => listTermRecords(ctx.db, input)),

  create: nationalAdminProcedure
    .input(taxonomyCreateInputSchema)
    .output(taxonomyTermRecordSchema)
    .mutation(({ ctx, input }) => createTerm(ctx, input)),

  update: nationalAdminProcedure
    .input(taxonomyUpdateInputSchema)
    .output(taxonomyTermRecordSchema)
    .mutation(({ ctx, input }) => updateTermDetails(ctx, input)),

  retire: nationalAdminProcedure
    .input(versionedIdSchema)
    .output(taxonomyTermRecordSchema)
    .mutation(({ ctx, input }) => setTermRetired(ctx, input, true)),

  restore: nationalAdminProcedure
    .input(versionedIdSchema)
    .output(taxonomyTermRecordSchema)
    .mutation(({ ctx, input }) => setTermRetired(ctx, input, false)),

  /** Only a term nothing uses; otherwise CONFLICT, and the answer is to retire it. */
  delete: nationalAdminProcedure
    .input(versionedIdSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await removeTerm(ctx, input);
      return { ok: true as const };
    }),
});
