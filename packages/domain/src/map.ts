import { z } from "zod";
import { idSchema } from "./common.ts";
import { pactKindSchema, type PactKind } from "./pact.ts";
import { provinceSchema } from "./region.ts";

/** A published pact as the map marks it: enough to name and link it (the slug is its key). */
export const mapPactSchema = z.object({
  slug: z.string(),
  name: z.string(),
  kind: pactKindSchema,
});
export type MapPact = z.infer<typeof mapPactSchema>;

export const regionPactCountsSchema = z.object({
  regionalPacts: z.number().int().min(0),
  frontRunners: z.number().int().min(0),
  breedingGrounds: z.number().int().min(0),
});
export type RegionPactCounts = z.infer<typeof regionPactCountsSchema>;

/** A region on the public map: the regional pacts and breeding grounds it marks (regional pacts first), every kind counted. */
export const mapRegionSchema = z.object({
  id: idSchema,
  name: z.string(),
  provinces: z.array(provinceSchema),
  latitude: z.number(),
  longitude: z.number(),
  pacts: z.array(mapPactSchema),
  counts: regionPactCountsSchema,
});
export type MapRegion = z.infer<typeof mapRegionSchema>;
export const mapRegionsSchema = z.array(mapRegionSchema);

const kindOrder: Record<PactKind, number> = { regional_pact: 0, breeding_ground: 1, front_runner: 2, national: 3 };

/** Regional pacts first, then breeding grounds, then front-runners; by name within a kind. */
export function orderMapPacts<T extends Pick<MapPact, "kind" | "name">>(pacts: readonly T[]): T[] {
  return [...pacts].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name, "nl"));
}

export function countPactsByKind(pacts: readonly Pick<MapPact, "kind">[]): RegionPactCounts {
  return {
    regionalPacts: pacts.filter((p) => p.kind === "regional_pact").length,
    frontRunners: pacts.filter((p) => p.kind === "front_runner").length,
    breedingGrounds: pacts.filter((p) => p.kind === "breeding_ground").length,
  };
}
