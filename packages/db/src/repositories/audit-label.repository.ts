/**
 * The names the audit log shows for the records it refers to: "Zorgpact Noord: partner
 * Noorderpoort toegevoegd" instead of `pact_partner b3dbaf82…`. Used when a row is written (the
 * name is kept with the row, so a deleted or renamed record still reads as it was) and when older
 * rows without a kept name are read. One query per kind of record, however many rows ask.
 */
import { barrierReference } from "@zorgpact/domain/barrier";
import { phases } from "@zorgpact/domain/phase";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database>;

export interface RecordRef {
  objectType: string;
  objectId: string;
}

export interface RecordName {
  label: string;
  /** The pact the record belongs to, when it belongs to one. */
  pactId: string | null;
}

interface Named {
  id: string;
  label: string;
  pactId: string | null;
}

/** Labels stay short: the audit log is a list, the record itself has the full text. */
export const AUDIT_LABEL_MAX = 80;

export function shortLabel(text: string, max = AUDIT_LABEL_MAX): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: string | undefined): value is string => value !== undefined && UUID.test(value);

/** "2017-12-31" → "31-12-2017", the way a Dutch reader writes a date. */
function dutchDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return y && m && d ? `${Number(d)}-${m}-${y}` : iso;
}

type Loader = (db: Executor, ids: string[]) => Promise<Named[]>;

const noPact = (rows: { id: string; label: string }[]): Named[] => rows.map((r) => ({ ...r, pactId: null }));

/** Per kind of record (the `objectType` services note), how to find its name by id (UUIDs only). */
const byId: Record<string, Loader> = {
  pact: async (db, ids) => (await db.selectFrom("pacts").select(["id", "name as label"]).where("id", "in", ids).execute()).map((r) => ({ ...r, pactId: r.id })),
  organisation: async (db, ids) => noPact(await db.selectFrom("organisations").select(["id", "name as label"]).where("id", "in", ids).execute()),
  region: async (db, ids) => noPact(await db.selectFrom("regions").select(["id", "name as label"]).where("id", "in", ids).execute()),
  user: async (db, ids) => noPact(await db.selectFrom("users").select(["id", "name as label"]).where("id", "in", ids).execute()),
  taxonomy_term: async (db, ids) => noPact(await db.selectFrom("taxonomyTerms").select(["id", "label"]).where("id", "in", ids).execute()),
  chain_node: (db, ids) => db.selectFrom("chainNodes").select(["id", "title as label", "pactId"]).where("id", "in", ids).execute(),
  indicator: (db, ids) =>
    db
      .selectFrom("indicators")
      .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
      .select(["indicators.id", "indicators.name as label", "chainNodes.pactId"])
      .where("indicators.id", "in", ids)
      .execute(),
  measurement: async (db, ids) =>
    (
      await db
        .selectFrom("measurements")
        .innerJoin("indicators", "indicators.id", "measurements.indicatorId")
        .innerJoin("chainNodes", "chainNodes.id", "indicators.nodeId")
        .select(["measurements.id", "indicators.name", "measurements.measuredOn", "chainNodes.pactId"])
        .where("measurements.id", "in", ids)
        .execute()
    ).map((r) => ({ id: r.id, label: `${r.name}, ${dutchDate(r.measuredOn)}`, pactId: r.pactId })),
  agenda_issue: (db, ids) => db.selectFrom("agendaIssues").select(["id", "title as label", "pactId"]).where("id", "in", ids).execute(),
  ambition: (db, ids) =>
    db
      .selectFrom("ambitions")
      .innerJoin("agendaIssues", "agendaIssues.id", "ambitions.issueId")
      .select(["ambitions.id", "ambitions.statement as label", "agendaIssues.pactId"])
      .where("ambitions.id", "in", ids)
      .execute(),
  barrier: async (db, ids) =>
    (await db.selectFrom("barriers").select(["id", "number", "question", "pactId"]).where("id", "in", ids).execute()).map((r) => ({
      id: r.id,
      label: `${barrierReference(r.number)} ${r.question}`,
      pactId: r.pactId,
    })),
  regulation: async (db, ids) => noPact(await db.selectFrom("regulations").select(["id", "name as label"]).where("id", "in", ids).execute()),
  regulation_application: (db, ids) =>
    db
      .selectFrom("regulationApplications")
      .innerJoin("regulations", "regulations.id", "regulationApplications.regulationId")
      .select(["regulationApplications.id", "regulations.name as label", "regulationApplications.pactId"])
      .where("regulationApplications.id", "in", ids)
      .execute(),
  support_trajectory: (db, ids) => db.selectFrom("supportTrajectories").select(["id", "question as label", "pactId"]).where("id", "in", ids).execute(),
  event: async (db, ids) => noPact(await db.selectFrom("events").select(["id", "title as label"]).where("id", "in", ids).execute()),
  volgspot: async (db, ids) =>
    (await db.selectFrom("volgspots").select(["id", "year", "revision", "pactId"]).where("id", "in", ids).execute()).map((r) => ({
      id: r.id,
      label: r.revision > 1 ? `Volgspot ${r.year} (versie ${r.revision})` : `Volgspot ${r.year}`,
      pactId: r.pactId,
    })),
  volgspot_agreement: (db, ids) => db.selectFrom("volgspotAgreements").select(["id", "text as label", "pactId"]).where("id", "in", ids).execute(),
  report_snapshot: async (db, ids) => noPact(await db.selectFrom("reportSnapshots").select(["id", "title as label"]).where("id", "in", ids).execute()),
  outbox_message: async (db, ids) => noPact(await db.selectFrom("outboxMessages").select(["id", "subject as label"]).where("id", "in", ids).execute()),
};

const key = (ref: RecordRef) => `${ref.objectType}\u0000${ref.objectId}`;

/** Records named by two ids, as services note them: "pactId:organisationId", "fromId->toId", "pactId:phase:itemKey". */
async function compositeNames(db: Executor, refs: RecordRef[], out: Map<string, RecordName>): Promise<void> {
  const partners = refs.filter((r) => r.objectType === "pact_partner").map((r) => ({ ref: r, parts: r.objectId.split(":") }));
  const links = refs.filter((r) => r.objectType === "chain_link").map((r) => ({ ref: r, parts: r.objectId.split("->") }));
  const organisationIds = partners.map((p) => p.parts[1]).filter(isUuid);
  const nodeIds = links.flatMap((l) => l.parts).filter(isUuid);
  const [organisations, nodes] = await Promise.all([
    organisationIds.length ? byId.organisation!(db, [...new Set(organisationIds)]) : [],
    nodeIds.length ? byId.chain_node!(db, [...new Set(nodeIds)]) : [],
  ]);
  const organisation = new Map(organisations.map((o) => [o.id, o.label]));
  const node = new Map(nodes.map((n) => [n.id, n]));
  for (const { ref, parts } of partners) {
    const [pactId, organisationId] = parts;
    const label = organisationId ? organisation.get(organisationId) : undefined;
    if (label) out.set(key(ref), { label, pactId: isUuid(pactId) ? pactId : null });
  }
  for (const { ref, parts } of links) {
    const [from, to] = parts.map((id) => node.get(id));
    if (from && to) out.set(key(ref), { label: `${shortLabel(from.label, 38)} → ${shortLabel(to.label, 38)}`, pactId: from.pactId });
  }
  for (const ref of refs.filter((r) => r.objectType === "phase_checklist_item")) {
    const [pactId, phase, itemKey] = ref.objectId.split(":");
    const item = phases.find((p) => String(p.number) === phase)?.checklist.find((c) => c.key === itemKey);
    if (item) out.set(key(ref), { label: `Fase ${phase}: ${item.label}`, pactId: isUuid(pactId) ? pactId : null });
  }
}

/** The current name of each record that still exists (and its pact); missing records are left out. */
export async function recordNames(db: Executor, refs: readonly RecordRef[]): Promise<Map<string, RecordName>> {
  const out = new Map<string, RecordName>();
  const byType = new Map<string, Set<string>>();
  for (const ref of refs) {
    if (!byId[ref.objectType] || !isUuid(ref.objectId)) continue;
    byType.set(ref.objectType, (byType.get(ref.objectType) ?? new Set()).add(ref.objectId));
  }
  await Promise.all([
    ...[...byType].map(async ([objectType, ids]) => {
      for (const row of await byId[objectType]!(db, [...ids]))
        out.set(key({ objectType, objectId: row.id }), { label: shortLabel(row.label), pactId: row.pactId });
    }),
    compositeNames(db, refs as RecordRef[], out),
  ]);
  return out;
}

export function recordNameOf(names: ReadonlyMap<string, RecordName>, ref: { objectType: string | null; objectId: string | null }): RecordName | undefined {
  return ref.objectType && ref.objectId ? names.get(key({ objectType: ref.objectType, objectId: ref.objectId })) : undefined;
}

/** One record's name and pact, or undefined when it does not (or no longer) exist(s). */
export async function recordName(db: Executor, ref: { objectType: string | null; objectId: string | null }): Promise<RecordName | undefined> {
  if (!ref.objectType || !ref.objectId) return undefined;
  const names = await recordNames(db, [{ objectType: ref.objectType, objectId: ref.objectId }]);
  return recordNameOf(names, ref);
}

export async function pactNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter(isUuid))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom("pacts").select(["id", "name"]).where("id", "in", wanted).execute();
  return new Map(rows.map((r) => [r.id, shortLabel(r.name)]));
}
