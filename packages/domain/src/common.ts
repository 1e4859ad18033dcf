import { z } from "zod";

/** A calendar date as `YYYY-MM-DD`; kept as a string so no time zone can shift it. */
export const isoDateSchema = z.iso.date({ error: "Gebruik een datum in de vorm JJJJ-MM-DD." });
export type IsoDate = z.infer<typeof isoDateSchema>;

export const idSchema = z.uuid({ error: "Dit is geen geldige id." });

export const slugSchema = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Alleen kleine letters, cijfers en koppeltekens." });

export const pageInputSchema = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type PageInput = z.infer<typeof pageInputSchema>;

export function pagedSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function pageCount(paged: Pick<Paged<unknown>, "total" | "pageSize">): number {
  return Math.max(1, Math.ceil(paged.total / paged.pageSize));
}

export function pageOffset(input: PageInput): number {
  return (input.page - 1) * input.pageSize;
}

/** Sort direction of a table column; every list procedure that sorts takes `sort` and `direction`. */
export const sortDirectionSchema = z.enum(["asc", "desc"]);
export type SortDirection = z.infer<typeof sortDirectionSchema>;

/** Free-text search of a list, matched case-insensitively as a substring. */
export const searchSchema = z.string().trim().max(100).optional();

/** A `version` read with a record; saving with an older one is refused. */
export const versionSchema = z.number().int().min(1);

/** The id and version of a record, for actions that change one thing about it (archive, retire, …). */
export const versionedIdSchema = z.object({ id: idSchema, version: versionSchema });
