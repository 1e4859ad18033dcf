import { pageOffset, type Paged } from "@zorgpact/domain/common";
import type { FollowUp } from "@zorgpact/domain/front-runner";
import { completeGovernance } from "@zorgpact/domain/governance";
import { goldenTriangle } from "@zorgpact/domain/organisation";
import type { LinkedPact, ManagedPactSummary, PactDetail, PactEditDetail, PactListInput, PactManagedListInput, PactSummary } from "@zorgpact/domain/pact";
import type { Kysely, SelectQueryBuilder } from "kysely";
import type { Database, PactRow } from "../schema.ts";
import { loadChain } from "./chain.repository.ts";
import { loadApplication, loadReview } from "./front-runner.repository.ts";
import { listPartners } from "./organisation.repository.ts";
import { loadChecklistDetail, loadPhaseHistoryDetail } from "./phase.repository.ts";
import { containsPattern } from "./search.ts";
import { termsForPacts } from "./taxonomy.repository.ts";
import { EVERYTHING, type Visibility } from "./visibility.ts";

type Executor = Kysely<Database>;

function visible<O>(query: SelectQueryBuilder<Database, "pacts", O>, visibility: Visibility): SelectQueryBuilder<Database, "pacts", O> {
  let q = query.where("pacts.archivedAt", "is", null);
  if (visibility.publishedOnly) q = q.where("pacts.publicationStatus", "=", "published");
  return q;
}

/** The filters the public list and the admin table share. */
function filtered<O>(query: SelectQueryBuilder<Database, "pacts", O>, input: PactListInput): SelectQueryBuilder<Database, "pacts", O> {
  let q = query;
  if (input.kind) q = q.where("pacts.kind", "=", input.kind);
  if (input.phase) q = q.where("pacts.currentPhase", "=", input.phase);
  if (input.regionId) q = q.where("pacts.regionId", "=", input.regionId);
  if (input.province) {
    const province: string = input.province;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("regions as provinceRegion")
          .whereRef("provinceRegion.id", "=", "pacts.regionId")
          .where((inner) => inner(inner.val(province), "=", inner.fn.any("provinceRegion.provinces"))),
      ),
    );
  }
  if (input.themeId) {
    const themeId = input.themeId;
    q = q.where((eb) => eb.exists(eb.selectFrom("pactThemes").whereRef("pactThemes.pactId", "=", "pacts.id").where("pactThemes.termId", "=", themeId)));
  }
  if (input.search) q = q.where("pacts.name", "ilike", containsPattern(input.search));
  return q;
}

const summaryColumns = [
  "pacts.id",
  "pacts.slug",
  "pacts.kind",
  "pacts.name",
  "regions.name as regionName",
  "pacts.currentPhase",
  "pacts.publicationStatus",
  "pacts.updatedAt",
] as const;

function toSummary(
  row: Pick<PactRow, "id" | "slug" | "kind" | "name" | "currentPhase" | "publicationStatus" | "updatedAt"> & { regionName: string | null },
  themeIds: string[],
): PactSummary {
  return { ...row, themeIds };
}

export async function listPacts(db: Executor, input: PactListInput, visibility: Visibility, onlyIds?: readonly string[]): Promise<Paged<PactSummary>> {
  let base = filtered(visible(db.selectFrom("pacts"), visibility), input);
  if (onlyIds) base = base.where("pacts.id", "in", onlyIds);

  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as("total")).executeTakeFirstOrThrow(),
    base
      .leftJoin("regions", "regions.id", "pacts.regionId")
      .select(summaryColumns)
      .orderBy("pacts.name")
      .orderBy("pacts.id")
      .limit(input.pageSize)
      .offset(pageOffset(input))
      .execute(),
  ]);

  const themes = await termsForPacts(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((row) =>
      toSummary(
        row,
        (themes.get(row.id) ?? []).map((t) => t.id),
      ),
    ),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}

/**
 * The pacts an editor may manage, drafts included: all for the national team, their own for a
 * regional editor. Archived pacts only when asked for, and then only those.
 */
export async function listManagedPacts(
  db: Executor,
  input: PactManagedListInput,
  scope: { all: true } | { pactIds: readonly string[] },
): Promise<Paged<ManagedPactSummary>> {
  if ("pactIds" in scope && scope.pactIds.length === 0) return { items: [], total: 0, page: input.page, pageSize: input.pageSize };
  let base = filtered(db.selectFrom("pacts"), input).where("pacts.archivedAt", input.archived ? "is not" : "is", null);
  if ("pactIds" in scope) base = base.where("pacts.id", "in", scope.pactIds);
  if (input.publicationStatus) base = base.where("pacts.publicationStatus", "=", input.publicationStatus);
  if (input.admissionStatus) base = base.where("pacts.admissionStatus", "=", input.admissionStatus);

  const sortColumn = ({ name: "pacts.name", updatedAt: "pacts.updatedAt", kind: "pacts.kind" } as const)[input.sort];
  let rowsQuery = base
    .leftJoin("regions", "regions.id", "pacts.regionId")
    .select([...summaryColumns, "pacts.admissionStatus", "pacts.archivedAt", "pacts.version"])
    .orderBy(sortColumn, input.direction);
  if (input.sort !== "name") rowsQuery = rowsQuery.orderBy("pacts.name");
  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as("total")).executeTakeFirstOrThrow(),
    rowsQuery.orderBy("pacts.id").limit(input.pageSize).offset(pageOffset(input)).execute(),
  ]);

  const themes = await termsForPacts(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map(({ admissionStatus, archivedAt, version, ...row }) => ({
      ...toSummary(
        row,
        (themes.get(row.id) ?? []).map((t) => t.id),
      ),
      admissionStatus,
      archivedAt,
      version,
    })),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function findPactId(db: Executor, key: { id: string } | { slug: string }, visibility: Visibility): Promise<string | undefined> {
  let query = visible(db.selectFrom("pacts").select("pacts.id"), visibility);
  query = "id" in key ? query.where("pacts.id", "=", key.id) : query.where("pacts.slug", "=", key.slug);
  return (await query.executeTakeFirst())?.id;
}

/** A pact as the public sees it (PUBLIC), or as editors see its public face (EVERYTHING); never archived. */
export async function getPact(db: Executor, key: { id: string } | { slug: string }, visibility: Visibility): Promise<PactDetail | undefined> {
  const id = await findPactId(db, key, visibility);
  if (!id) return undefined;
  const pact = await db.selectFrom("pacts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  return loadDetail(db, pact, visibility);
}

/** Everything editors and the national team see of a pact, archived or not. */
export async function getPactEditDetail(db: Executor, id: string): Promise<PactEditDetail | undefined> {
  const pact = await db.selectFrom("pacts").selectAll().where("id", "=", id).executeTakeFirst();
  if (!pact) return undefined;
  const [detail, phaseHistory, checklist, application, review] = await Promise.all([
    loadDetail(db, pact, EVERYTHING),
    loadPhaseHistoryDetail(db, id),
    loadChecklistDetail(db, id),
    loadApplication(db, id),
    pact.kind === "front_runner" ? loadReview(db, id) : null,
  ]);
  return {
    ...detail,
    contactEmail: pact.contactEmail,
    archivedAt: pact.archivedAt,
    phaseHistory,
    checklist,
    application: application ?? null,
    review,
  };
}

async function loadDetail(db: Executor, pact: PactRow, visibility: Visibility): Promise<PactDetail> {
  const id = pact.id;
  const [region, partners, themes, phaseHistory, checklist, fundingStreams, governance, parentPact, frontRunners, chain] = await Promise.all([
    pact.regionId
      ? db.selectFrom("regions").select(["id", "name", "provinces", "latitude", "longitude"]).where("id", "=", pact.regionId).executeTakeFirst()
      : undefined,
    listPartners(db, id),
    termsForPacts(db, [id]),
    db.selectFrom("phaseHistory").select(["phase", "changedOn", "note"]).where("pactId", "=", id).orderBy("changedOn").orderBy("createdAt").execute(),
    db.selectFrom("phaseChecklistTicks").select(["phase", "itemKey", "done"]).where("pactId", "=", id).orderBy("phase").orderBy("itemKey").execute(),
    db.selectFrom("pactFundingStreams").select(["id", "source", "amountCents", "inKind"]).where("pactId", "=", id).orderBy("sortOrder").orderBy("id").execute(),
    db.selectFrom("pactGovernance").select(["itemKey", "now", "inFiveYears"]).where("pactId", "=", id).execute(),
    pact.parentPactId ? linkedPacts(db, visibility, (q) => q.where("pacts.id", "=", pact.parentPactId!)) : [],
    linkedPacts(db, visibility, (q) => q.where("pacts.parentPactId", "=", id).where("pacts.kind", "=", "front_runner")),
    loadChain(db, id),
  ]);

  const lead = partners.find((p) => p.role === "lead");
  const followUp: FollowUp | null =
    pact.kind === "front_runner"
      ? {
          adoption: pact.adoption,
          challenges: pact.challenges,
          consolidationAgreements: pact.consolidationAgreements,
        }
      : null;

  return {
    id: pact.id,
    slug: pact.slug,
    kind: pact.kind,
    name: pact.name,
    description: pact.description,
    region: region ?? null,
    startDate: pact.startDate,
    publicationStatus: pact.publicationStatus,
    admissionStatus: pact.admissionStatus,
    collaborationForm: pact.collaborationForm,
    functions: pact.functions,
    currentPhase: pact.currentPhase,
    phaseHistory: phaseHistory.map((h) => ({ ...h, phase: h.phase })),
    checklist: checklist.map((c) => ({ ...c, phase: c.phase })),
    partners,
    leadOrganisation: lead ? { id: lead.id, name: lead.name, sector: lead.sector, level: lead.level, place: lead.place } : null,
    goldenTriangle: goldenTriangle(partners),
    themes: themes.get(id) ?? [],
    contactName: pact.contactName,
    fundingStreams,
    governance: completeGovernance(governance),
    followUp,
    parentPact: parentPact[0] ?? null,
    frontRunners,
    chain,
    version: pact.version,
    updatedAt: pact.updatedAt,
  };
}

/** Linked pacts the reader may see: the public never gets a draft or archived one. */
async function linkedPacts(
  db: Executor,
  visibility: Visibility,
  where: (q: SelectQueryBuilder<Database, "pacts", object>) => SelectQueryBuilder<Database, "pacts", object>,
): Promise<LinkedPact[]> {
  const rows = await visible(where(db.selectFrom("pacts")), visibility)
    .select(["pacts.id", "pacts.slug", "pacts.name", "pacts.kind", "pacts.publicationStatus"])
    .orderBy("pacts.name")
    .execute();
  return rows;
}

/** Which of these ids are pacts that exist (archived or not). */
export async function existingPactIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom("pacts").select("id").where("id", "in", ids).execute();
  return new Set(rows.map((r) => r.id));
}
