import { mapRegions } from "@zorgpact/db/repositories/map.repository";
import { mapRegionsSchema } from "@zorgpact/domain/map";
import { publicProcedure, router } from "../trpc.ts";

export const mapRouter = router({
  /** Regions with their published pacts, for the public map and its table; drafts never, whoever asks. */
  regions: publicProcedure.output(mapRegionsSchema).query(({ ctx }) => mapRegions(ctx.db)),
});
