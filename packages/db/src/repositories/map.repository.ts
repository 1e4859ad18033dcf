import { countPactsByKind, orderMapPacts, type MapPact, type MapRegion } from "@zorgpact/domain/map";
import type { Region } from "@zorgpact/domain/region";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import type { Visibility } from "./visibility.ts";

const regionalKinds = ["regional_pact", "breeding_ground", "front_runner"] as const;

/** Regions with at least one visible pact, each with its regional pacts, breeding grounds and front-runners. */
export async function mapRegions(db: Kysely<Database>, visibility: Visibility): Promise<MapRegion[]> {
  let query = db
    .selectFrom("pacts")
    .innerJoin("regions", "regions.id", "pacts.regionId")
    .select([
      "regions.id as regionId",
      "regions.name as regionName",
      "regions.provinces",
      "regions.latitude",
      "regions.longitude",
      "pacts.id",
      "pacts.slug",
      "pacts.name",
      "pacts.kind",
    ])
    .where("pacts.archivedAt", "is", null)
    .where("pacts.kind", "in", regionalKinds);
  if (visibility.publishedOnly) query = query.where("pacts.publicationStatus", "=", "published");
  const rows = await query.orderBy("regions.name").orderBy("regions.id").execute();

  const byRegion = new Map<string, { region: Region; pacts: MapPact[] }>();
  for (const row of rows) {
    const entry = byRegion.get(row.regionId) ?? {
      region: {
        id: row.regionId,
        name: row.regionName,
        provinces: row.provinces,
        latitude: row.latitude,
        longitude: row.longitude,
      },
      pacts: [],
    };
    entry.pacts.push({ id: row.id, slug: row.slug, name: row.name, kind: row.kind });
    byRegion.set(row.regionId, entry);
  }
  return [...byRegion.values()].map(({ region, pacts }) => ({ ...region, pacts: orderMapPacts(pacts), counts: countPactsByKind(pacts) }));
}
