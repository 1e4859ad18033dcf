import { nationalStats } from "@zorgpact/db/repositories/stats.repository";
import { PUBLIC } from "@zorgpact/db/repositories/visibility";
import { nationalStatsSchema } from "@zorgpact/domain/stats";
import { publicProcedure, router } from "../trpc.ts";

export const statsRouter = router({
  national: publicProcedure.output(nationalStatsSchema).query(({ ctx }) => nationalStats(ctx.db, PUBLIC)),
});
