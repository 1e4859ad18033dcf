import { z } from "zod";
import { idSchema, integer, pagedSchema, text } from "./common.ts";
import { pactKindSchema } from "./pact.ts";

export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MIN_LENGTH = 2;

export const searchInputSchema = z.object({
  q: text({ min: SEARCH_MIN_LENGTH, max: 100, minMessage: `Typ minstens ${SEARCH_MIN_LENGTH} tekens.`, maxMessage: "Typ hoogstens 100 tekens." }),
  page: integer({ min: 1, max: 100_000 }).default(1),
});
export type SearchInput = z.infer<typeof searchInputSchema>;

export const searchPactHitSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  kind: pactKindSchema,
  regionName: z.string().nullable(),
  /** Part of the description around the first match, or its start. */
  excerpt: z.string(),
  /** "partner": an organisation taking part in the pact matched (named in `partnerName`). */
  matchedOn: z.enum(["name", "partner", "description"]),
  partnerName: z.string().nullable(),
});
export type SearchPactHit = z.infer<typeof searchPactHitSchema>;

export const searchThemeHitSchema = z.object({
  id: idSchema,
  label: z.string(),
  /** Published pacts (any kind) with this theme. */
  pactCount: z.number().int().min(0),
});
export type SearchThemeHit = z.infer<typeof searchThemeHitSchema>;

/** An organisation whose name matched, with the published pacts it takes part in (only those). */
export const searchOrganisationHitSchema = z.object({
  id: idSchema,
  name: z.string(),
  place: z.string().nullable(),
  pacts: z.array(z.object({ slug: z.string(), name: z.string() })),
});
export type SearchOrganisationHit = z.infer<typeof searchOrganisationHitSchema>;

export const searchResultSchema = z.object({
  q: z.string(),
  pacts: pagedSchema(searchPactHitSchema),
  themes: z.array(searchThemeHitSchema),
  organisations: z.array(searchOrganisationHitSchema),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/**
 * About `max` characters of `text` around the first case-insensitive match of `query`, cut at
 * word boundaries and marked with an ellipsis where text was left out; the start of the text
 * when there is no match.
 */
export function searchExcerpt(text: string, query: string, max = 180): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const at = query ? clean.toLowerCase().indexOf(query.trim().toLowerCase()) : -1;
  let start = at < 0 ? 0 : Math.max(0, at - Math.floor((max - query.length) / 2));
  let end = Math.min(clean.length, start + max);
  start = Math.max(0, end - max);
  if (start > 0) {
    const space = clean.indexOf(" ", start);
    if (space > 0 && space < (at < 0 ? end : at)) start = space + 1;
  }
  if (end < clean.length) {
    const space = clean.lastIndexOf(" ", end);
    if (space > start + (at < 0 ? 0 : at - start + query.length)) end = space;
  }
  return `${start > 0 ? "…" : ""}${clean.slice(start, end).trim()}${end < clean.length ? "…" : ""}`;
}
