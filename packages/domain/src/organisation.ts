import { z } from "zod";
import { idSchema, text, pageInputSchema, pagedSchema, searchSchema, sortDirectionSchema, versionSchema } from "./common.ts";

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

const organisationFieldsBase = z.object({
  name: text({ min: 2, max: 200, minMessage: "Geef een naam van minstens 2 tekens." }),
  sector: sectorSchema,
  level: organisationLevelSchema.nullable().default(null),
  place: text({ max: 100 }).nullable().default(null),
});

function levelMatchesSector(org: { sector: Sector; level: OrganisationLevel | null }, ctx: z.RefinementCtx) {
  const allowed = levelsForSector(org.sector);
  if (allowed.length === 0 && org.level !== null) {
    ctx.addIssue({ code: "custom", path: ["level"], message: "Deze sector heeft geen niveau." });
  }
  if (allowed.length > 0 && (org.level === null || !allowed.includes(org.level))) {
    ctx.addIssue({ code: "custom", path: ["level"], message: `Kies een niveau: ${allowed.join(", ")}.` });
  }
}

/** The fields of an organisation as a form sends them; also `organisation.create`'s input. */
export const organisationFieldsSchema = organisationFieldsBase.superRefine(levelMatchesSector);
export type OrganisationFields = z.infer<typeof organisationFieldsSchema>;

export const organisationUpdateInputSchema = organisationFieldsBase.extend({ id: idSchema, version: versionSchema }).superRefine(levelMatchesSector);
export type OrganisationUpdateInput = z.infer<typeof organisationUpdateInputSchema>;

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  sector: sectorSchema,
  level: organisationLevelSchema.nullable(),
  place: z.string().nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationSortFields = ["name", "sector", "place", "updatedAt"] as const;
export const organisationListInputSchema = pageInputSchema.extend({
  search: searchSchema,
  sector: sectorSchema.optional(),
  sort: z.enum(organisationSortFields).default("name"),
  direction: sortDirectionSchema.default("asc"),
});
export type OrganisationListInput = z.infer<typeof organisationListInputSchema>;

/** An organisation in the registry, with the number of pacts it takes part in. */
export const organisationRecordSchema = organisationSchema.extend({
  pactCount: z.number().int().min(0),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type OrganisationRecord = z.infer<typeof organisationRecordSchema>;
export const organisationPageSchema = pagedSchema(organisationRecordSchema);

export const participationRoles = ["lead", "partner"] as const;
export const participationRoleSchema = z.enum(participationRoles);
export type ParticipationRole = z.infer<typeof participationRoleSchema>;

export const partnerSchema = organisationSchema.extend({ role: participationRoleSchema });
export type Partner = z.infer<typeof partnerSchema>;

export const partnerInputSchema = z.object({
  pactId: idSchema,
  organisationId: idSchema,
  role: participationRoleSchema.default("partner"),
});
export type PartnerInput = z.infer<typeof partnerInputSchema>;

export const partnerRemoveInputSchema = z.object({ pactId: idSchema, organisationId: idSchema });

/**
 * A pact has at most one lead (trekker). The lead that giving `organisationId` this role would
 * collide with, if any.
 */
export function conflictingLead<P extends Pick<Partner, "id" | "role">>(
  partners: readonly P[],
  organisationId: string,
  role: ParticipationRole,
): P | undefined {
  if (role !== "lead") return undefined;
  return partners.find((p) => p.role === "lead" && p.id !== organisationId);
}

/** The gouden driehoek: care & welfare, education and government working together. */
export interface GoldenTriangle {
  care: boolean;
  education: boolean;
  government: boolean;
  complete: boolean;
}

export const goldenTriangleSchema = z.object({
  care: z.boolean(),
  education: z.boolean(),
  government: z.boolean(),
  complete: z.boolean(),
}) satisfies z.ZodType<GoldenTriangle>;

export function goldenTriangle(partners: readonly Pick<Organisation, "sector">[]): GoldenTriangle {
  const has = (sector: Sector) => partners.some((p) => p.sector === sector);
  const care = has("care_welfare");
  const education = has("education");
  const government = has("government");
  return { care, education, government, complete: care && education && government };
}
