import { z } from "zod";
import { idSchema, integer, text, pageInputSchema, pagedSchema, searchSchema, sortDirectionSchema, versionSchema } from "./common.ts";

export const provinces = [
  "Groningen",
  "Friesland",
  "Drenthe",
  "Overijssel",
  "Flevoland",
  "Gelderland",
  "Utrecht",
  "Noord-Holland",
  "Zuid-Holland",
  "Zeeland",
  "Noord-Brabant",
  "Limburg",
] as const;
export const provinceSchema = z.enum(provinces, { error: "Kies een van de twaalf provincies." });
export type Province = z.infer<typeof provinceSchema>;

/** A point on the map, limited to the Netherlands' bounding box so a swapped lat/lon is caught. */
export const mapPointSchema = z.object({
  latitude: z
    .number()
    .min(50.7, { error: "Deze breedtegraad ligt niet in Nederland (50,7 tot 53,7)." })
    .max(53.7, { error: "Deze breedtegraad ligt niet in Nederland (50,7 tot 53,7)." }),
  longitude: z
    .number()
    .min(3.3, { error: "Deze lengtegraad ligt niet in Nederland (3,3 tot 7,3)." })
    .max(7.3, { error: "Deze lengtegraad ligt niet in Nederland (3,3 tot 7,3)." }),
});

export const regionSchema = z.object({
  id: idSchema,
  name: z.string(),
  provinces: z.array(provinceSchema),
  latitude: z.number(),
  longitude: z.number(),
});
export type Region = z.infer<typeof regionSchema>;

const regionFieldsBase = mapPointSchema.extend({
  name: text({ min: 2, max: 100, minMessage: "Geef een naam van minstens 2 tekens." }),
  provinces: z.array(provinceSchema).min(1, { error: "Kies minstens één provincie." }).max(provinces.length),
});

function provincesOnce(region: { provinces: readonly string[] }, ctx: z.RefinementCtx) {
  if (new Set(region.provinces).size !== region.provinces.length) {
    ctx.addIssue({ code: "custom", path: ["provinces"], message: "Kies elke provincie maar één keer." });
  }
}

/** A region's fields as a form sends them: a name, the provinces it covers and its point on the map. */
export const regionFieldsSchema = regionFieldsBase.superRefine(provincesOnce);
export type RegionFields = z.infer<typeof regionFieldsSchema>;

export const regionUpdateInputSchema = regionFieldsBase.extend({ id: idSchema, version: versionSchema }).superRefine(provincesOnce);
export type RegionUpdateInput = z.infer<typeof regionUpdateInputSchema>;

export const regionSortFields = ["name", "pactCount"] as const;
export const regionListInputSchema = pageInputSchema.extend({
  // The map wants every region at once; there are a few dozen at most.
  pageSize: integer({ min: 1, max: 100 }).default(100),
  search: searchSchema,
  province: provinceSchema.optional(),
  sort: z.enum(regionSortFields).default("name"),
  direction: sortDirectionSchema.default("asc"),
});
export type RegionListInput = z.infer<typeof regionListInputSchema>;

/** A region with its version and the number of published pacts in it. */
export const regionRecordSchema = regionSchema.extend({
  pactCount: z.number().int().min(0),
  version: z.number().int(),
});
export type RegionRecord = z.infer<typeof regionRecordSchema>;
export const regionPageSchema = pagedSchema(regionRecordSchema);
