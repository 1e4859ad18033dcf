import type { GovernanceEntry } from "@zorgpact/domain/governance";
import type { FundingStreamInput } from "@zorgpact/domain/pact";
import type { Insertable, Kysely, Updateable } from "kysely";
import type { Database, PactsTable } from "../schema.ts";

type Executor = Kysely<Database>;

/** The stored pact a change starts from: its kind-dependent fields, status and version. */
export async function findPactForUpdate(db: Executor, id: string) {
  return db
    .selectFrom("pacts")
    .select([
      "id",
      "kind",
      "name",
      "description",
      "regionId",
      "parentPactId",
      "startDate",
      "contactName",
      "contactEmail",
      "publicationStatus",
      "admissionStatus",
      "collaborationForm",
      "functions",
      "currentPhase",
      "adoption",
      "challenges",
      "consolidationAgreements",
      "archivedAt",
      "version",
    ])
    .where("id", "=", id)
    .executeTakeFirst();
}
export type StoredPact = NonNullable<Awaited<ReturnType<typeof findPactForUpdate>>>;

/** The pact's collections as stored, for audit before/after. */
export async function loadPactCollections(db: Executor, id: string) {
  const [themes, streams, governance, lead] = await Promise.all([
    db.selectFrom("pactThemes").select("termId").where("pactId", "=", id).orderBy("termId").execute(),
    db.selectFrom("pactFundingStreams").select(["source", "amountCents", "inKind"]).where("pactId", "=", id).orderBy("sortOrder").orderBy("id").execute(),
    db.selectFrom("pactGovernance").select(["itemKey", "now", "inFiveYears"]).where("pactId", "=", id).orderBy("itemKey").execute(),
    db.selectFrom("pactParticipants").select("organisationId").where("pactId", "=", id).where("role", "=", "lead").executeTakeFirst(),
  ]);
  return {
    themeIds: themes.map((t) => t.termId),
    fundingStreams: streams,
    governance,
    leadOrganisationId: lead?.organisationId ?? null,
  };
}

/** Changes the pact's own row when the stored version matches; false on a stale version. */
export async function updatePactRow(db: Executor, id: string, version: number, fields: Updateable<PactsTable>, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("pacts")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: at.toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks a pact as changed (partners, checklist) without a new version: its own fields did not change. */
export async function touchPact(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable("pacts").set({ updatedAt: at.toISOString() }).where("id", "=", id).execute();
}

export async function insertNewPact(db: Executor, values: Insertable<PactsTable>): Promise<string> {
  const row = await db.insertInto("pacts").values(values).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

/** The slug itself when free, else the first free `slug-2`, `slug-3`, … */
export async function uniqueSlug(db: Executor, base: string): Promise<string> {
  const rows = await db
    .selectFrom("pacts")
    .select("slug")
    .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base}-%`)]))
    .execute();
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export async function slugTaken(db: Executor, slug: string): Promise<boolean> {
  return (await db.selectFrom("pacts").select("id").where("slug", "=", slug).executeTakeFirst()) !== undefined;
}

export async function nationalPactExists(db: Executor): Promise<boolean> {
  return (await db.selectFrom("pacts").select("id").where("kind", "=", "national").executeTakeFirst()) !== undefined;
}

/** Kind and archive state of a pact, to check what may link to it. */
export async function findPactBrief(db: Executor, id: string) {
  return db.selectFrom("pacts").select(["id", "kind", "name", "archivedAt"]).where("id", "=", id).executeTakeFirst();
}

export async function replaceThemes(db: Executor, pactId: string, termIds: readonly string[]): Promise<void> {
  await db.deleteFrom("pactThemes").where("pactId", "=", pactId).execute();
  const unique = [...new Set(termIds)];
  if (unique.length)
    await db
      .insertInto("pactThemes")
      .values(unique.map((termId) => ({ pactId, termId })))
      .execute();
}

export async function replaceFundingStreams(db: Executor, pactId: string, streams: readonly FundingStreamInput[]): Promise<void> {
  await db.deleteFrom("pactFundingStreams").where("pactId", "=", pactId).execute();
  if (streams.length) {
    await db
      .insertInto("pactFundingStreams")
      .values(streams.map((s, sortOrder) => ({ pactId, source: s.source, amountCents: s.amountCents, inKind: s.inKind, sortOrder })))
      .execute();
  }
}

/** Stores the items marked now or in 5 years; an item not stored reads as "no" for both. */
export async function replaceGovernance(db: Executor, pactId: string, entries: readonly GovernanceEntry[]): Promise<void> {
  await db.deleteFrom("pactGovernance").where("pactId", "=", pactId).execute();
  const marked = entries.filter((e) => e.now || e.inFiveYears);
  if (marked.length)
    await db
      .insertInto("pactGovernance")
      .values(marked.map((e) => ({ pactId, ...e })))
      .execute();
}
