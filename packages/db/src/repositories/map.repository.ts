import { orderMapPacts, type MapPact, type MapRegion } from "@zorgpact/domain/map";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { nationalFigures } from "./rollup.repository.ts";

/** The kinds the map draws as markers; front-runners it shows as a count per region. */
const markedKinds = ["regional_pact", "breeding_ground"] as const;

/**
 * Regions with at least one published pact: the markers the map draws (regional pacts and
 * breeding grounds, enough to name and link them) and the counts per kind from the rollup
 * (migration 0020). Front-runners are counted, not listed: the map links to their list.
 */
export async function mapRegions(db: Kysely<Database>): Promise<MapRegion[]> {
  const [figures, regions, pacts] = await Promise.all([
    nationalFigures(db, ["region:regional_pact", "region:front_runner", "region:breeding_ground"]),
    db.selectFrom("regions").select(["id", "name", "provinces", "latitude", "longitude"]).orderBy("name").orderBy("id").execute(),
    db
      .selectFrom("pacts")
      .select(["regionId", "slug", "name", "kind"])
      .where("archivedAt", "is", null)
      .where("publicationStatus", "=", "published")
      .where("kind", "in", markedKinds)
      .where("regionId", "is not", null)
      .execute(),
  ]);
  const byRegion = new Map<string, MapPact[]>();
  for (const { regionId, ...pact } of pacts) {
    if (regionId === null) continue;
    const list = byRegion.get(regionId) ?? [];
    list.push(pact);
    byRegion.set(regionId, list);
  }
  return regions.flatMap((region) => {
    const counts = {
      regionalPacts: figures.count("region:regional_pact", region.id),
      frontRunners: figures.count("region:front_runner", region.id),
      breedingGrounds: figures.count("region:breeding_ground", region.id),
    };
    if (counts.regionalPacts + counts.frontRunners + counts.breedingGrounds === 0) return [];
    return [{ ...region, pacts: orderMapPacts(byRegion.get(region.id) ?? []), counts }];
  });
}
