import { z } from "zod";
import { idSchema } from "./common.ts";
import { adoptionSchema } from "./front-runner.ts";
import { pactKindSchema } from "./pact.ts";
import { phaseNumberSchema } from "./phase.ts";

export const nationalStatsSchema = z.object({
  countsByKind: z.array(z.object({ kind: pactKindSchema, count: z.number().int() })),
  phaseDistribution: z.array(z.object({ phase: phaseNumberSchema, count: z.number().int() })),
  themeCoverage: z.array(
    z.object({
      themeId: idSchema,
      label: z.string(),
      regionalPacts: z.number().int(),
      frontRunners: z.number().int(),
    }),
  ),
  /**
   * Figure 6: per answer, how many published front-runners gave it (every answer, 0 included);
   * the sum is N, the front-runners that answered.
   */
  adoption: z.array(z.object({ answer: adoptionSchema, count: z.number().int() })),
});
export type NationalStats = z.infer<typeof nationalStatsSchema>;
