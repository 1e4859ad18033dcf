import { z } from "zod";
import { integer, isoDateSchema, pageInputSchema, pagedSchema, text } from "./common.ts";

export const auditResults = ["ok", "refused", "failed"] as const;
export const auditResultSchema = z.enum(auditResults);

export const auditListInputSchema = pageInputSchema.extend({
  pageSize: integer({ min: 1, max: 100 }).default(50),
  actorEmail: text({ max: 254 }).optional(),
  action: text({ max: 100 }).optional(),
  result: auditResultSchema.optional(),
  objectId: text({ max: 100 }).optional(),
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
