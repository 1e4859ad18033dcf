import { joinList, type OpenDataRow, type OpenDataset } from "@zorgpact/domain/open-data";
import { sql, type Kysely, type SelectQueryBuilder } from "kysely";
import { allPublicBarriers, countPublicBarriers } from "./barrier.repository.ts";
import { countOpenEvents, openEventRows } from "./event.repository.ts";
import { allRegulations, countRegulations } from "./regulation.repository.ts";
import type { Database } from "../schema.ts";
import type { Visibility } from "./visibility.ts";

type Executor = Kysely<Database>;
type PactsQuery = SelectQueryBuilder<Database, "pacts", object>;

/** The pacts open data may show: published (for the public) and never archived. */
function visiblePacts(db: Executor, visibility: Visibility): PactsQuery {
  let query = db.selectFrom("pacts").where("pacts.archivedAt", "is", null);
  if (visibility.publishedOnly) query = query.where("pacts.publicationStatus", "=", "published");
  return query;
}

/**
 * The public parts (migration 0023) of public measurements in these pacts, by the dimensions the
 * indicator is split by now: never the working parts of an edit waiting for review.
 */
function publicParts(db: Executor, visibility: Visibility) {
  return db
    .selectFrom("measurementPublicParts")
    .innerJoin("measurements", "measurements.id", "measurementPublicParts.measurementId")
    .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
    .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
    .innerJoin(visiblePacts(db, visibility).select(["pacts.id", "pacts.slug", "pacts.name"]).as("p"), "p.id", "chainNodes.pactId")
    .innerJoin("indicatorDimensions", (j) =>
      j
        .onRef("indicatorDimensions.dimensionId", "=", "measurementPublicParts.dimensionId")
        .onRef("indicatorDimensions.indicatorId", "=", "measurements.indicatorId"),
    )
    .where("indicatorDimensions.removedAt", "is", null)
    .where("measurements.publicValue", "is not", null)
    .where("measurements.publicMeasuredOn", "is not", null);
}

/** A sort-key value of a row: what a keyset cursor holds. */
export type KeyValue = string | number;

/**
 * One page: by offset (the page-number links), or by keyset — the rows after the given sort key
 * (null: from the start), which stays fast however deep the page and never skips or repeats a
 * row when rows are added meanwhile.
 */
export type Slice = { limit: number; offset: number } | { limit: number; after: readonly KeyValue[] | null };

/** One page of a data set (or all of it without a slice), ordered so pages never overlap. */
export async function openDataRows<D extends OpenDataset>(db: Executor, dataset: D, visibility: Visibility, slice?: Slice): Promise<OpenDataRow<D>[]> {
  const rows = await loaders[dataset](db, visibility, slice);
  return rows as OpenDataRow<D>[];
}

export async function countOpenDataRows(db: Executor, dataset: OpenDataset, visibility: Visibility): Promise<number> {
  const pacts = visiblePacts(db, visibility).select("pacts.id");
  const count = (q: { executeTakeFirstOrThrow(): Promise<{ n: string | number | bigint }> }) => q.executeTakeFirstOrThrow().then((r) => Number(r.n));
  switch (dataset) {
    case "pacts":
      return count(db.selectFrom(pacts.as("p")).select((eb) => eb.fn.countAll<string>().as("n")));
    case "partners":
      return count(
        db
          .selectFrom("pactParticipants")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("pactId", "in", pacts),
      );
    case "chain-nodes":
      return count(
        db
          .selectFrom("chainNodes")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("pactId", "in", pacts),
      );
    case "chain-links":
      return count(
        db
          .selectFrom("chainLinks")
          .innerJoin("chainNodes", "chainNodes.id", "chainLinks.fromId")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("chainNodes.pactId", "in", pacts),
      );
    case "indicators":
      return count(
        db
          .selectFrom("indicators")
          .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("chainNodes.pactId", "in", pacts),
      );
    case "measurements":
      return count(
        db
          .selectFrom("measurements")
          .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
          .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("chainNodes.pactId", "in", pacts)
          // Approved values only (review before publication, migration 0015).
          .where("measurements.publicValue", "is not", null),
      );
    case "breakdowns":
      return count(publicParts(db, visibility).select((eb) => eb.fn.countAll<string>().as("n")));
    case "barriers":
      return countPublicBarriers(db);
    case "regulations":
      return countRegulations(db);
    case "events":
      return countOpenEvents(db);
  }
}

/**
 * Each keyset data set's sort key: the columns it is ordered by (all ascending, unique together)
 * and where each is in an output row. The cursor of a page is the last row's key.
 */
const sortKeys = {
  pacts: { columns: ["pacts.name", "pacts.id"], of: (r) => [r.name, r.id] },
  partners: { columns: ["p.slug", "pactParticipants.organisationId"], of: (r) => [r.pactSlug, r.organisationId] },
  "chain-nodes": { columns: ["p.slug", "chainNodes.id"], of: (r) => [r.pactSlug, r.id] },
  "chain-links": { columns: ["p.slug", "chainLinks.fromId", "chainLinks.toId"], of: (r) => [r.pactSlug, r.fromId, r.toId] },
  indicators: { columns: ["p.slug", "indicators.name", "indicators.id"], of: (r) => [r.pactSlug, r.name, r.id] },
  // The index measurements_public_idx (migration 0020) walks this order: a page reads its rows only.
  // `lead`: the same first key on the joined indicators, so a merge join starts at the cursor too.
  measurements: {
    columns: ["measurements.indicatorId", "measurements.publicMeasuredOn", "measurements.id"],
    lead: "indicators.id",
    of: (r) => [r.indicatorId, r.measuredOn, r.id],
  },
  breakdowns: {
    columns: [
      "p.slug",
      "measurements.indicatorId",
      "measurements.publicMeasuredOn",
      "measurementPublicParts.measurementId",
      "measurementPublicParts.dimensionId",
      "measurementPublicParts.categoryId",
    ],
    of: (r) => [r.pactSlug, r.indicatorId, r.measuredOn, r.measurementId, r.dimensionId, r.categoryId],
  },
} satisfies { [D in OpenDataset]?: { columns: string[]; lead?: string; of: (row: OpenDataRow<D>) => KeyValue[] } };

type KeysetDataset = keyof typeof sortKeys;
const isKeyset = (dataset: OpenDataset): dataset is KeysetDataset => dataset in sortKeys;

/** The sort key of a row of a keyset data set; undefined for the small sets paged by offset. */
export function openDataRowKey<D extends OpenDataset>(dataset: D, row: OpenDataRow<D>): KeyValue[] | undefined {
  if (!isKeyset(dataset)) return undefined;
  return (sortKeys[dataset].of as (row: OpenDataRow<D>) => KeyValue[])(row);
}

/** How many values a keyset cursor of this data set holds; 0 for offset-paged ones. */
export function openDataKeyLength(dataset: OpenDataset): number {
  return isKeyset(dataset) ? sortKeys[dataset].columns.length : 0;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one helper over the loaders' differently typed queries
type AnyQuery = SelectQueryBuilder<any, any, any>;

/** Orders by the data set's key and applies the slice: offset/limit, or `key > after` and limit. */
function sliced<Q extends AnyQuery>(query: Q, key: readonly string[], slice?: Slice, lead?: string): Q {
  let ordered = query;
  for (const column of key) ordered = ordered.orderBy(column) as Q;
  if (!slice) return ordered;
  if ("offset" in slice) return ordered.limit(slice.limit).offset(slice.offset) as Q;
  if (slice.after === null) return ordered.limit(slice.limit) as Q;
  const columns = sql.join(key.map((column) => sql.ref(column)));
  const values = sql.join(slice.after.map((value) => sql`${value}`));
  const keyed = ordered.where(sql<boolean>`(${columns}) > (${values})`);
  return (lead ? keyed.where(sql<boolean>`${sql.ref(lead)} >= ${slice.after[0]}`) : keyed).limit(slice.limit) as Q;
}

type Loader = (db: Executor, visibility: Visibility, slice?: Slice) => Promise<unknown[]>;

/** The small data sets of other repositories page by offset: a keyset slice becomes one from its position. */
const offsetOf = (slice?: Slice): { limit: number; offset: number } | undefined => (slice && "offset" in slice ? slice : undefined);

const loaders: { [D in OpenDataset]: Loader } = {
  async pacts(db, visibility, slice) {
    const rows = await sliced(
      visiblePacts(db, visibility)
        .leftJoin("regions", "regions.id", "pacts.regionId")
        .select([
          "pacts.id",
          "pacts.slug",
          "pacts.kind",
          "pacts.name",
          "pacts.description",
          "pacts.regionId",
          "regions.name as regionName",
          "regions.provinces",
          "pacts.parentPactId",
          "pacts.startDate",
          "pacts.currentPhase",
          "pacts.collaborationForm",
          "pacts.functions",
          "pacts.admissionStatus",
          "pacts.adoption",
          "pacts.consolidationAgreements",
          "pacts.updatedAt",
        ]),
      sortKeys["pacts"].columns,
      slice,
    ).execute();
    const ids = rows.map((r) => r.id);
    const themeRows =
      ids.length === 0
        ? []
        : await db
            .selectFrom("pactThemes")
            .innerJoin("taxonomyTerms", "taxonomyTerms.id", "pactThemes.termId")
            .select(["pactThemes.pactId", "taxonomyTerms.label"])
            .where("pactThemes.pactId", "in", ids)
            .orderBy("taxonomyTerms.sortOrder")
            .orderBy("taxonomyTerms.label")
            .execute();
    // A front-runner's parent is named only when the reader may see it.
    const parentIds = [...new Set(rows.flatMap((r) => (r.parentPactId ? [r.parentPactId] : [])))];
    const visibleParents = new Set(
      parentIds.length === 0 ? [] : (await visiblePacts(db, visibility).select("pacts.id").where("pacts.id", "in", parentIds).execute()).map((r) => r.id),
    );
    return rows.map((row): OpenDataRow<"pacts"> => ({
      id: row.id,
      slug: row.slug,
      kind: row.kind,
      name: row.name,
      description: row.description,
      regionId: row.regionId,
      regionName: row.regionName,
      provinces: joinList(row.provinces ?? []),
      parentPactId: row.parentPactId && visibleParents.has(row.parentPactId) ? row.parentPactId : null,
      startDate: row.startDate,
      currentPhase: row.currentPhase,
      collaborationForm: row.collaborationForm,
      functions: joinList(row.functions),
      admissionStatus: row.admissionStatus,
      adoption: row.adoption,
      consolidationAgreements: joinList(row.consolidationAgreements),
      themes: joinList(themeRows.filter((t) => t.pactId === row.id).map((t) => t.label)),
      updatedAt: row.updatedAt,
    }));
  },

  partners(db, visibility, slice) {
    return sliced(
      db
        .selectFrom("pactParticipants")
        .innerJoin(visiblePacts(db, visibility).select(["pacts.id", "pacts.slug", "pacts.name"]).as("p"), "p.id", "pactParticipants.pactId")
        .innerJoin("organisations", "organisations.id", "pactParticipants.organisationId")
        .select([
          "p.id as pactId",
          "p.slug as pactSlug",
          "organisations.id as organisationId",
          "organisations.name as organisationName",
          "organisations.sector",
          "organisations.level",
          "organisations.place",
          "pactParticipants.role",
        ]),
      sortKeys["partners"].columns,
      slice,
    ).execute();
  },

  async ["chain-nodes"](db, visibility, slice) {
    const rows = await sliced(
      db
        .selectFrom("chainNodes")
        .innerJoin(visiblePacts(db, visibility).select(["pacts.id", "pacts.slug", "pacts.name"]).as("p"), "p.id", "chainNodes.pactId")
        .leftJoin("taxonomyTerms", "taxonomyTerms.id", "chainNodes.termId")
        .select([
          "chainNodes.id",
          "p.id as pactId",
          "p.slug as pactSlug",
          "chainNodes.kind",
          "chainNodes.title",
          "chainNodes.description",
          "chainNodes.termId",
          "taxonomyTerms.label as termLabel",
          "chainNodes.amountCents",
          "chainNodes.fte",
          "chainNodes.fundingSource",
          "chainNodes.regulationId",
          "chainNodes.periodStart",
          "chainNodes.periodEnd",
          "chainNodes.status",
        ]),
      sortKeys["chain-nodes"].columns,
      slice,
    ).execute();
    return rows.map((row) => ({ ...row, amountCents: row.amountCents === null ? null : Number(row.amountCents) }));
  },

  ["chain-links"](db, visibility, slice) {
    return sliced(
      db
        .selectFrom("chainLinks")
        .innerJoin("chainNodes", "chainNodes.id", "chainLinks.fromId")
        .innerJoin(visiblePacts(db, visibility).select(["pacts.id", "pacts.slug", "pacts.name"]).as("p"), "p.id", "chainNodes.pactId")
        .select(["p.id as pactId", "p.slug as pactSlug", "chainLinks.fromId", "chainLinks.toId"]),
      sortKeys["chain-links"].columns,
      slice,
    ).execute();
  },

  indicators(db, visibility, slice) {
    return sliced(
      db
        .selectFrom("indicators")
        .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
        .innerJoin(visiblePacts(db, visibility).select(["pacts.id", "pacts.slug", "pacts.name"]).as("p"), "p.id", "chainNodes.pactId")
        .select([
          "indicators.id",
          "indicators.nodeId",
          "p.id as pactId",
          "p.slug as pactSlug",
          "indicators.name",
          "indicators.unit",
          "indicators.unitKind",
          "indicators.frequency",
          "indicators.direction",
          "indicators.baselineValue",
          "indicators.baselineDate",
          "indicators.targetValue",
          "indicators.targetDate",
        ]),
      sortKeys["indicators"].columns,
      slice,
    ).execute();
  },

  measurements(db, visibility, slice) {
    return sliced(
      db
        .selectFrom("measurements")
        .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
        .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
        .innerJoin(visiblePacts(db, visibility).select(["pacts.id", "pacts.slug", "pacts.name"]).as("p"), "p.id", "chainNodes.pactId")
        .select([
          "measurements.id",
          "measurements.indicatorId",
          "p.id as pactId",
          "p.slug as pactSlug",
          // The last approved version, never the working copy (review before publication, migration 0015).
          (eb) => eb.fn.coalesce("measurements.publicMeasuredOn", "measurements.measuredOn").as("measuredOn"),
          (eb) => eb.fn.coalesce("measurements.publicValue", "measurements.value").as("value"),
          "measurements.publicSource as source",
          "measurements.publicNote as note",
        ])
        .where("measurements.publicValue", "is not", null),
      sortKeys["measurements"].columns,
      slice,
      sortKeys.measurements.lead,
    ).execute();
  },

  async breakdowns(db, visibility, slice) {
    const rows = await sliced(
      publicParts(db, visibility)
        .innerJoin("dimensions", "dimensions.id", "measurementPublicParts.dimensionId")
        .innerJoin("dimensionCategories", "dimensionCategories.id", "measurementPublicParts.categoryId")
        .select([
          "measurementPublicParts.measurementId",
          "measurements.indicatorId",
          "indicators.name as indicatorName",
          "p.id as pactId",
          "p.slug as pactSlug",
          "p.name as pactName",
          "indicators.unit",
          "measurements.publicMeasuredOn",
          "measurements.publicValue",
          "measurementPublicParts.dimensionId",
          "dimensions.label as dimension",
          "measurementPublicParts.categoryId",
          "dimensionCategories.label as category",
          "measurementPublicParts.value",
          "measurementPublicParts.source",
        ]),
      sortKeys["breakdowns"].columns,
      slice,
    ).execute();
    return rows.map(({ publicMeasuredOn, publicValue, ...row }): OpenDataRow<"breakdowns"> => ({
      measurementId: row.measurementId,
      indicatorId: row.indicatorId,
      indicatorName: row.indicatorName,
      pactId: row.pactId,
      pactSlug: row.pactSlug,
      pactName: row.pactName,
      unit: row.unit,
      measuredOn: publicMeasuredOn!,
      total: publicValue!,
      dimensionId: row.dimensionId,
      dimension: row.dimension,
      categoryId: row.categoryId,
      category: row.category,
      value: row.value,
      source: row.source,
    }));
  },

  // Answered barriers are public whatever the pact's state; the pact is named only when published.
  async barriers(db, _visibility, slice) {
    const rows = await allPublicBarriers(db, offsetOf(slice));
    return rows.map(({ pact, ...row }): OpenDataRow<"barriers"> => ({ ...row, pactId: pact?.id ?? null, pactSlug: pact?.slug ?? null }));
  },

  regulations(db, _visibility, slice) {
    return allRegulations(db, offsetOf(slice));
  },

  // The published agenda; linked pacts are named only when published.
  events(db, _visibility, slice) {
    return openEventRows(db, offsetOf(slice));
  },
};

/**
 * Every row of a data set, in batches of `size` read one after the other (by keyset, or by offset
 * for the small sets): a download of a million rows holds one batch in memory at a time.
 */
export async function* openDataBatches<D extends OpenDataset>(
  db: Executor,
  dataset: D,
  visibility: Visibility,
  size = 5_000,
): AsyncGenerator<OpenDataRow<D>[]> {
  let after: KeyValue[] | null = null;
  let offset = 0;
  for (;;) {
    const slice: Slice = isKeyset(dataset) ? { limit: size, after } : { limit: size, offset };
    const rows: OpenDataRow<D>[] = await openDataRows(db, dataset, visibility, slice);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = openDataRowKey(dataset, rows.at(-1)!) ?? null;
    offset += size;
  }
}
