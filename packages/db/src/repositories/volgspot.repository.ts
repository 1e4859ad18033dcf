import { volgspotDueOn, type AgreementStatus, type VolgspotStatus } from "@zorgpact/domain/volgspot";
import { sql, type Kysely, type Updateable } from "kysely";
import type { Database } from "../schema.ts";
import type { VolgspotAgreementsTable, VolgspotsTable } from "../schema-volgspot.ts";

/**
 * The Volgspot's rows: revisions per pact and year, their participants and results, and the
 * agreements of a pact's year. Functions take `db | trx` first; the service opens the transaction.
 * For the reminders: `volgspotsDueBetween` and `agreementsDueBefore` at the end of this file.
 */
type Executor = Kysely<Database>;

const OPEN_STATUSES: readonly VolgspotStatus[] = ["draft", "submitted", "returned"];

/** The pact a Volgspot page is about (archived pacts included: their Volgspots stay readable). */
export async function findVolgspotPact(db: Executor, id: string) {
  return db.selectFrom("pacts").select(["id", "slug", "name", "kind", "archivedAt"]).where("id", "=", id).executeTakeFirst();
}

// ─── Revisions ───────────────────────────────────────────────────────────────────────────

const volgspotColumns = [
  "volgspots.id",
  "volgspots.pactId",
  "volgspots.year",
  "volgspots.revision",
  "volgspots.status",
  "volgspots.heldOn",
  "volgspots.report",
  "volgspots.actionsAnswer",
  "volgspots.positionAnswer",
  "volgspots.factorsAnswer",
  "volgspots.newCollaborations",
  "volgspots.collaborationsNote",
  "volgspots.themesNote",
  "volgspots.successFactors",
  "volgspots.failureFactors",
  "volgspots.guestNames",
  "volgspots.submittedAt",
  "volgspots.decidedAt",
  "volgspots.returnComment",
  "volgspots.version",
  "volgspots.createdAt",
  "volgspots.updatedAt",
] as const;

export interface StoredVolgspot {
  id: string;
  pactId: string;
  year: number;
  revision: number;
  status: VolgspotStatus;
  heldOn: string;
  report: string;
  actionsAnswer: string;
  positionAnswer: string;
  factorsAnswer: string;
  newCollaborations: number | null;
  collaborationsNote: string;
  themesNote: string;
  successFactors: string[];
  failureFactors: string[];
  guestNames: string[];
  submittedAt: string | null;
  decidedAt: string | null;
  returnComment: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  participantIds: string[];
  results: { nodeId: string; note: string }[];
  /** An archived pact's Volgspots are read-only. */
  pactArchived: boolean;
}

async function withChildren(
  db: Executor,
  rows: (Omit<StoredVolgspot, "participantIds" | "results" | "pactArchived"> & { archivedAt: string | null })[],
): Promise<StoredVolgspot[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [participants, results] = await Promise.all([
    db.selectFrom("volgspotParticipants").select(["volgspotId", "organisationId"]).where("volgspotId", "in", ids).orderBy("organisationId").execute(),
    db.selectFrom("volgspotResults").select(["volgspotId", "nodeId", "note"]).where("volgspotId", "in", ids).orderBy("sortOrder").orderBy("nodeId").execute(),
  ]);
  return rows.map(({ archivedAt, ...row }) => ({
    ...row,
    participantIds: participants.filter((p) => p.volgspotId === row.id).map((p) => p.organisationId),
    results: results.filter((r) => r.volgspotId === row.id).map(({ nodeId, note }) => ({ nodeId, note })),
    pactArchived: archivedAt !== null,
  }));
}

function selectVolgspots(db: Executor) {
  return db
    .selectFrom("volgspots")
    .innerJoin("pacts", "pacts.id", "volgspots.pactId")
    .select([...volgspotColumns, "pacts.archivedAt"]);
}

/**
 * One revision. `lock` takes a row lock for the rest of the transaction, so a change that depends
 * on the revision's state (an agreement added to a draft) cannot race a step (its submission).
 */
export async function findVolgspot(db: Executor, id: string, lock = false): Promise<StoredVolgspot | undefined> {
  let query = selectVolgspots(db).where("volgspots.id", "=", id);
  if (lock) query = query.forUpdate("volgspots");
  const rows = await query.execute();
  return (await withChildren(db, rows))[0];
}

/** Every revision of a pact's Volgspots, newest year and revision first. */
export async function listVolgspotsOfPact(db: Executor, pactId: string): Promise<StoredVolgspot[]> {
  const rows = await selectVolgspots(db)
    .where("volgspots.pactId", "=", pactId)
    .orderBy("volgspots.year", "desc")
    .orderBy("volgspots.revision", "desc")
    .execute();
  return withChildren(db, rows);
}

/** The revisions of one pact's year, newest first. */
export async function listRevisions(db: Executor, pactId: string, year: number): Promise<StoredVolgspot[]> {
  const rows = await selectVolgspots(db)
    .where("volgspots.pactId", "=", pactId)
    .where("volgspots.year", "=", year)
    .orderBy("volgspots.revision", "desc")
    .execute();
  return withChildren(db, rows);
}

export async function nextRevision(db: Executor, pactId: string, year: number): Promise<number> {
  const row = await db
    .selectFrom("volgspots")
    .select((eb) => eb(eb.fn.coalesce(eb.fn.max("revision"), eb.lit(0)), "+", 1).as("next"))
    .where("pactId", "=", pactId)
    .where("year", "=", year)
    .executeTakeFirstOrThrow();
  return Number(row.next);
}

/** The content of a revision as the form edits it. */
export interface VolgspotContent {
  heldOn: string;
  report: string;
  actionsAnswer: string;
  positionAnswer: string;
  factorsAnswer: string;
  newCollaborations: number | null;
  collaborationsNote: string;
  themesNote: string;
  successFactors: string[];
  failureFactors: string[];
  guestNames: string[];
}

export async function insertVolgspot(
  db: Executor,
  fields: VolgspotContent & { pactId: string; year: number; revision: number; createdBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto("volgspots")
    .values({ ...fields, status: "draft" })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a revision when the stored version matches (and bumps it); false on a stale version. */
export async function updateVolgspotRow(db: Executor, id: string, version: number, fields: Updateable<VolgspotsTable>, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("volgspots")
    .set({ ...fields, version: version + 1, updatedAt: at.toISOString() })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The accepted revision of a pact's year becomes history when a correction is accepted. */
export async function supersedeAccepted(db: Executor, pactId: string, year: number, at: Date): Promise<void> {
  await db
    .updateTable("volgspots")
    .set((eb) => ({ status: "superseded", version: eb("version", "+", 1), updatedAt: at.toISOString() }))
    .where("pactId", "=", pactId)
    .where("year", "=", year)
    .where("status", "=", "accepted")
    .execute();
}

export async function replaceParticipants(db: Executor, volgspotId: string, organisationIds: readonly string[]): Promise<void> {
  await db.deleteFrom("volgspotParticipants").where("volgspotId", "=", volgspotId).execute();
  if (organisationIds.length > 0) {
    await db
      .insertInto("volgspotParticipants")
      .values(organisationIds.map((organisationId) => ({ volgspotId, organisationId })))
      .execute();
  }
}

export async function replaceResults(db: Executor, volgspotId: string, results: readonly { nodeId: string; note: string }[]): Promise<void> {
  await db.deleteFrom("volgspotResults").where("volgspotId", "=", volgspotId).execute();
  if (results.length > 0) {
    await db
      .insertInto("volgspotResults")
      .values(results.map((r, sortOrder) => ({ volgspotId, nodeId: r.nodeId, note: r.note, sortOrder })))
      .execute();
  }
}

// ─── What the platform already knows of the pact ─────────────────────────────────────────

/** Result and effect nodes of the pact's chain with the latest measurement of each of their indicators. */
export async function resultNodesOf(db: Executor, pactId: string) {
  const nodes = await db
    .selectFrom("chainNodes")
    .select(["id", "kind", "title"])
    .where("pactId", "=", pactId)
    .where("kind", "in", ["result", "effect"])
    .orderBy("kind", "desc")
    .orderBy("title")
    .execute();
  if (nodes.length === 0) return [];
  const latest = await db
    .selectFrom("indicators")
    .leftJoinLateral(
      (eb) =>
        eb
          // Shown on the public Volgspot summary too: the last approved values only (migration 0015).
          .selectFrom("measurements")
          .select(["measurements.publicMeasuredOn as measuredOn", "measurements.publicValue as value"])
          .whereRef("measurements.indicatorId", "=", "indicators.id")
          .where("measurements.publicValue", "is not", null)
          .orderBy("measurements.publicMeasuredOn", "desc")
          .limit(1)
          .as("m"),
      (join) => join.onTrue(),
    )
    .select([
      "indicators.id",
      "indicators.nodeId",
      "indicators.name",
      "indicators.unit",
      "indicators.unitKind",
      "indicators.targetValue",
      "m.measuredOn",
      "m.value",
    ])
    .where(
      "indicators.nodeId",
      "in",
      nodes.map((n) => n.id),
    )
    .orderBy("indicators.name")
    .execute();
  return nodes.map((node) => ({
    id: node.id,
    kind: node.kind as "result" | "effect",
    title: node.title,
    indicators: latest
      .filter((i) => i.nodeId === node.id)
      .map((i) => ({
        id: i.id,
        name: i.name,
        unit: i.unit,
        unitKind: i.unitKind,
        targetValue: i.targetValue,
        latest: i.measuredOn !== null && i.value !== null ? { measuredOn: i.measuredOn, value: i.value } : null,
      })),
  }));
}
export type ResultNode = Awaited<ReturnType<typeof resultNodesOf>>[number];

/** The labels of the themes the pact names and those of its agenda's issues. */
export async function themesOf(db: Executor, pactId: string): Promise<{ pact: string[]; agenda: string[] }> {
  const [pact, agenda] = await Promise.all([
    db
      .selectFrom("pactThemes")
      .innerJoin("taxonomyTerms", "taxonomyTerms.id", "pactThemes.termId")
      .select("taxonomyTerms.label")
      .where("pactThemes.pactId", "=", pactId)
      .orderBy("taxonomyTerms.label")
      .execute(),
    db
      .selectFrom("agendaIssueThemes")
      .innerJoin("agendaIssues", "agendaIssues.id", "agendaIssueThemes.issueId")
      .innerJoin("taxonomyTerms", "taxonomyTerms.id", "agendaIssueThemes.termId")
      .select("taxonomyTerms.label")
      .distinct()
      .where("agendaIssues.pactId", "=", pactId)
      .orderBy("taxonomyTerms.label")
      .execute(),
  ]);
  return { pact: pact.map((t) => t.label), agenda: agenda.map((t) => t.label) };
}

// ─── Agreements ──────────────────────────────────────────────────────────────────────────

const agreementColumns = [
  "volgspotAgreements.id",
  "volgspotAgreements.pactId",
  "volgspotAgreements.year",
  "volgspotAgreements.text",
  "volgspotAgreements.ownerOrganisationId",
  "organisations.name as ownerName",
  "volgspotAgreements.dueOn",
  "volgspotAgreements.status",
  "volgspotAgreements.statusReason",
  "volgspotAgreements.statusChangedOn",
  "volgspotAgreements.sortOrder",
  "volgspotAgreements.version",
] as const;

export interface StoredAgreement {
  id: string;
  pactId: string;
  year: number;
  text: string;
  ownerOrganisationId: string;
  ownerName: string;
  dueOn: string;
  status: AgreementStatus;
  statusReason: string | null;
  statusChangedOn: string | null;
  sortOrder: number;
  version: number;
}

function selectAgreements(db: Executor) {
  return db.selectFrom("volgspotAgreements").innerJoin("organisations", "organisations.id", "volgspotAgreements.ownerOrganisationId").select(agreementColumns);
}

/** A pact's agreements of the given years (all years when none are given), oldest year first. */
export async function listAgreements(db: Executor, pactId: string, years?: readonly number[]): Promise<StoredAgreement[]> {
  if (years && years.length === 0) return [];
  let query = selectAgreements(db).where("volgspotAgreements.pactId", "=", pactId);
  if (years) query = query.where("volgspotAgreements.year", "in", [...years]);
  return query.orderBy("volgspotAgreements.year").orderBy("volgspotAgreements.sortOrder").orderBy("volgspotAgreements.id").execute();
}

/** Agreements of earlier years still open: next year's Volgspot reviews them first. */
export async function openAgreementsBefore(db: Executor, pactId: string, year: number): Promise<StoredAgreement[]> {
  return selectAgreements(db)
    .where("volgspotAgreements.pactId", "=", pactId)
    .where("volgspotAgreements.year", "<", year)
    .where("volgspotAgreements.status", "=", "open")
    .orderBy("volgspotAgreements.dueOn")
    .orderBy("volgspotAgreements.id")
    .execute();
}

export async function findAgreement(db: Executor, id: string): Promise<(StoredAgreement & { pactArchived: boolean }) | undefined> {
  const row = await selectAgreements(db)
    .innerJoin("pacts", "pacts.id", "volgspotAgreements.pactId")
    .select("pacts.archivedAt")
    .where("volgspotAgreements.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { archivedAt, ...agreement } = row;
  return { ...agreement, pactArchived: archivedAt !== null };
}

export async function insertAgreement(
  db: Executor,
  fields: { pactId: string; year: number; text: string; ownerOrganisationId: string; dueOn: string },
): Promise<string> {
  const { next } = await db
    .selectFrom("volgspotAgreements")
    .select((eb) => eb(eb.fn.coalesce(eb.fn.max("sortOrder"), eb.lit(-1)), "+", 1).as("next"))
    .where("pactId", "=", fields.pactId)
    .where("year", "=", fields.year)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto("volgspotAgreements")
    .values({ ...fields, sortOrder: Number(next) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAgreementRow(db: Executor, id: string, version: number, fields: Updateable<VolgspotAgreementsTable>, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("volgspotAgreements")
    .set({ ...fields, version: version + 1, updatedAt: at.toISOString() })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteAgreementRow(db: Executor, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom("volgspotAgreements").where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

// ─── Across pacts: monitoring, the public figure and reminders ──────────────────────────

export interface RegionalPact {
  id: string;
  slug: string;
  name: string;
  published: boolean;
}

/** Regional pacts in use (not archived); only published ones when `publishedOnly`. */
export async function regionalPacts(db: Executor, publishedOnly: boolean): Promise<RegionalPact[]> {
  let query = db.selectFrom("pacts").select(["id", "slug", "name", "publicationStatus"]).where("kind", "=", "regional_pact").where("archivedAt", "is", null);
  if (publishedOnly) query = query.where("publicationStatus", "=", "published");
  const rows = await query.orderBy("name").execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, published: r.publicationStatus === "published" }));
}

/** Every revision of the given years, of any pact (for the monitoring view). */
export async function volgspotsOfYears(db: Executor, years: readonly number[]): Promise<StoredVolgspot[]> {
  if (years.length === 0) return [];
  const rows = await selectVolgspots(db)
    .where("volgspots.year", "in", [...years])
    .orderBy("volgspots.year")
    .orderBy("volgspots.revision")
    .execute();
  return withChildren(db, rows);
}

/** Open agreements per pact, and how many of them are past their due date (before `today`). */
export async function openAgreementCounts(db: Executor, today: string): Promise<Map<string, { open: number; overdue: number }>> {
  const rows = await db
    .selectFrom("volgspotAgreements")
    .select(["pactId", sql<number>`count(*)::int`.as("open"), sql<number>`count(*) filter (where due_on < ${today})::int`.as("overdue")])
    .where("status", "=", "open")
    .groupBy("pactId")
    .execute();
  return new Map(rows.map((r) => [r.pactId, { open: Number(r.open), overdue: Number(r.overdue) }]));
}

/** How many of the given pacts hold an accepted Volgspot for the year. */
export async function countHeld(db: Executor, pactIds: readonly string[], year: number): Promise<number> {
  if (pactIds.length === 0) return 0;
  const row = await db
    .selectFrom("volgspots")
    .select(sql<number>`count(distinct pact_id)::int`.as("n"))
    .where("year", "=", year)
    .where("status", "=", "accepted")
    .where("pactId", "in", [...pactIds])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The latest year before `beforeYear` in which any pact holds an accepted Volgspot, or null. */
export async function latestHeldYear(db: Executor, beforeYear: number): Promise<number | null> {
  const row = await db
    .selectFrom("volgspots")
    .select((eb) => eb.fn.max("year").as("year"))
    .where("status", "=", "accepted")
    .where("year", "<", beforeYear)
    .executeTakeFirst();
  return row?.year === null || row?.year === undefined ? null : Number(row.year);
}

/** Open agreements of any pact in use due on or before `date`, with their pact and owner. */
export async function agreementsDueBefore(db: Executor, date: string) {
  return db
    .selectFrom("volgspotAgreements")
    .innerJoin("organisations", "organisations.id", "volgspotAgreements.ownerOrganisationId")
    .innerJoin("pacts", "pacts.id", "volgspotAgreements.pactId")
    .select([
      "volgspotAgreements.id",
      "volgspotAgreements.pactId",
      "pacts.name as pactName",
      "pacts.slug as pactSlug",
      "volgspotAgreements.year",
      "volgspotAgreements.text",
      "volgspotAgreements.ownerOrganisationId",
      "organisations.name as ownerName",
      "volgspotAgreements.dueOn",
    ])
    .where("volgspotAgreements.status", "=", "open")
    .where("volgspotAgreements.dueOn", "<=", date)
    .where("pacts.archivedAt", "is", null)
    .orderBy("volgspotAgreements.dueOn")
    .orderBy("volgspotAgreements.id")
    .execute();
}
export type DueAgreement = Awaited<ReturnType<typeof agreementsDueBefore>>[number];

export interface DueVolgspot {
  pactId: string;
  pactName: string;
  pactSlug: string;
  year: number;
  /** The last day to hold it (see `volgspotDueOn` in the domain). */
  dueOn: string;
  /** The revision in the works, if any: null when nothing has been recorded for the year yet. */
  status: VolgspotStatus | null;
}

/**
 * Regional pacts in use whose Volgspot for a year falls due between `from` and `to` (inclusive,
 * `YYYY-MM-DD`) and that have not yet submitted or had one accepted for that year. A pact's
 * Volgspot of a year is due a year after the previous year's (or on 31 December).
 */
export async function volgspotsDueBetween(db: Executor, from: string, to: string): Promise<DueVolgspot[]> {
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  if (!(firstYear <= lastYear)) return [];
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const [pacts, rows] = await Promise.all([
    regionalPacts(db, false),
    db
      .selectFrom("volgspots")
      .select(["pactId", "year", "status", "heldOn"])
      .where("year", ">=", firstYear - 1)
      .where("year", "<=", lastYear)
      .where("status", "in", ["accepted", ...OPEN_STATUSES])
      .execute(),
  ]);
  const due: DueVolgspot[] = [];
  for (const pact of pacts) {
    for (const year of years) {
      const ofYear = rows.filter((r) => r.pactId === pact.id && r.year === year);
      if (ofYear.some((r) => r.status === "accepted" || r.status === "submitted")) continue;
      const previous = rows.find((r) => r.pactId === pact.id && r.year === year - 1 && r.status === "accepted");
      const dueOn = volgspotDueOn(year, previous?.heldOn ?? null);
      if (dueOn < from || dueOn > to) continue;
      due.push({ pactId: pact.id, pactName: pact.name, pactSlug: pact.slug, year, dueOn, status: ofYear[0]?.status ?? null });
    }
  }
  return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.pactName.localeCompare(b.pactName, "nl"));
}
