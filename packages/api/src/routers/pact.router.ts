import { TRPCError } from "@trpc/server";
import { getPact, listPacts } from "@zorgpact/db/repositories/pact.repository";
import { PUBLIC } from "@zorgpact/db/repositories/visibility";
import { pactDetailSchema, pactGetInputSchema, pactListInputSchema, pactListSchema } from "@zorgpact/domain/pact";
import { publicProcedure, router } from "../trpc.ts";

export const pactRouter = router({
  list: publicProcedure
    .input(pactListInputSchema)
    .output(pactListSchema)
    .query(({ ctx, input }) => listPacts(ctx.db, input, PUBLIC)),

  get: publicProcedure
    .input(pactGetInputSchema)
    .output(pactDetailSchema)
    .query(async ({ ctx, input }) => {
      const pact = await getPact(ctx.db, input, PUBLIC);
      if (!pact) throw new TRPCError({ code: "NOT_FOUND", message: "Dit zorgpact bestaat niet of is niet gepubliceerd." });
      return pact;
    }),
});
