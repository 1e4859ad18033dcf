import { pageOffset, type Paged } from "@zorgpact/domain/common";
import type { EventAdminListInput, EventFields, EventFilter, EventListInput, EventRecord, PublicEvent } from "@zorgpact/domain/event";
import { instantOf, TIME_ZONE, toAmsterdamLocal } from "@zorgpact/domain/event-time";
import { joinList, type OpenDataRow } from "@zorgpact/domain/open-data";
import type { ExpressionBuilder, Kysely, SelectQueryBuilder } from "kysely";
import type { Database } from "../schema.ts";
import { containsPattern } from "./search.ts";
import { PUBLIC, type Visibility } from "./visibility.ts";

type Executor = Kysely<Database>;
type EventQuery = SelectQueryBuilder<Database, "events", object>;

const eventColumns = [
  "events.id",
  "events.kind",
  "events.title",
  "events.description",
  "events.startsAt",
  "events.endsAt",
  "events.location",
  "events.onlineUrl",
  "events.organiser",
  "events.expectedParticipants",
  "events.actualParticipants",
  "events.registrationUrl",
  "events.sourceNote",
  "events.published",
  "events.version",
  "events.createdAt",
  "events.updatedAt",
] as const;

type EventRow = Awaited<ReturnType<ReturnType<typeof selectEvents>["executeTakeFirstOrThrow"]>>;
const selectEvents = (q: EventQuery) => q.select(eventColumns);

/** A pact the public may see: published and not archived. */
const visiblePact = (eb: ExpressionBuilder<Database, "pacts">, visibility: Visibility) =>
  visibility.publishedOnly ? eb.and([eb("pacts.publicationStatus", "=", "published"), eb("pacts.archivedAt", "is", null)]) : eb.lit(true);

function filtered(q: EventQuery, filter: EventFilter & { search?: string | undefined }, visibility: Visibility): EventQuery {
  let query = q;
  if (visibility.publishedOnly) query = query.where("events.published", "=", true);
  if (filter.kind) query = query.where("events.kind", "=", filter.kind);
  if (filter.themeId) {
    const themeId = filter.themeId;
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom("eventThemes").select("eventThemes.eventId").whereRef("eventThemes.eventId", "=", "events.id").where("eventThemes.termId", "=", themeId),
      ),
    );
  }
  if (filter.regionId) {
    // The region of an event is the region of the pacts it is linked to (that the reader may see).
    const regionId = filter.regionId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("eventPacts")
          .innerJoin("pacts", "pacts.id", "eventPacts.pactId")
          .select("eventPacts.eventId")
          .whereRef("eventPacts.eventId", "=", "events.id")
          .where("pacts.regionId", "=", regionId)
          .where((pb) => visiblePact(pb, visibility)),
      ),
    );
  }
  if (filter.search) {
    const pattern = containsPattern(filter.search);
    query = query.where((eb) =>
      eb.or([eb("events.title", "ilike", pattern), eb("events.description", "ilike", pattern), eb("events.location", "ilike", pattern)]),
    );
  }
  return query;
}

function inPeriod(q: EventQuery, period: EventListInput["period"] | "all", now: Date): EventQuery {
  if (period === "upcoming") return q.where("events.endsAt", ">=", now.toISOString()).orderBy("events.startsAt", "asc");
  if (period === "past") return q.where("events.endsAt", "<", now.toISOString()).orderBy("events.startsAt", "desc");
  return q.orderBy("events.startsAt", "desc");
}

interface Links {
  pacts: Map<string, PublicEvent["pacts"]>;
  regions: Map<string, PublicEvent["regions"]>;
  themes: Map<string, PublicEvent["themes"]>;
}

/** The linked pacts (those the reader may see), their regions and the themes of these events. */
async function loadLinks(db: Executor, eventIds: readonly string[], visibility: Visibility): Promise<Links> {
  const links: Links = { pacts: new Map(), regions: new Map(), themes: new Map() };
  if (eventIds.length === 0) return links;
  const [pacts, themes] = await Promise.all([
    db
      .selectFrom("eventPacts")
      .innerJoin("pacts", "pacts.id", "eventPacts.pactId")
      .leftJoin("regions", "regions.id", "pacts.regionId")
      .select(["eventPacts.eventId", "pacts.id", "pacts.slug", "pacts.name", "pacts.regionId", "regions.name as regionName"])
      .where("eventPacts.eventId", "in", eventIds)
      .where((eb) => visiblePact(eb, visibility))
      .orderBy("pacts.name")
      .execute(),
    db
      .selectFrom("eventThemes")
      .innerJoin("taxonomyTerms", "taxonomyTerms.id", "eventThemes.termId")
      .select(["eventThemes.eventId", "taxonomyTerms.id", "taxonomyTerms.label"])
      .where("eventThemes.eventId", "in", eventIds)
      .orderBy("taxonomyTerms.sortOrder")
      .orderBy("taxonomyTerms.label")
      .execute(),
  ]);
  for (const p of pacts) {
    const list = links.pacts.get(p.eventId) ?? [];
    list.push({ id: p.id, slug: p.slug, name: p.name, regionId: p.regionId });
    links.pacts.set(p.eventId, list);
    if (p.regionId && p.regionName) {
      const regions = links.regions.get(p.eventId) ?? [];
      if (!regions.some((r) => r.id === p.regionId)) regions.push({ id: p.regionId, name: p.regionName });
      links.regions.set(p.eventId, regions);
    }
  }
  for (const t of themes) {
    const list = links.themes.get(t.eventId) ?? [];
    list.push({ id: t.id, name: t.label });
    links.themes.set(t.eventId, list);
  }
  for (const regions of links.regions.values()) regions.sort((a, b) => a.name.localeCompare(b.name, "nl"));
  return links;
}

function toPublic(row: EventRow, links: Links): PublicEvent {
  const startsAt = new Date(row.startsAt);
  const endsAt = new Date(row.endsAt);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    startsAt: toAmsterdamLocal(startsAt),
    endsAt: toAmsterdamLocal(endsAt),
    startsAtUtc: startsAt.toISOString(),
    endsAtUtc: endsAt.toISOString(),
    timeZone: TIME_ZONE,
    location: row.location,
    onlineUrl: row.onlineUrl,
    organiser: row.organiser,
    pacts: links.pacts.get(row.id) ?? [],
    regions: links.regions.get(row.id) ?? [],
    themes: links.themes.get(row.id) ?? [],
    expectedParticipants: row.expectedParticipants,
    actualParticipants: row.actualParticipants,
    registrationUrl: row.registrationUrl,
    sourceNote: row.sourceNote,
    updatedAt: row.updatedAt,
  };
}

function toRecord(row: EventRow, links: Links): EventRecord {
  return { ...toPublic(row, links), published: row.published, version: row.version, createdAt: row.createdAt };
}

async function page<T>(
  db: Executor,
  base: EventQuery,
  period: EventListInput["period"] | "all",
  now: Date,
  input: { page: number; pageSize: number },
  visibility: Visibility,
  map: (row: EventRow, links: Links) => T,
): Promise<Paged<T>> {
  const withPeriod = period === "all" ? base : base.where("events.endsAt", period === "upcoming" ? ">=" : "<", now.toISOString());
  const [{ total }, rows] = await Promise.all([
    withPeriod.select((eb) => eb.fn.countAll<string>().as("total")).executeTakeFirstOrThrow(),
    selectEvents(inPeriod(base, period, now))
      .orderBy("events.title")
      .orderBy("events.id")
      .limit(input.pageSize)
      .offset(pageOffset(input))
      .execute(),
  ]);
  const links = await loadLinks(
    db,
    rows.map((r) => r.id),
    visibility,
  );
  return { items: rows.map((row) => map(row, links)), total: Number(total), page: input.page, pageSize: input.pageSize };
}

/** The public agenda: published events of one period, filtered and paged. */
export function listPublicEvents(db: Executor, input: EventListInput, now: Date, visibility: Visibility): Promise<Paged<PublicEvent>> {
  return page(db, filtered(db.selectFrom("events"), input, visibility), input.period, now, input, visibility, toPublic);
}

/** The national team's list: drafts too. */
export function listEventRecords(db: Executor, input: EventAdminListInput, now: Date, visibility: Visibility): Promise<Paged<EventRecord>> {
  let base = filtered(db.selectFrom("events"), input, visibility);
  if (input.published !== undefined) base = base.where("events.published", "=", input.published);
  return page(db, base, input.period, now, input, visibility, toRecord);
}

export async function findPublicEvent(db: Executor, id: string, visibility: Visibility): Promise<PublicEvent | undefined> {
  const row = await selectEvents(filtered(db.selectFrom("events"), {}, visibility))
    .where("events.id", "=", id)
    .executeTakeFirst();
  return row ? toPublic(row, await loadLinks(db, [row.id], visibility)) : undefined;
}

export async function findEventRecord(db: Executor, id: string, visibility: Visibility): Promise<EventRecord | undefined> {
  const row = await selectEvents(db.selectFrom("events")).where("events.id", "=", id).executeTakeFirst();
  return row ? toRecord(row, await loadLinks(db, [row.id], visibility)) : undefined;
}

/** Published events for a calendar feed: every period, newest first, at most `limit`. */
export async function listFeedEvents(db: Executor, filter: EventFilter, limit: number, visibility: Visibility): Promise<PublicEvent[]> {
  const rows = await selectEvents(filtered(db.selectFrom("events"), filter, visibility))
    .orderBy("events.startsAt", "desc")
    .orderBy("events.id")
    .limit(limit)
    .execute();
  const links = await loadLinks(
    db,
    rows.map((r) => r.id),
    visibility,
  );
  return rows.map((row) => toPublic(row, links));
}

/** The names behind a filter's ids (null when unknown), to name a feed after its filter. */
export async function eventFilterNames(db: Executor, filter: EventFilter): Promise<{ regionName: string | null; themeLabel: string | null }> {
  const [region, theme] = await Promise.all([
    filter.regionId ? db.selectFrom("regions").select("name").where("id", "=", filter.regionId).executeTakeFirst() : undefined,
    filter.themeId ? db.selectFrom("taxonomyTerms").select("label").where("id", "=", filter.themeId).where("kind", "=", "theme").executeTakeFirst() : undefined,
  ]);
  return { regionName: region?.name ?? null, themeLabel: theme?.label ?? null };
}

/** The open data set of the agenda (published events), oldest first so pages never overlap. */
export async function openEventRows(db: Executor, slice?: { limit: number; offset: number }): Promise<OpenDataRow<"events">[]> {
  let query = selectEvents(filtered(db.selectFrom("events"), {}, PUBLIC))
    .orderBy("events.startsAt")
    .orderBy("events.id");
  if (slice) query = query.limit(slice.limit).offset(slice.offset);
  const rows = await query.execute();
  const links = await loadLinks(
    db,
    rows.map((r) => r.id),
    PUBLIC,
  );
  return rows.map((row) => {
    const event = toPublic(row, links);
    return {
      id: event.id,
      kind: event.kind,
      title: event.title,
      description: event.description,
      startsAt: event.startsAtUtc,
      endsAt: event.endsAtUtc,
      startsAtLocal: event.startsAt,
      endsAtLocal: event.endsAt,
      location: event.location,
      onlineUrl: event.onlineUrl,
      organiser: event.organiser,
      expectedParticipants: event.expectedParticipants,
      actualParticipants: event.actualParticipants,
      registrationUrl: event.registrationUrl,
      pactSlugs: joinList(event.pacts.map((p) => p.slug)),
      regions: joinList(event.regions.map((r) => r.name)),
      themes: joinList(event.themes.map((t) => t.name)),
      sourceNote: event.sourceNote,
      updatedAt: event.updatedAt,
    };
  });
}

export async function countOpenEvents(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("published", "=", true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---------------------------------------------------------------------------------------------
// Changes.

function eventRow(fields: EventFields) {
  return {
    kind: fields.kind,
    title: fields.title,
    description: fields.description,
    startsAt: instantOf(fields.startsAt).toISOString(),
    endsAt: instantOf(fields.endsAt).toISOString(),
    location: fields.location,
    onlineUrl: fields.onlineUrl,
    organiser: fields.organiser,
    expectedParticipants: fields.expectedParticipants,
    actualParticipants: fields.actualParticipants,
    registrationUrl: fields.registrationUrl,
    sourceNote: fields.sourceNote,
    published: fields.published,
  };
}

async function replaceLinks(db: Executor, eventId: string, fields: Pick<EventFields, "pactIds" | "themeIds">): Promise<void> {
  await db.deleteFrom("eventPacts").where("eventId", "=", eventId).execute();
  await db.deleteFrom("eventThemes").where("eventId", "=", eventId).execute();
  if (fields.pactIds.length)
    await db
      .insertInto("eventPacts")
      .values(fields.pactIds.map((pactId) => ({ eventId, pactId })))
      .execute();
  if (fields.themeIds.length)
    await db
      .insertInto("eventThemes")
      .values(fields.themeIds.map((termId) => ({ eventId, termId })))
      .execute();
}

export async function insertEvent(db: Executor, fields: EventFields): Promise<string> {
  const row = await db.insertInto("events").values(eventRow(fields)).returning("id").executeTakeFirstOrThrow();
  await replaceLinks(db, row.id, fields);
  return row.id;
}

/** Changes an event and its links when the stored version matches; false on a stale version. */
export async function updateEvent(db: Executor, id: string, version: number, fields: EventFields, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("events")
    .set((eb) => ({ ...eventRow(fields), version: eb("version", "+", 1), updatedAt: at.toISOString() }))
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await replaceLinks(db, id, fields);
  return true;
}

export async function deleteEvent(db: Executor, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom("events").where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function eventExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom("events").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}

/** Of these pact ids, the ones an event may link to: existing and not archived. */
export async function linkablePactIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom("pacts").select("id").where("id", "in", ids).where("archivedAt", "is", null).execute();
  return new Set(rows.map((r) => r.id));
}

/** Of these term ids, the themes (kind theme) with whether they are retired. */
export async function themeTerms(db: Executor, ids: readonly string[]): Promise<Map<string, { retired: boolean }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("taxonomyTerms").select(["id", "retiredAt"]).where("id", "in", ids).where("kind", "=", "theme").execute();
  return new Map(rows.map((r) => [r.id, { retired: r.retiredAt !== null }]));
}
