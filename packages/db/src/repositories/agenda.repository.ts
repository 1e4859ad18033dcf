import type { Ambition } from "@zorgpact/domain/agenda";
import type { PactKind, PublicationStatus } from "@zorgpact/domain/pact";
import type { Organisation, Partner } from "@zorgpact/domain/organisation";
import type { TaxonomyKind, TaxonomyTerm } from "@zorgpact/domain/taxonomy";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { listPartners } from "./organisation.repository.ts";
import type { Visibility } from "./visibility.ts";

type Executor = Kysely<Database>;

export interface AgendaPact {
  id: string;
  slug: string;
  name: string;
  kind: PactKind;
  publicationStatus: PublicationStatus;
}

/** A pact that is not archived (and published, for the public), by id or slug. */
export async function findAgendaPact(db: Executor, key: { id: string } | { slug: string }, visibility: Visibility): Promise<AgendaPact | undefined> {
  let query = db.selectFrom("pacts").select(["id", "slug", "name", "kind", "publicationStatus"]).where("archivedAt", "is", null);
  if (visibility.publishedOnly) query = query.where("publicationStatus", "=", "published");
  query = "id" in key ? query.where("id", "=", key.id) : query.where("slug", "=", key.slug);
  const row = await query.executeTakeFirst();
  return row ? { ...row, kind: row.kind, publicationStatus: row.publicationStatus } : undefined;
}

// ─── Issues ──────────────────────────────────────────────────────────────────────────────

export interface IssueRecord {
  id: string;
  pactId: string;
  title: string;
  description: string;
  sortOrder: number;
  version: number;
  themeIds: string[];
  organisationIds: string[];
  /** Whether the issue's pact is archived: an archived pact's agenda is read-only. */
  pactArchived: boolean;
}

export async function findIssue(db: Executor, id: string): Promise<IssueRecord | undefined> {
  const row = await db
    .selectFrom("agendaIssues")
    .innerJoin("pacts", "pacts.id", "agendaIssues.pactId")
    .select([
      "agendaIssues.id",
      "agendaIssues.pactId",
      "agendaIssues.title",
      "agendaIssues.description",
      "agendaIssues.sortOrder",
      "agendaIssues.version",
      "pacts.archivedAt",
    ])
    .where("agendaIssues.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [themes, coalition] = await Promise.all([
    db.selectFrom("agendaIssueThemes").select("termId").where("issueId", "=", id).orderBy("termId").execute(),
    db.selectFrom("agendaIssueCoalition").select("organisationId").where("issueId", "=", id).orderBy("organisationId").execute(),
  ]);
  const { archivedAt, ...issue } = row;
  return {
    ...issue,
    themeIds: themes.map((t) => t.termId),
    organisationIds: coalition.map((c) => c.organisationId),
    pactArchived: archivedAt !== null,
  };
}

export async function insertIssue(db: Executor, fields: { pactId: string; title: string; description: string }): Promise<string> {
  const { next } = await db
    .selectFrom("agendaIssues")
    .select((eb) => eb(eb.fn.coalesce(eb.fn.max("sortOrder"), eb.lit(-1)), "+", 1).as("next"))
    .where("pactId", "=", fields.pactId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto("agendaIssues")
    .values({ ...fields, sortOrder: Number(next) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates an issue if nobody changed it since `version`; with no fields, only the version moves. */
export async function updateIssue(
  db: Executor,
  id: string,
  version: number,
  fields: { title?: string; description?: string; sortOrder?: number },
): Promise<boolean> {
  const result = await db
    .updateTable("agendaIssues")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: new Date().toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteIssue(db: Executor, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom("agendaIssues").where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function replaceIssueThemes(db: Executor, issueId: string, termIds: readonly string[]): Promise<void> {
  await db.deleteFrom("agendaIssueThemes").where("issueId", "=", issueId).execute();
  if (termIds.length > 0)
    await db
      .insertInto("agendaIssueThemes")
      .values(termIds.map((termId) => ({ issueId, termId })))
      .execute();
}

export async function replaceCoalition(db: Executor, issueId: string, organisationIds: readonly string[]): Promise<void> {
  await db.deleteFrom("agendaIssueCoalition").where("issueId", "=", issueId).execute();
  if (organisationIds.length > 0) {
    await db
      .insertInto("agendaIssueCoalition")
      .values(organisationIds.map((organisationId) => ({ issueId, organisationId })))
      .execute();
  }
}

export async function countIssueNodes(db: Executor, issueId: string): Promise<number> {
  const { count } = await db
    .selectFrom("chainNodes")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("issueId", "=", issueId)
    .executeTakeFirstOrThrow();
  return Number(count);
}

// ─── Ambitions ───────────────────────────────────────────────────────────────────────────

export async function findAmbition(db: Executor, id: string): Promise<(Ambition & { pactId: string; pactArchived: boolean }) | undefined> {
  const row = await db
    .selectFrom("ambitions")
    .innerJoin("agendaIssues", "agendaIssues.id", "ambitions.issueId")
    .innerJoin("pacts", "pacts.id", "agendaIssues.pactId")
    .select(["ambitions.id", "ambitions.issueId", "ambitions.statement", "ambitions.sortOrder", "ambitions.version", "agendaIssues.pactId", "pacts.archivedAt"])
    .where("ambitions.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { archivedAt, ...ambition } = row;
  return { ...ambition, pactArchived: archivedAt !== null };
}

export async function insertAmbition(db: Executor, fields: { issueId: string; statement: string }): Promise<string> {
  const { next } = await db
    .selectFrom("ambitions")
    .select((eb) => eb(eb.fn.coalesce(eb.fn.max("sortOrder"), eb.lit(-1)), "+", 1).as("next"))
    .where("issueId", "=", fields.issueId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto("ambitions")
    .values({ ...fields, sortOrder: Number(next) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAmbition(db: Executor, id: string, version: number, fields: { statement: string; sortOrder?: number }): Promise<boolean> {
  const result = await db
    .updateTable("ambitions")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1), updatedAt: new Date().toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteAmbition(db: Executor, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom("ambitions").where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// ─── Lookups for validation ──────────────────────────────────────────────────────────────

export async function findTerms(db: Executor, ids: readonly string[]): Promise<{ id: string; kind: TaxonomyKind; retired: boolean }[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("taxonomyTerms").select(["id", "kind", "retiredAt"]).where("id", "in", ids).execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, retired: r.retiredAt !== null }));
}

export async function partnerIdsOf(db: Executor, pactId: string): Promise<Set<string>> {
  const rows = await db.selectFrom("pactParticipants").select("organisationId").where("pactId", "=", pactId).execute();
  return new Set(rows.map((r) => r.organisationId));
}

// ─── The whole agenda, as stored ─────────────────────────────────────────────────────────

export interface StoredAgenda {
  issues: {
    id: string;
    pactId: string;
    title: string;
    description: string;
    sortOrder: number;
    version: number;
    updatedAt: string;
    themeIds: string[];
    organisationIds: string[];
    ambitions: Ambition[];
  }[];
  partners: Partner[];
  organisations: Organisation[];
  terms: TaxonomyTerm[];
}

/** Issues with their themes, coalitions and ambitions, and every organisation and term they or the chain name. */
export async function loadAgendaIssues(db: Executor, pactId: string, chainRefs: { organisationIds: string[]; termIds: string[] }): Promise<StoredAgenda> {
  const issueRows = await db
    .selectFrom("agendaIssues")
    .select(["id", "pactId", "title", "description", "sortOrder", "version", "updatedAt"])
    .where("pactId", "=", pactId)
    .orderBy("sortOrder")
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
  const issueIds = issueRows.map((i) => i.id);
  const [themes, coalition, ambitions, partners] = await Promise.all([
    issueIds.length ? db.selectFrom("agendaIssueThemes").select(["issueId", "termId"]).where("issueId", "in", issueIds).execute() : [],
    issueIds.length ? db.selectFrom("agendaIssueCoalition").select(["issueId", "organisationId"]).where("issueId", "in", issueIds).execute() : [],
    issueIds.length
      ? db
          .selectFrom("ambitions")
          .select(["id", "issueId", "statement", "sortOrder", "version"])
          .where("issueId", "in", issueIds)
          .orderBy("sortOrder")
          .orderBy("createdAt")
          .orderBy("id")
          .execute()
      : [],
    listPartners(db, pactId),
  ]);

  const organisationIds = [...new Set([...partners.map((p) => p.id), ...coalition.map((c) => c.organisationId), ...chainRefs.organisationIds])];
  const termIds = [...new Set([...themes.map((t) => t.termId), ...chainRefs.termIds])];
  const [organisations, terms] = await Promise.all([
    organisationIds.length
      ? db.selectFrom("organisations").select(["id", "name", "sector", "level", "place"]).where("id", "in", organisationIds).orderBy("name").execute()
      : [],
    loadTermsWithParents(db, termIds),
  ]);

  return {
    issues: issueRows.map((issue) => ({
      ...issue,
      themeIds: themes.filter((t) => t.issueId === issue.id).map((t) => t.termId),
      organisationIds: coalition.filter((c) => c.issueId === issue.id).map((c) => c.organisationId),
      ambitions: ambitions.filter((a) => a.issueId === issue.id),
    })),
    partners,
    organisations,
    terms,
  };
}

/** Terms and their parents (the result domain of an area, the target group of an effect category). */
async function loadTermsWithParents(db: Executor, ids: readonly string[]): Promise<TaxonomyTerm[]> {
  const found = new Map<string, TaxonomyTerm>();
  let wanted = [...ids];
  while (wanted.length > 0) {
    const rows = await db.selectFrom("taxonomyTerms").select(["id", "kind", "label", "parentId", "retiredAt", "sortOrder"]).where("id", "in", wanted).execute();
    for (const r of rows) found.set(r.id, { id: r.id, kind: r.kind, label: r.label, parentId: r.parentId, retired: r.retiredAt !== null });
    wanted = [...new Set(rows.map((r) => r.parentId).filter((p): p is string => p !== null && !found.has(p)))];
  }
  return [...found.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label, "nl"));
}
