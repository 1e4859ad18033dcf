import { z } from "zod";
import { idSchema } from "./common.ts";

/** Figure 11: van input naar effect. The order is the rule: links only go one step forward. */
export const chainNodeKinds = ["input", "activity", "result", "effect"] as const;
export const chainNodeKindSchema = z.enum(chainNodeKinds);
export type ChainNodeKind = z.infer<typeof chainNodeKindSchema>;

export const activityStatuses = ["planned", "running", "completed", "stopped"] as const;
export const activityStatusSchema = z.enum(activityStatuses);

export type LinkRefusal = "backwards" | "skips_a_step" | "same_kind" | "self_link";

/** Whether `from → to` is a link the effect chain allows, and why not if it isn't. */
export function checkLink(from: ChainNodeKind, to: ChainNodeKind): { allowed: true } | { allowed: false; reason: LinkRefusal } {
  const step = chainNodeKinds.indexOf(to) - chainNodeKinds.indexOf(from);
  if (step === 1) return { allowed: true };
  if (step === 0) return { allowed: false, reason: "same_kind" };
  if (step < 0) return { allowed: false, reason: "backwards" };
  return { allowed: false, reason: "skips_a_step" };
}

export function isAllowedLink(from: ChainNodeKind, to: ChainNodeKind): boolean {
  return checkLink(from, to).allowed;
}

export interface ChainNodeRef {
  id: string;
  kind: ChainNodeKind;
}

export interface ChainLinkRef {
  fromId: string;
  toId: string;
}

export interface ChainCompleteness {
  /** Effects that no result contributes to. */
  effectsWithoutResult: string[];
  /** Results that no activity produces. */
  resultsWithoutActivity: string[];
  /** Activities that no input funds. */
  activitiesWithoutInput: string[];
  complete: boolean;
}

/**
 * Reports where a chain is incomplete. The publication's main finding is that effects stay
 * implicit, so a chain without any effect is incomplete too.
 */
export function chainCompleteness(nodes: readonly ChainNodeRef[], links: readonly ChainLinkRef[]): ChainCompleteness {
  const kindById = new Map(nodes.map((n) => [n.id, n.kind]));
  const hasIncomingFrom = (node: ChainNodeRef, kind: ChainNodeKind) => links.some((l) => l.toId === node.id && kindById.get(l.fromId) === kind);
  const lacking = (kind: ChainNodeKind, from: ChainNodeKind) => nodes.filter((n) => n.kind === kind && !hasIncomingFrom(n, from)).map((n) => n.id);

  const effectsWithoutResult = lacking("effect", "result");
  const resultsWithoutActivity = lacking("result", "activity");
  const activitiesWithoutInput = lacking("activity", "input");
  const hasEffect = nodes.some((n) => n.kind === "effect");
  return {
    effectsWithoutResult,
    resultsWithoutActivity,
    activitiesWithoutInput,
    complete: hasEffect && effectsWithoutResult.length + resultsWithoutActivity.length + activitiesWithoutInput.length === 0,
  };
}

export const chainNodeSchema = z.object({
  id: idSchema,
  kind: chainNodeKindSchema,
  title: z.string(),
  description: z.string().nullable(),
  /** Result area (results) or effect category (effects). */
  termId: idSchema.nullable(),
  amountCents: z.number().int().nullable(),
  fte: z.number().nullable(),
  fundingSource: z.string().nullable(),
  /** An input's regeling (see regulation.ts), named instead of or beside the free-text source. */
  regulationId: idSchema.nullable(),
  ownerOrganisationId: idSchema.nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  status: activityStatusSchema.nullable(),
});
export type ChainNode = z.infer<typeof chainNodeSchema>;

export const chainLinkSchema = z.object({ fromId: idSchema, toId: idSchema });
export type ChainLink = z.infer<typeof chainLinkSchema>;
