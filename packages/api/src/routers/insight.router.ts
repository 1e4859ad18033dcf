import { resultsAndEffects } from "@zorgpact/db/repositories/insight.repository";
import { resultsAndEffectsSchema } from "@zorgpact/domain/insight";
import { publicProcedure, router } from "../trpc.ts";

export const insightRouter = router({
  /** Figures 9–14 computed from the published effect chains, with N. */
  resultsAndEffects: publicProcedure.output(resultsAndEffectsSchema).query(({ ctx }) => resultsAndEffects(ctx.db)),
});
