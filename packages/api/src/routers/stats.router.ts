import { adoptionAnswers } from "@zorgpact/db/repositories/report.repository";
import { nationalStats } from "@zorgpact/db/repositories/stats.repository";
import { adoptionOptions } from "@zorgpact/domain/front-runner";
import { nationalStatsSchema } from "@zorgpact/domain/stats";
import { publicProcedure, router } from "../trpc.ts";

export const statsRouter = router({
  national: publicProcedure.output(nationalStatsSchema).query(async ({ ctx }) => {
    const [stats, adoption] = [await nationalStats(ctx.db), await adoptionAnswers(ctx.db)];
    // Counts, not shares, so open data users can recompute any share themselves.
    return { ...stats, adoption: adoptionOptions.map((o) => ({ answer: o.key, count: adoption.find((a) => a.key === o.key)?.count ?? 0 })) };
  }),
});
