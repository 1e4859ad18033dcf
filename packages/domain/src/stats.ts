import { z } from "zod";
import { idSchema } from "./common.ts";
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
});
export type NationalStats = z.infer<typeof nationalStatsSchema>;
