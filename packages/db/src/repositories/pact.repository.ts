import type { PactDetail, PactListInput, PactSummary } from "@zorgpact/domain/pact";
import { pageOffset, type Paged } from "@zorgpact/domain/common";
import type { Kysely, SelectQueryBuilder } from "kysely";
import type { Database } from "../schema.ts";
import { loadChain } from "./chain.repository.ts";
import { listPartners } from "./organisation.repository.ts";
import { termsForPacts } from "./taxonomy.repository.ts";
import { EVERYTHING, type Visibility } from "./visibility.ts";
import type { PhaseNumber } from "@zorgpact/domain/phase";
import type { Region } from "@zorgpact/domain/region";

type Executor = Kysely<Database>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function visible<O>(query: SelectQueryBuilder<Database, "pacts", O>, visibility: Visibility): SelectQueryBuilder<Database, "pacts", O> {
  let q = query.where("pacts.archivedAt", "is", null);
  if (visibility.publishedOnly) q = q.where("pacts.publicationStatus", "=", "published");
  return q;
}

export async function listPacts(
  db: Executor,
  input: PactListInput,
  visibility: Visibility,
  onlyIds?: readonly string[],
): Promise<Paged<PactSummary>> {
  let base = visible(db.selectFrom("pacts"), visibility);
  if (onlyIds) base = base.where("pacts.id", "in", onlyIds);
  if (input.kind) base = base.where("pacts.kind", "=", input.kind);
  if (input.phase) base = base.where("pacts.currentPhase", "=", input.phase);
  if (input.regionId) base = base.where("pacts.regionId", "=", input.regionId);
  if (input.themeId) {
    const themeId = input.themeId;
    base = base.where((eb) =>
      eb.exists(eb.selectFrom("pactThemes").whereRef("pactThemes.pactId", "=", "pacts.id").where("pactThemes.termId", "=", themeId)),
    );
  }
  if (input.search) base = base.where("pacts.name", "ilike", `%${escapeLike(input.search)}%`);

  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as("total")).executeTakeFirstOrThrow(),
    base
      .leftJoin("regions", "regions.id", "pacts.regionId")
      .select([
        "pacts.id",
        "pacts.slug",
        "pacts.kind",
        "pacts.name",
        "regions.name as regionName",
        "pacts.currentPhase",
        "pacts.publicationStatus",
        "pacts.updatedAt",
      ])
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
    items: rows.map((row) => ({
      ...row,
      kind: row.kind as PactSummary["kind"],
      currentPhase: row.currentPhase as PhaseNumber | null,
      publicationStatus: row.publicationStatus as PactSummary["publicationStatus"],
      themeIds: (themes.get(row.id) ?? []).map((t) => t.id),
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

export async function getPact(db: Executor, key: { id: string } | { slug: string }, visibility: Visibility): Promise<PactDetail | undefined> {
  const id = await findPactId(db, key, visibility);
  if (!id) return undefined;
  const pact = await db.selectFrom("pacts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  const [region, partners, themes, phaseHistory, checklist, chain] = await Promise.all([
    pact.regionId ? db.selectFrom("regions").select(["id", "name", "provinces", "latitude", "longitude"]).where("id", "=", pact.regionId).executeTakeFirst() : undefined,
    listPartners(db, id),
    termsForPacts(db, [id]),
    db.selectFrom("phaseHistory").select(["phase", "changedOn", "note"]).where("pactId", "=", id).orderBy("changedOn").orderBy("createdAt").execute(),
    db.selectFrom("phaseChecklistTicks").select(["phase", "itemKey", "done"]).where("pactId", "=", id).orderBy("phase").orderBy("itemKey").execute(),
    loadChain(db, id),
  ]);

  return {
    id: pact.id,
    slug: pact.slug,
    kind: pact.kind as PactDetail["kind"],
    name: pact.name,
    description: pact.description,
    region: region ? (region as Region) : null,
    startDate: pact.startDate,
    publicationStatus: pact.publicationStatus as PactDetail["publicationStatus"],
    admissionStatus: pact.admissionStatus as PactDetail["admissionStatus"],
    collaborationForm: pact.collaborationForm as PactDetail["collaborationForm"],
    functions: pact.functions as PactDetail["functions"],
    currentPhase: pact.currentPhase as PhaseNumber | null,
    phaseHistory: phaseHistory.map((h) => ({ ...h, phase: h.phase as PhaseNumber })),
    checklist: checklist.map((c) => ({ ...c, phase: c.phase as PhaseNumber })),
    partners,
    themes: themes.get(id) ?? [],
    chain,
    version: pact.version,
    updatedAt: pact.updatedAt,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Which of these ids are pacts that exist (archived or not). */
export async function existingPactIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom("pacts").select("id").where("id", "in", ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** The editable fields of a pact as stored, for audit before/after and optimistic locking. */
export async function findPactForUpdate(db: Executor, id: string) {
  return db
    .selectFrom("pacts")
    .select(["id", "name", "description", "startDate", "contactName", "contactEmail", "version", "archivedAt"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function updatePactFields(
  db: Executor,
  id: string,
  version: number,
  fields: { name: string; description: string; startDate: string | null; contactName: string | null; contactEmail: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable("pacts")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: new Date().toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The pacts an editor may manage: all for the national team, their own for a regional editor. */
export async function listManagedPacts(db: Executor, input: PactListInput, scope: { all: true } | { pactIds: readonly string[] }) {
  if ("pactIds" in scope && scope.pactIds.length === 0) return { items: [], total: 0, page: input.page, pageSize: input.pageSize };
  return listPacts(db, input, EVERYTHING, "pactIds" in scope ? scope.pactIds : undefined);
}
