import { z } from "zod";
import { idSchema, text, versionSchema } from "./common.ts";

export const roles = ["national_admin", "regional_editor"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const PASSWORD_MIN_LENGTH = 12;

/** Length rules; the list of common passwords is checked by the API, which holds that list. */
export const passwordSchema = text({
  min: PASSWORD_MIN_LENGTH,
  max: 200,
  trim: false,
  minMessage: `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens.`,
  maxMessage: "Kies een wachtwoord van hoogstens 200 tekens.",
});

export const emailSchema = text({ max: 254, maxMessage: "Vul een geldig e-mailadres in." })
  .toLowerCase()
  .pipe(z.email({ error: "Vul een geldig e-mailadres in." }).max(254));

export const loginInputSchema = z.object({
  email: emailSchema,
  // At login any length is checked against the hash; length rules apply when a password is set.
  password: text({ min: 1, max: 200, trim: false, minMessage: "Vul je wachtwoord in." }),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

const userFieldsBase = z.object({
  email: emailSchema,
  name: text({ min: 2, max: 120, minMessage: "Vul een naam in van minstens 2 tekens." }),
  role: roleSchema,
  pactIds: z.array(idSchema).max(200).default([]),
});

function scopesMatchRole(user: { role: Role; pactIds: string[] }, ctx: z.RefinementCtx) {
  if (user.role === "regional_editor" && user.pactIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["pactIds"], message: "Een regioredacteur hoort bij minstens één zorgpact." });
  }
}

export const userCreateInputSchema = userFieldsBase.extend({ password: passwordSchema }).superRefine(scopesMatchRole);
export type UserCreateInput = z.infer<typeof userCreateInputSchema>;

export const userUpdateInputSchema = userFieldsBase.extend({ id: idSchema, version: versionSchema }).superRefine(scopesMatchRole);
export type UserUpdateInput = z.infer<typeof userUpdateInputSchema>;

/** Switching an account on or off, with the version the national team saw. */
export const userSetActiveInputSchema = z.object({ id: idSchema, active: z.boolean(), version: versionSchema });
export type UserSetActiveInput = z.infer<typeof userSetActiveInputSchema>;

export const passwordChangeInputSchema = z.object({
  currentPassword: text({ min: 1, max: 200, trim: false, minMessage: "Vul je huidige wachtwoord in." }),
  newPassword: passwordSchema,
});

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  pactIds: z.array(idSchema),
  active: z.boolean(),
  version: z.number().int(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;

export const meSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  pacts: z.array(z.object({ id: idSchema, name: z.string(), slug: z.string() })),
});
export type Me = z.infer<typeof meSchema>;
