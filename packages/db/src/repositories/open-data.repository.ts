import { joinList, type OpenDataRow, type OpenDataset } from "@zorgpact/domain/open-data";
import type { Kysely, SelectQueryBuilder } from "kysely";
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

export interface Slice {
  limit: number;
  offset: number;
}

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
    case "barriers":
      return countPublicBarriers(db);
    case "regulations":
      return countRegulations(db);
    case "events":
      return countOpenEvents(db);
  }
}

function sliced<Q extends { limit(n: number): Q; offset(n: number): Q }>(query: Q, slice?: Slice): Q {
  return slice ? query.limit(slice.limit).offset(slice.offset) : query;
}

type Loader = (db: Executor, visibility: Visibility, slice?: Slice) => Promise<unknown[]>;

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
        ])
        .orderBy("pacts.name")
        .orderBy("pacts.id"),
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
        ])
        .orderBy("p.name")
        .orderBy("p.id")
        .orderBy("organisations.name")
        .orderBy("organisations.id"),
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
        ])
        .orderBy("p.name")
        .orderBy("p.id")
        .orderBy("chainNodes.createdAt")
        .orderBy("chainNodes.id"),
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
        .select(["p.id as pactId", "p.slug as pactSlug", "chainLinks.fromId", "chainLinks.toId"])
        .orderBy("p.name")
        .orderBy("p.id")
        .orderBy("chainLinks.fromId")
        .orderBy("chainLinks.toId"),
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
          "indicators.direction",
          "indicators.baselineValue",
          "indicators.baselineDate",
          "indicators.targetValue",
          "indicators.targetDate",
        ])
        .orderBy("p.name")
        .orderBy("p.id")
        .orderBy("indicators.name")
        .orderBy("indicators.id"),
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
        .where("measurements.publicValue", "is not", null)
        .orderBy("p.name")
        .orderBy("p.id")
        .orderBy("indicators.name")
        .orderBy("measurements.indicatorId")
        .orderBy("measuredOn")
        .orderBy("measurements.id"),
      slice,
    ).execute();
  },

  // Answered barriers are public whatever the pact's state; the pact is named only when published.
  async barriers(db, _visibility, slice) {
    const rows = await allPublicBarriers(db, slice);
    return rows.map(({ pact, ...row }): OpenDataRow<"barriers"> => ({ ...row, pactId: pact?.id ?? null, pactSlug: pact?.slug ?? null }));
  },

  regulations(db, _visibility, slice) {
    return allRegulations(db, slice);
  },

  // The published agenda; linked pacts are named only when published.
  events(db, _visibility, slice) {
    return openEventRows(db, slice);
  },
};
