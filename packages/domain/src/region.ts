import { z } from "zod";
import { idSchema } from "./common.ts";

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
export const provinceSchema = z.enum(provinces);

/** A point on the map, limited to the Netherlands' bounding box so a swapped lat/lon is caught. */
export const mapPointSchema = z.object({
  latitude: z.number().min(50.7).max(53.7),
  longitude: z.number().min(3.3).max(7.3),
});

export const regionSchema = z.object({
  id: idSchema,
  name: z.string(),
  provinces: z.array(provinceSchema),
  latitude: z.number(),
  longitude: z.number(),
});
export type Region = z.infer<typeof regionSchema>;
