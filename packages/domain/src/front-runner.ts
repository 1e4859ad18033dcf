import { z } from "zod";
import { emailSchema } from "./account.ts";
import { idSchema, text, versionSchema } from "./common.ts";
import type { AdmissionStatus } from "./pact.ts";

/** The brief's admission criteria for the Kopgroep, each a checkable item for the reviewer. */
export const frontRunnerCriteria = [
  {
    key: "education_and_care",
    label: "Minstens één (v)mbo- of hbo-instelling en minstens één zorg- of welzijnsinstelling werken samen",
  },
  { key: "local_government", label: "Er is (een visie op) betrokkenheid van de lokale overheid" },
  { key: "visible_results", label: "De aanpak heeft geleid tot zichtbare resultaten" },
  { key: "transferable", label: "De aanpak is toepasbaar in andere regio's" },
] as const;

export type FrontRunnerCriterionKey = (typeof frontRunnerCriteria)[number]["key"];
export const frontRunnerCriterionKeySchema = z.enum(frontRunnerCriteria.map((c) => c.key) as [FrontRunnerCriterionKey, ...FrontRunnerCriterionKey[]], {
  error: "Onbekend criterium.",
});

/** Admission runs applied → under_review → admitted | rejected, and nowhere else. */
const admissionTransitions: Readonly<Record<AdmissionStatus, readonly AdmissionStatus[]>> = {
  applied: ["under_review"],
  under_review: ["admitted", "rejected"],
  admitted: [],
  rejected: [],
};

export function nextAdmissionStatuses(from: AdmissionStatus): readonly AdmissionStatus[] {
  return admissionTransitions[from];
}

export function canMoveAdmission(from: AdmissionStatus | null, to: AdmissionStatus): boolean {
  return from !== null && admissionTransitions[from].includes(to);
}

/** The criteria not (yet) met, in the brief's order; admission needs this to be empty. */
export function missingCriteria(ticks: readonly { key: string; met: boolean }[]): FrontRunnerCriterionKey[] {
  return frontRunnerCriteria.filter((c) => !ticks.some((t) => t.key === c.key && t.met)).map((c) => c.key);
}

export function criterionLabel(key: FrontRunnerCriterionKey): string {
  return frontRunnerCriteria.find((c) => c.key === key)!.label;
}

// ---------------------------------------------------------------------------------------------
// The public application form.

export const frontRunnerApplicationInputSchema = z.object({
  initiativeName: text({ min: 2, max: 200, minMessage: "Geef de naam van het initiatief (minstens 2 tekens)." }),
  description: text({ min: 20, max: 5000, minMessage: "Beschrijf de aanpak in een paar zinnen (minstens 20 tekens)." }),
  regionId: idSchema.nullable().default(null),
  organisationName: text({ min: 2, max: 200, minMessage: "Geef de naam van je organisatie." }),
  contactName: text({ min: 2, max: 200, minMessage: "Geef de naam van de contactpersoon." }),
  contactEmail: emailSchema,
  motivation: text({ min: 20, max: 5000, minMessage: "Vertel in een paar zinnen waarom jullie koploper willen worden." }),
  /**
   * Spam trap (honeypot): a field the form hides from people, so only a bot fills it. A filled one
   * is answered as if accepted, and nothing is stored.
   */
  website: text({ max: 500 }).default(""),
});
export type FrontRunnerApplicationInput = z.infer<typeof frontRunnerApplicationInputSchema>;

export function isSpam(input: Pick<FrontRunnerApplicationInput, "website">): boolean {
  return input.website.trim() !== "";
}

/** Applications from one address: at most this many per window. */
export const APPLICATION_LIMIT = 5;
export const APPLICATION_WINDOW_MINUTES = 60;

/** Whether another submission from an address is allowed, given its earlier ones, and if not how long to wait. */
export function submissionDecision(
  earlier: readonly Date[],
  now: Date,
  limit = APPLICATION_LIMIT,
  windowMinutes = APPLICATION_WINDOW_MINUTES,
): { allowed: boolean; retryAfterSeconds: number } {
  const windowMs = windowMinutes * 60_000;
  const recent = earlier.filter((d) => d.getTime() > now.getTime() - windowMs).sort((a, b) => a.getTime() - b.getTime());
  if (recent.length < limit) return { allowed: true, retryAfterSeconds: 0 };
  // The wait ends when enough of the oldest ones have left the window.
  const freesAt = recent[recent.length - limit]!.getTime() + windowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000)) };
}

// ---------------------------------------------------------------------------------------------
// Review by the national team.

export const criterionInputSchema = z.object({
  id: idSchema,
  criterionKey: frontRunnerCriterionKeySchema,
  met: z.boolean(),
  note: text({ max: 2000 }).nullable().default(null),
});
export type CriterionInput = z.infer<typeof criterionInputSchema>;

export const admissionDecisions = ["admit", "reject"] as const;
export const admissionDecisionInputSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    decision: z.enum(admissionDecisions),
    reason: text({ max: 5000 }).nullable().default(null),
  })
  .superRefine((input, ctx) => {
    if (input.decision === "reject" && (input.reason === null || input.reason.length < 2)) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Geef een reden waarom de aanmelding is afgewezen." });
    }
  });
export type AdmissionDecisionInput = z.infer<typeof admissionDecisionInputSchema>;

/** What the applicant sent through the public form. */
export const frontRunnerApplicationSchema = z.object({
  organisationName: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  motivation: z.string(),
  submittedAt: z.string(),
});
export type FrontRunnerApplication = z.infer<typeof frontRunnerApplicationSchema>;

/** One criterion as the reviewer left it; every criterion is listed, unchecked ones with met = false. */
export const criterionReviewSchema = z.object({
  key: frontRunnerCriterionKeySchema,
  met: z.boolean(),
  note: z.string().nullable(),
  checkedAt: z.string().nullable(),
  checkedByName: z.string().nullable(),
});
export type CriterionReview = z.infer<typeof criterionReviewSchema>;

/** The national team's review of a front-runner: when it started, the criteria, the decision. */
export const frontRunnerReviewSchema = z.object({
  startedAt: z.string().nullable(),
  startedByName: z.string().nullable(),
  criteria: z.array(criterionReviewSchema),
  /** Every criterion met: what admission requires. */
  criteriaComplete: z.boolean(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decisionReason: z.string().nullable(),
});
export type FrontRunnerReview = z.infer<typeof frontRunnerReviewSchema>;

// ---------------------------------------------------------------------------------------------
// Follow-up of admitted front-runners (figures 6–8).

/** Figure 6: has the concept been taken over by others? */
export const adoptionOptions = [
  { key: "whole_concept", label: "Ja, het hele concept" },
  { key: "parts", label: "Ja, onderdelen van het concept" },
  { key: "interest", label: "Nog niet, wel interesse" },
  { key: "no", label: "Nee" },
] as const;
export type Adoption = (typeof adoptionOptions)[number]["key"];
export const adoptionSchema = z.enum(adoptionOptions.map((o) => o.key) as [Adoption, ...Adoption[]]);

/** Figure 7: challenges the collaboration meets; any combination. */
export const challengeOptions = [
  { key: "funding", label: "Financiering rondkrijgen voor het project" },
  { key: "organisation_processes", label: "Verschillen in organisatieprocessen" },
  { key: "education_requirements", label: "Weinig flexibiliteit door eisen in onderwijs" },
  { key: "role_perception", label: "Verschillen in rolopvatting" },
  { key: "collective_agreements", label: "Verschillen in cao" },
] as const;
export type Challenge = (typeof challengeOptions)[number]["key"];
export const challengeSchema = z.enum(challengeOptions.map((o) => o.key) as [Challenge, ...Challenge[]]);

/** Figure 8: agreements to consolidate the approach; "none" stands alone. */
export const consolidationOptions = [
  { key: "regular_offering", label: "Opname in regulier aanbod" },
  { key: "regular_processes", label: "Opname in reguliere processen" },
  { key: "joint_agenda", label: "Opname in gezamenlijke agenda samenwerkingspartners" },
  { key: "none", label: "Geen afspraken" },
] as const;
export type Consolidation = (typeof consolidationOptions)[number]["key"];
export const consolidationSchema = z.enum(consolidationOptions.map((o) => o.key) as [Consolidation, ...Consolidation[]]);

function noDuplicates(list: readonly string[], ctx: z.RefinementCtx, field: string, message: string) {
  if (new Set(list).size !== list.length) ctx.addIssue({ code: "custom", path: [field], message });
}

export const followUpSchema = z
  .object({
    adoption: adoptionSchema.nullable(),
    challenges: z.array(challengeSchema).max(challengeOptions.length),
    consolidationAgreements: z.array(consolidationSchema).max(consolidationOptions.length),
  })
  .superRefine((followUp, ctx) => {
    noDuplicates(followUp.challenges, ctx, "challenges", "Kies elke uitdaging maar één keer.");
    noDuplicates(followUp.consolidationAgreements, ctx, "consolidationAgreements", "Kies elke borgingsafspraak maar één keer.");
    if (followUp.consolidationAgreements.includes("none") && followUp.consolidationAgreements.length > 1) {
      ctx.addIssue({
        code: "custom",
        path: ["consolidationAgreements"],
        message: "'Geen afspraken' gaat niet samen met andere borgingsafspraken.",
      });
    }
  });
export type FollowUp = z.infer<typeof followUpSchema>;

export const EMPTY_FOLLOW_UP: FollowUp = { adoption: null, challenges: [], consolidationAgreements: [] };
