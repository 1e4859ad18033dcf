import { listShowcase } from "@zorgpact/db/repositories/showcase.repository";
import { PUBLIC } from "@zorgpact/db/repositories/visibility";
import { showcaseListInputSchema, showcasePageSchema } from "@zorgpact/domain/showcase";
import { publicProcedure, router } from "../trpc.ts";

export const showcaseRouter = router({
  /** Published front-runners (the Kopgroep) with their results, effects, adoption and consolidation. */
  list: publicProcedure
    .input(showcaseListInputSchema)
    .output(showcasePageSchema)
    .query(({ ctx, input }) => listShowcase(ctx.db, input, PUBLIC)),
});
