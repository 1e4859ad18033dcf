import { searchPublic } from "@zorgpact/db/repositories/search.repository";
import { PUBLIC } from "@zorgpact/db/repositories/visibility";
import { searchInputSchema, searchResultSchema } from "@zorgpact/domain/search";
import { publicProcedure, router } from "../trpc.ts";

export const searchRouter = router({
  /** Published pacts of every kind by name or description (name matches first), and matching themes. */
  query: publicProcedure
    .input(searchInputSchema)
    .output(searchResultSchema)
    .query(({ ctx, input }) => searchPublic(ctx.db, input, PUBLIC)),
});
