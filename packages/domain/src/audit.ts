import { z } from "zod";
import { idSchema, integer, isoDateSchema, pageInputSchema, pagedSchema, text } from "./common.ts";
import { instantOf } from "./event-time.ts";
import { addDays } from "./reminder.ts";

export const auditResults = ["ok", "refused", "failed"] as const;
export const auditResultSchema = z.enum(auditResults);

export const auditListInputSchema = pageInputSchema.extend({
  pageSize: integer({ min: 1, max: 100 }).default(50),
  actorEmail: text({ max: 254 }).optional(),
  /** The person who did it (a user picker); `actorEmail` also finds attempts without a session. */
  actorUserId: idSchema.optional(),
  action: text({ max: 100 }).optional(),
  result: auditResultSchema.optional(),
  objectType: text({ max: 60 }).optional(),
  objectId: text({ max: 100 }).optional(),
  /** Part of the record's or the pact's name. */
  record: text({ max: 200 }).optional(),
  /** Amsterdam calendar days, both included. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type AuditListInput = z.infer<typeof auditListInputSchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  pactId: z.string().nullable(),
  result: auditResultSchema,
  ip: z.string().nullable(),
  /** The record's name: kept with the row when it was written, or looked up for older rows; null when gone. */
  objectLabel: z.string().nullable(),
  pactLabel: z.string().nullable(),
  /** The name of the person (when they have an account), for the sentence "Anna de Vries: …". */
  actorName: z.string().nullable(),
  changes: z
    .object({
      before: z.record(z.string(), z.unknown()).optional(),
      after: z.record(z.string(), z.unknown()).optional(),
      reason: z.string().optional(),
    })
    .nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = pagedSchema(auditEntrySchema);

/** Only the fields whose values differ, before and after. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const changed = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(changed.map((k) => [k, before[k]])),
    after: Object.fromEntries(changed.map((k) => [k, after[k]])),
  };
}

/**
 * The instants that bound Amsterdam calendar days `from`..`to` (both included), for a filter on a
 * timestamptz: from local midnight at the start of `from` up to (not including) local midnight
 * after `to`. Follows summer time: a day is 23 or 25 hours on the switch days.
 */
export function amsterdamDayRange(range: { from?: string; to?: string }): { start?: string; end?: string } {
  return {
    start: range.from ? instantOf(`${withinZoneYears(range.from)}T00:00`).toISOString() : undefined,
    end: range.to ? instantOf(`${addDays(withinZoneYears(range.to), 1)}T00:00`).toISOString() : undefined,
  };
}

/** The trail starts long after 1990; far dates are clamped to the years the zone conversion takes. */
function withinZoneYears(date: string): string {
  return date < "1990-01-01" ? "1990-01-01" : date > "2199-12-31" ? "2199-12-31" : date;
}
