import { listTerms } from "@zorgpact/db/repositories/taxonomy.repository";
import { taxonomyKindSchema, taxonomyTermSchema } from "@zorgpact/domain/taxonomy";
import { z } from "zod";
import { publicProcedure, router } from "../trpc.ts";

const termListSchema = z.array(taxonomyTermSchema);

export const themeRouter = router({
  list: publicProcedure.output(termListSchema).query(({ ctx }) => listTerms(ctx.db, "theme", { includeRetired: false })),
});

export const taxonomyRouter = router({
  list: publicProcedure
    .input(z.object({ kind: taxonomyKindSchema }))
    .output(termListSchema)
    .query(({ ctx, input }) => listTerms(ctx.db, input.kind, { includeRetired: false })),
});
