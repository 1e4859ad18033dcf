import { programmeOverviewInputSchema, programmeOverviewSchema, programmePactsInputSchema, programmePactsSchema } from "@zorgpact/domain/indicator-catalogue";
import { programmeOverview, programmePacts } from "../services/programme.service.ts";
import { publicProcedure, router } from "../trpc.ts";

/** The programme level on the public site: national totals of catalogue indicators and the pacts behind them. */
export const programmeRouter = router({
  overview: publicProcedure
    .input(programmeOverviewInputSchema)
    .output(programmeOverviewSchema)
    .query(({ ctx, input }) => programmeOverview(ctx.db, input)),

  pacts: publicProcedure
    .input(programmePactsInputSchema)
    .output(programmePactsSchema)
    .query(({ ctx, input }) => programmePacts(ctx.db, input)),
});
