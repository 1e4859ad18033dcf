import { z } from "zod";
import { idSchema } from "./common.ts";

export const sectors = ["care_welfare", "education", "government", "employers_organisation", "other"] as const;
export const sectorSchema = z.enum(sectors);
export type Sector = z.infer<typeof sectorSchema>;

export const educationLevels = ["vmbo", "mbo", "hbo", "wo"] as const;
export const governmentLevels = ["gemeente", "provincie", "rijk"] as const;
export const organisationLevelSchema = z.enum([...educationLevels, ...governmentLevels]);
export type OrganisationLevel = z.infer<typeof organisationLevelSchema>;

const levelsBySector: Partial<Record<Sector, readonly OrganisationLevel[]>> = {
  education: educationLevels,
  government: governmentLevels,
};

/** Which levels a sector accepts; an empty list means the sector has no level. */
export function levelsForSector(sector: Sector): readonly OrganisationLevel[] {
  return levelsBySector[sector] ?? [];
}

export const organisationFieldsSchema = z
  .object({
    name: z.string().trim().min(2, { error: "Geef een naam van minstens 2 tekens." }).max(200),
    sector: sectorSchema,
    level: organisationLevelSchema.nullable().default(null),
    place: z.string().trim().max(100).nullable().default(null),
  })
  .superRefine((org, ctx) => {
    const allowed = levelsForSector(org.sector);
    if (allowed.length === 0 && org.level !== null) {
      ctx.addIssue({ code: "custom", path: ["level"], message: "Deze sector heeft geen niveau." });
    }
    if (allowed.length > 0 && (org.level === null || !allowed.includes(org.level))) {
      ctx.addIssue({ code: "custom", path: ["level"], message: `Kies een niveau: ${allowed.join(", ")}.` });
    }
  });
export type OrganisationFields = z.infer<typeof organisationFieldsSchema>;

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  sector: sectorSchema,
  level: organisationLevelSchema.nullable(),
  place: z.string().nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const participationRoles = ["lead", "partner"] as const;
export const participationRoleSchema = z.enum(participationRoles);
export type ParticipationRole = z.infer<typeof participationRoleSchema>;

export const partnerSchema = organisationSchema.extend({ role: participationRoleSchema });
export type Partner = z.infer<typeof partnerSchema>;

/** The gouden driehoek: care & welfare, education and government working together. */
export interface GoldenTriangle {
  care: boolean;
  education: boolean;
  government: boolean;
  complete: boolean;
}

export function goldenTriangle(partners: readonly Pick<Organisation, "sector">[]): GoldenTriangle {
  const has = (sector: Sector) => partners.some((p) => p.sector === sector);
  const care = has("care_welfare");
  const education = has("education");
  const government = has("government");
  return { care, education, government, complete: care && education && government };
}
