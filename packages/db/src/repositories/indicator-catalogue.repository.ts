import { pageOffset, type Paged } from "@zorgpact/domain/common";
import {
  latestValuePerYear,
  type CatalogueEntry,
  type CatalogueEntryFields,
  type CatalogueListInput,
  type CatalogueOption,
  type ProgrammeFilter,
  type ProgrammeIndicatorPlan,
} from "@zorgpact/domain/indicator-catalogue";
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { indicatorPlanColumns, targetsByIndicator } from "./indicator.repository.ts";
import { containsPattern } from "./search.ts";

type Executor = Kysely<Database>;

const entryColumns = [
  "indicatorCatalogue.id",
  "indicatorCatalogue.name",
  "indicatorCatalogue.definition",
  "indicatorCatalogue.unit",
  "indicatorCatalogue.unitLabel",
  "indicatorCatalogue.direction",
  "indicatorCatalogue.status",
  "indicatorCatalogue.version",
] as const;

type EntryRow = Omit<CatalogueEntry, "themes" | "adoptionCount">;

/** The themes of each entry, in the taxonomy's order. One query however many entries. */
export async function themesOf(db: Executor, ids: readonly string[]): Promise<Map<string, { id: string; label: string }[]>> {
  const map = new Map<string, { id: string; label: string }[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom("indicatorCatalogueThemes")
    .innerJoin("taxonomyTerms", "taxonomyTerms.id", "indicatorCatalogueThemes.termId")
    .select(["indicatorCatalogueThemes.catalogueId", "taxonomyTerms.id", "taxonomyTerms.label"])
    .where("indicatorCatalogueThemes.catalogueId", "in", ids)
    .orderBy("taxonomyTerms.sortOrder")
    .orderBy("taxonomyTerms.label")
    .execute();
  for (const row of rows) {
    const list = map.get(row.catalogueId) ?? [];
    list.push({ id: row.id, label: row.label });
    map.set(row.catalogueId, list);
  }
  return map;
}

async function withDetails(db: Executor, rows: readonly EntryRow[]): Promise<CatalogueEntry[]> {
  const ids = rows.map((r) => r.id);
  const themes = await themesOf(db, ids);
  const counts =
    ids.length === 0
      ? []
      : await db
          .selectFrom("indicators")
          .select(["catalogueId", (eb) => eb.fn.countAll<string>().as("n")])
          .where("catalogueId", "in", ids)
          .groupBy("catalogueId")
          .execute();
  const countOf = new Map(counts.map((c) => [c.catalogueId, Number(c.n)]));
  return rows.map((row) => ({ ...row, themes: themes.get(row.id) ?? [], adoptionCount: countOf.get(row.id) ?? 0 }));
}

export async function listCatalogue(db: Executor, input: CatalogueListInput): Promise<Paged<CatalogueEntry>> {
  let base = db.selectFrom("indicatorCatalogue");
  if (input.search) base = base.where("indicatorCatalogue.name", "ilike", containsPattern(input.search));
  if (input.status) base = base.where("indicatorCatalogue.status", "=", input.status);
  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as("total")).executeTakeFirstOrThrow(),
    base.select(entryColumns).orderBy("indicatorCatalogue.name").orderBy("indicatorCatalogue.id").limit(input.pageSize).offset(pageOffset(input)).execute(),
  ]);
  return { items: await withDetails(db, rows), total: Number(total), page: input.page, pageSize: input.pageSize };
}

export async function findCatalogueEntry(db: Executor, id: string): Promise<CatalogueEntry | undefined> {
  const row = await db.selectFrom("indicatorCatalogue").select(entryColumns).where("id", "=", id).executeTakeFirst();
  return row ? (await withDetails(db, [row]))[0] : undefined;
}

/** Active entries, for the agenda's "Uit de catalogus" choice. */
export async function listCatalogueOptions(db: Executor): Promise<CatalogueOption[]> {
  return db
    .selectFrom("indicatorCatalogue")
    .select(["id", "name", "definition", "unit", "unitLabel", "direction"])
    .where("status", "=", "active")
    .orderBy("name")
    .execute();
}

/** An entry with this name in any letter case, other than `exceptId`. */
export async function catalogueNameTaken(db: Executor, name: string, exceptId?: string): Promise<boolean> {
  let query = db
    .selectFrom("indicatorCatalogue")
    .select("id")
    .where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase()));
  if (exceptId) query = query.where("id", "<>", exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Of these ids, those that are no current theme term. */
export async function unknownThemeIds(db: Executor, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db.selectFrom("taxonomyTerms").select("id").where("id", "in", ids).where("kind", "=", "theme").where("retiredAt", "is", null).execute();
  const known = new Set(found.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

async function writeThemes(db: Executor, catalogueId: string, themeIds: readonly string[]): Promise<void> {
  await db.deleteFrom("indicatorCatalogueThemes").where("catalogueId", "=", catalogueId).execute();
  if (themeIds.length > 0) {
    await db
      .insertInto("indicatorCatalogueThemes")
      .values(themeIds.map((termId) => ({ catalogueId, termId })))
      .execute();
  }
}

export async function insertCatalogueEntry(db: Executor, fields: CatalogueEntryFields): Promise<string> {
  const { themeIds, ...columns } = fields;
  const { id } = await db.insertInto("indicatorCatalogue").values(columns).returning("id").executeTakeFirstOrThrow();
  await writeThemes(db, id, themeIds);
  return id;
}

/**
 * Changes an entry when the stored version matches (false on a stale version). Indicators that
 * adopted it keep the name, unit and direction they copied: a pact's figures do not change under it.
 */
export async function updateCatalogueEntry(db: Executor, id: string, version: number, fields: CatalogueEntryFields, at: Date): Promise<boolean> {
  const { themeIds, ...columns } = fields;
  const result = await db
    .updateTable("indicatorCatalogue")
    .set((eb) => ({ ...columns, version: eb("version", "+", 1), updatedAt: at.toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await writeThemes(db, id, themeIds);
  return true;
}

/** Links a pact's indicator to the catalogue entry it adopted. */
export async function setIndicatorCatalogue(db: Executor, indicatorId: string, catalogueId: string | null): Promise<void> {
  await db.updateTable("indicators").set({ catalogueId }).where("id", "=", indicatorId).execute();
  await refreshCatalogueTotals(db, indicatorId);
}

/** Whether one of the pact's indicators adopted the entry already (a pact counts once per entry). */
export async function pactAdoptedEntry(db: Executor, pactId: string, catalogueId: string): Promise<boolean> {
  const row = await db
    .selectFrom("indicators")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .select("indicators.id")
    .where("chainNodes.pactId", "=", pactId)
    .where("indicators.catalogueId", "=", catalogueId)
    .executeTakeFirst();
  return row !== undefined;
}

// ─── The summary behind the national totals ─────────────────────────────────────────────

/**
 * Rewrites an indicator's rows in `catalogue_totals` from its approved values: per year of the
 * approved date, the last approved value. Call it on the transaction of every write that changes
 * an indicator's `public_value`/`public_measured_on` (approval, correction, deleting a
 * measurement) or its catalogue link; a few rows per indicator, so it is cheap.
 */
export async function refreshCatalogueTotals(db: Executor, indicatorId: string): Promise<void> {
  await db.deleteFrom("catalogueTotals").where("indicatorId", "=", indicatorId).execute();
  const indicator = await db
    .selectFrom("indicators")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .select(["indicators.catalogueId", "chainNodes.pactId"])
    .where("indicators.id", "=", indicatorId)
    .executeTakeFirst();
  if (!indicator?.catalogueId) return;
  const points = await db
    .selectFrom("measurements")
    .select(["publicValue", "publicMeasuredOn"])
    .where("indicatorId", "=", indicatorId)
    .where("publicValue", "is not", null)
    .where("publicMeasuredOn", "is not", null)
    .execute();
  const perYear = latestValuePerYear(points.map((p) => ({ publicValue: p.publicValue!, publicMeasuredOn: p.publicMeasuredOn! })));
  if (perYear.length === 0) return;
  const { catalogueId, pactId } = indicator;
  await db
    .insertInto("catalogueTotals")
    .values(perYear.map((y) => ({ indicatorId, year: y.year, catalogueId, pactId, value: y.value, measuredOn: y.measuredOn })))
    .execute();
}

/** Rebuilds the whole summary (the seed, or a repair): every adopting indicator. */
export async function refreshAllCatalogueTotals(db: Executor): Promise<void> {
  const adopting = await db.selectFrom("indicators").select("id").where("catalogueId", "is not", null).execute();
  for (const { id } of adopting) await refreshCatalogueTotals(db, id);
}

// ─── Reads for the programme page ───────────────────────────────────────────────────────

/** Years with approved values of published pacts, newest first. */
export async function programmeYears(db: Executor): Promise<number[]> {
  // The few distinct years first (from the year index), then per year whether a published pact has a value.
  const rows = await db
    .selectFrom((eb) => eb.selectFrom("catalogueTotals").select("year").distinct().as("y"))
    .select("y.year")
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("catalogueTotals")
          .innerJoin("pacts", "pacts.id", "catalogueTotals.pactId")
          .select("catalogueTotals.indicatorId")
          .whereRef("catalogueTotals.year", "=", "y.year")
          .where("pacts.publicationStatus", "=", "published")
          .where("pacts.archivedAt", "is", null),
      ),
    )
    .orderBy("y.year", "desc")
    .execute();
  return rows.map((r) => r.year);
}

/** Active entries for the programme page, optionally only those of a theme. */
export async function programmeEntries(db: Executor, themeId: string | undefined) {
  let query = db.selectFrom("indicatorCatalogue").select(entryColumns).where("indicatorCatalogue.status", "=", "active");
  if (themeId) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("indicatorCatalogueThemes")
          .select("termId")
          .whereRef("indicatorCatalogueThemes.catalogueId", "=", "indicatorCatalogue.id")
          .where("indicatorCatalogueThemes.termId", "=", themeId),
      ),
    );
  }
  const rows = await query.orderBy("indicatorCatalogue.name").execute();
  const themes = await themesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ ...row, themes: themes.get(row.id) ?? [] }));
}

export interface ContributingValue {
  catalogueId: string;
  pactId: string;
  slug: string;
  pactName: string;
  regionId: string | null;
  regionName: string | null;
  indicatorId: string;
  indicatorName: string;
  value: number;
  measuredOn: string;
}

/**
 * The values behind the totals of a year, from the summary: one row per adopting indicator of a
 * published, unarchived pact (in the region, when one is asked for). Sorted by pact name.
 */
export async function contributingValues(
  db: Executor,
  year: number,
  filter: Pick<ProgrammeFilter, "regionId"> & { catalogueIds?: readonly string[] },
): Promise<ContributingValue[]> {
  if (filter.catalogueIds && filter.catalogueIds.length === 0) return [];
  let query = db
    .selectFrom("catalogueTotals")
    .innerJoin("pacts", "pacts.id", "catalogueTotals.pactId")
    .innerJoin("indicators", "indicators.id", "catalogueTotals.indicatorId")
    .leftJoin("regions", "regions.id", "pacts.regionId")
    .select([
      "catalogueTotals.catalogueId",
      "catalogueTotals.pactId",
      "pacts.slug",
      "pacts.name as pactName",
      "pacts.regionId",
      "regions.name as regionName",
      "catalogueTotals.indicatorId",
      "indicators.name as indicatorName",
      "catalogueTotals.value",
      "catalogueTotals.measuredOn",
    ])
    .where("catalogueTotals.year", "=", year)
    .where("pacts.publicationStatus", "=", "published")
    .where("pacts.archivedAt", "is", null);
  if (filter.regionId) query = query.where("pacts.regionId", "=", filter.regionId);
  if (filter.catalogueIds) query = query.where("catalogueTotals.catalogueId", "in", filter.catalogueIds);
  return query.orderBy("pacts.name").orderBy("indicators.name").execute();
}

/**
 * The drill-down rows' indicators, for their status: each one's plan, targets per period and
 * latest approved value (`public_*`, never the working copy; by measurements_public_idx). Two
 * queries whatever the number of indicators; the status reads only the latest value, so only that
 * one is sent.
 */
export async function indicatorPlans(db: Executor, indicatorIds: readonly string[]): Promise<Map<string, ProgrammeIndicatorPlan>> {
  if (indicatorIds.length === 0) return new Map();
  const [rows, targets] = await Promise.all([
    db
      .selectFrom("indicators")
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom("measurements")
            .select(["measurements.publicMeasuredOn", "measurements.publicValue"])
            .whereRef("measurements.indicatorId", "=", "indicators.id")
            .where("measurements.publicValue", "is not", null)
            .orderBy("measurements.publicMeasuredOn", "desc")
            .orderBy("measurements.id", "desc")
            .limit(1)
            .as("latest"),
        (join) => join.onTrue(),
      )
      .select(["indicators.id", ...indicatorPlanColumns, "latest.publicMeasuredOn", "latest.publicValue"])
      .where("indicators.id", "in", indicatorIds)
      .execute(),
    targetsByIndicator(db, indicatorIds),
  ]);
  return new Map(
    rows.map(({ id, publicMeasuredOn, publicValue, ...plan }) => [
      id,
      {
        ...plan,
        targets: (targets.get(id) ?? []).map((t) => ({ periodStart: t.periodStart, value: t.value })),
        latest: publicMeasuredOn !== null && publicValue !== null ? { measuredOn: publicMeasuredOn, value: publicValue } : null,
      },
    ]),
  );
}

/**
 * The values behind the totals of a year, only what a total needs (entry, region, value): the
 * overview's read, without the names and the sort the drill-down's `contributingValues` has.
 */
export async function contributingTotals(
  db: Executor,
  year: number,
  filter: Pick<ProgrammeFilter, "regionId"> & { catalogueIds: readonly string[] },
): Promise<Pick<ContributingValue, "catalogueId" | "regionId" | "value">[]> {
  if (filter.catalogueIds.length === 0) return [];
  let query = db
    .selectFrom("catalogueTotals")
    .innerJoin("pacts", "pacts.id", "catalogueTotals.pactId")
    .select(["catalogueTotals.catalogueId", "pacts.regionId", "catalogueTotals.value"])
    .where("catalogueTotals.year", "=", year)
    .where("catalogueTotals.catalogueId", "in", filter.catalogueIds)
    .where("pacts.publicationStatus", "=", "published")
    .where("pacts.archivedAt", "is", null);
  if (filter.regionId) query = query.where("pacts.regionId", "=", filter.regionId);
  return query.execute();
}

/** Regions (for the filter and the map) and current themes (for the filter). */
export async function programmeChoices(db: Executor) {
  const [regions, themes] = await Promise.all([
    db.selectFrom("regions").select(["id", "name", "latitude", "longitude"]).orderBy("name").execute(),
    db
      .selectFrom("taxonomyTerms")
      .select(["id", "label"])
      .where("kind", "=", "theme")
      .where("retiredAt", "is", null)
      .orderBy("sortOrder")
      .orderBy("label")
      .execute(),
  ]);
  return { regions, themes };
}

/** For tests and the seed: how many summary rows there are. */
export async function countCatalogueTotals(db: Executor): Promise<number> {
  const { n } = await db
    .selectFrom("catalogueTotals")
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  return n;
}
