import {
  deleteEvent,
  eventExists,
  findEventRecord,
  findPublicEvent,
  insertEvent,
  linkablePactIds,
  listEventRecords,
  listPublicEvents,
  themeTerms,
  updateEvent,
} from "@zorgpact/db/repositories/event.repository";
import { EVERYTHING, PUBLIC } from "@zorgpact/db/repositories/visibility";
import { changedFields } from "@zorgpact/domain/audit";
import type { Paged } from "@zorgpact/domain/common";
import {
  eventFieldsOf,
  type EventAdminListInput,
  type EventFields,
  type EventListInput,
  type EventRecord,
  type EventUpdateInput,
  type PublicEvent,
} from "@zorgpact/domain/event";
import { fieldError, notFound, staleVersion } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";

/** The events agenda: the national team keeps it, the public reads the published part. */
const NOT_FOUND = "Dit evenement bestaat niet (meer).";
const OBJECT_TYPE = "event";

/** Linked pacts must exist and be in use; themes must be themes, and new links to retired ones are refused. */
async function assertLinkable(db: Executor, fields: EventFields, previousThemeIds: readonly string[] = []): Promise<void> {
  const pacts = await linkablePactIds(db, fields.pactIds);
  if (fields.pactIds.some((id) => !pacts.has(id))) throw fieldError("pactIds", "Een van de gekozen zorgpacten bestaat niet meer of is gearchiveerd.");
  const themes = await themeTerms(db, fields.themeIds);
  for (const id of fields.themeIds) {
    const theme = themes.get(id);
    if (!theme) throw fieldError("themeIds", "Een van de gekozen thema's bestaat niet.");
    if (theme.retired && !previousThemeIds.includes(id)) throw fieldError("themeIds", "Een van de gekozen thema's is niet meer in gebruik.");
  }
}

export async function createEvent(ctx: ServiceContext, input: EventFields): Promise<EventRecord> {
  noteRecord(ctx, OBJECT_TYPE, null);
  return mutate(ctx, async (trx) => {
    await assertLinkable(trx, input);
    const id = await insertEvent(trx, input);
    ctx.audit.objectId = id;
    ctx.audit.changes = { after: { ...input } };
    return (await findEventRecord(trx, id, EVERYTHING))!;
  });
}

export async function updateEventDetails(ctx: ServiceContext, input: EventUpdateInput): Promise<EventRecord> {
  noteRecord(ctx, OBJECT_TYPE, input.id);
  const { id, version, ...fields } = input;
  return mutate(ctx, async (trx) => {
    const before = await findEventRecord(trx, id, EVERYTHING);
    if (!before) throw notFound(NOT_FOUND);
    await assertLinkable(
      trx,
      fields,
      before.themes.map((t) => t.id),
    );
    if (!(await updateEvent(trx, id, version, fields, ctx.now()))) throw staleVersion();
    ctx.audit.changes = changedFields(eventFieldsOf(before), fields);
    return (await findEventRecord(trx, id, EVERYTHING))!;
  });
}

/** Deleting takes the version read, so an event someone just changed is not removed unseen. */
export async function removeEvent(ctx: ServiceContext, input: { id: string; version: number }): Promise<void> {
  noteRecord(ctx, OBJECT_TYPE, input.id);
  await mutate(ctx, async (trx) => {
    const before = await findEventRecord(trx, input.id, EVERYTHING);
    if (!before) throw notFound(NOT_FOUND);
    if (!(await deleteEvent(trx, input.id, input.version))) throw (await eventExists(trx, input.id)) ? staleVersion() : notFound(NOT_FOUND);
    ctx.audit.changes = { before: { title: before.title, kind: before.kind, startsAt: before.startsAt, published: before.published } };
  });
}

/** The public agenda: published events only. */
export function listEvents(ctx: ServiceContext, input: EventListInput): Promise<Paged<PublicEvent>> {
  return listPublicEvents(ctx.db, input, ctx.now(), PUBLIC);
}

export async function getEvent(ctx: ServiceContext, id: string): Promise<PublicEvent> {
  const event = await findPublicEvent(ctx.db, id, PUBLIC);
  if (!event) throw notFound(NOT_FOUND);
  return event;
}

/** The national team's list: drafts included. */
export function listEventsForAdmin(ctx: ServiceContext, input: EventAdminListInput): Promise<Paged<EventRecord>> {
  return listEventRecords(ctx.db, input, ctx.now(), EVERYTHING);
}

export async function getEventForEdit(ctx: ServiceContext, id: string): Promise<EventRecord> {
  const event = await findEventRecord(ctx.db, id, EVERYTHING);
  if (!event) throw notFound(NOT_FOUND);
  return event;
}
