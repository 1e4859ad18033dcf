import { z } from "zod";
import { centsSchema, decimal, idSchema, integer, isoDateSchema, optionalText, slugParamSchema, text, versionSchema } from "./common.ts";
import { costReportSchema } from "./cost.ts";
import {
  activityStatusSchema,
  chainCompleteness,
  chainLinkSchema,
  chainNodeKinds,
  chainNodeSchema,
  type ChainCompleteness,
  type ChainLinkRef,
  type ChainNodeKind,
  type ChainNodeRef,
  type LinkRefusal,
} from "./effect-chain.ts";
import { indicatorFieldsSchema, indicatorSchema, measurementFieldsSchema, measurementSchema } from "./indicator.ts";
import { organisationSchema, partnerSchema } from "./organisation.ts";
import { chainCompletenessSchema, pactKindSchema, publicationStatusSchema } from "./pact.ts";
import { taxonomyTermSchema } from "./taxonomy.ts";

/**
 * The action agenda (figure 4): issues (vraagstukken), each with its own coalition and the
 * ambitions that state the long-term effect wanted, and under each issue an effect chain
 * (figure 11): input → activity → result → effect.
 */

// ─── Issues and ambitions ────────────────────────────────────────────────────────────────

const issueFields = {
  title: text({ min: 2, max: 200, minMessage: "Geef een titel van minstens 2 tekens." }),
  description: text({ max: 5000 }).default(""),
  themeIds: z.array(idSchema).max(20).default([]),
};

export const issueCreateInputSchema = z.object({ pactId: idSchema, ...issueFields });
export type IssueCreateInput = z.infer<typeof issueCreateInputSchema>;

/** Description, themes and position left out stay as they are. */
export const issueUpdateInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  title: issueFields.title,
  description: issueFields.description.unwrap().optional(),
  themeIds: issueFields.themeIds.unwrap().optional(),
  /** Position on the agenda. */
  sortOrder: integer({ max: 100_000 }).optional(),
});
export type IssueUpdateInput = z.infer<typeof issueUpdateInputSchema>;

/** Deletes name the version seen, so nobody deletes what someone else just changed. */
export const recordVersionInputSchema = z.object({ id: idSchema, version: versionSchema });
export type RecordVersionInput = z.infer<typeof recordVersionInputSchema>;

/** The issue's own coalition (figure 18): a subset of the pact's partners. */
export const coalitionSetInputSchema = z.object({
  issueId: idSchema,
  version: versionSchema,
  organisationIds: z.array(idSchema).max(500),
});
export type CoalitionSetInput = z.infer<typeof coalitionSetInputSchema>;

const ambitionFields = {
  /** The long-term effect wanted: "effecten zijn je kompas". */
  statement: text({ min: 5, max: 2000, minMessage: "Beschrijf het beoogde effect op lange termijn in minstens 5 tekens." }),
};
export const ambitionAddInputSchema = z.object({ issueId: idSchema, ...ambitionFields });
export type AmbitionAddInput = z.infer<typeof ambitionAddInputSchema>;
export const ambitionUpdateInputSchema = z.object({
  id: idSchema,
  version: versionSchema,
  ...ambitionFields,
  sortOrder: integer({ max: 100_000 }).optional(),
});
export type AmbitionUpdateInput = z.infer<typeof ambitionUpdateInputSchema>;

export const ambitionSchema = z.object({
  id: idSchema,
  issueId: idSchema,
  statement: z.string(),
  sortOrder: z.number().int(),
  version: z.number().int(),
});
export type Ambition = z.infer<typeof ambitionSchema>;

export const agendaIssueSchema = z.object({
  id: idSchema,
  pactId: idSchema,
  title: z.string(),
  description: z.string(),
  sortOrder: z.number().int(),
  themes: z.array(taxonomyTermSchema),
  coalition: z.array(organisationSchema),
  ambitions: z.array(ambitionSchema),
  /** Completeness of this issue's part of the chain. */
  completeness: chainCompletenessSchema,
  version: z.number().int(),
  updatedAt: z.string(),
});
export type AgendaIssue = z.infer<typeof agendaIssueSchema>;

// ─── Chain nodes ─────────────────────────────────────────────────────────────────────────

/** Largest amount accepted: a hundred billion euros, far beyond any programme. */
const MAX_AMOUNT_CENTS = 10_000_000_000_000;

const nodeCommon = {
  title: text({ min: 2, max: 200, minMessage: "Geef een titel van minstens 2 tekens." }),
  description: optionalText({ max: 5000 }),
};

const inputShape = {
  kind: z.literal("input"),
  ...nodeCommon,
  amountCents: centsSchema.max(MAX_AMOUNT_CENTS, { error: "Dit bedrag is te groot." }).nullable().default(null),
  fte: decimal({ min: 0, max: 100_000, minMessage: "Fte kan niet negatief zijn." }).nullable().default(null),
  /** What is contributed in kind (in natura), e.g. "ruimte in het wijkcentrum". */
  inKind: optionalText({ max: 500 }),
  fundingSource: optionalText({ max: 200 }),
  /** A regeling (Regelingen) as the funding source, instead of or beside the free text. */
  regulationId: idSchema.nullable().default(null),
};
type InputFields = { amountCents: number | null; fte: number | null; inKind: string | null; fundingSource: string | null; regulationId: string | null };
function inputRule(node: InputFields, ctx: z.RefinementCtx) {
  if (node.amountCents === null && node.fte === null && node.inKind === null) {
    ctx.addIssue({ code: "custom", path: ["amountCents"], message: "Geef een bedrag in euro's, een aantal fte of een bijdrage in natura." });
  }
  // Where the input comes from: a regeling, or a source in words of at least 2 characters.
  if ((node.fundingSource === null && node.regulationId === null) || (node.fundingSource !== null && node.fundingSource.length < 2)) {
    ctx.addIssue({
      code: "custom",
      path: ["fundingSource"],
      message: "Geef de financieringsbron, bijvoorbeeld 'Provincie' of 'In natura partners', of kies een regeling.",
    });
  }
}

const activityShape = {
  kind: z.literal("activity"),
  ...nodeCommon,
  ownerOrganisationId: idSchema,
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema.nullable().default(null),
  status: activityStatusSchema,
};
function activityRule(node: { periodStart: string; periodEnd: string | null }, ctx: z.RefinementCtx) {
  if (node.periodEnd !== null && node.periodEnd < node.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "De einddatum ligt niet voor de begindatum." });
  }
}

/** Results and effects: a term (result area or effect category) and the number of units produced or reached. */
const outcomeShape = {
  ...nodeCommon,
  termId: idSchema,
  /** Counted units produced (results) or reached (effects); the effect calculator divides by it. */
  quantity: decimal({ min: 0, minMessage: "Een aantal kan niet negatief zijn." }).nullable().default(null),
  unit: optionalText({ max: 50 }),
};
function outcomeRule(node: { quantity: number | null; unit: string | null }, ctx: z.RefinementCtx) {
  if (node.quantity !== null && node.unit === null) {
    ctx.addIssue({ code: "custom", path: ["unit"], message: "Geef de eenheid bij het aantal, bijvoorbeeld 'studenten'." });
  }
}
const resultShape = { kind: z.literal("result"), ...outcomeShape };
const effectShape = { kind: z.literal("effect"), ...outcomeShape };

/** Per kind the fields it requires; new nodes always belong to an issue. */
export const nodeCreateInputSchema = z.discriminatedUnion("kind", [
  z.object({ issueId: idSchema, ...inputShape }).superRefine(inputRule),
  z.object({ issueId: idSchema, ...activityShape }).superRefine(activityRule),
  z.object({ issueId: idSchema, ...resultShape }).superRefine(outcomeRule),
  z.object({ issueId: idSchema, ...effectShape }).superRefine(outcomeRule),
]);
export type NodeCreateInput = z.infer<typeof nodeCreateInputSchema>;

/**
 * An update replaces every field of the node's kind, as its form sends them: an optional field
 * left out is cleared. The kind never changes (links depend on it); `issueId` left out keeps
 * the node under its issue (or under none, for nodes from before the agenda).
 */
const updateKeys = { id: idSchema, version: versionSchema, issueId: idSchema.optional() };
export const nodeUpdateInputSchema = z.discriminatedUnion("kind", [
  z.object({ ...updateKeys, ...inputShape }).superRefine(inputRule),
  z.object({ ...updateKeys, ...activityShape }).superRefine(activityRule),
  z.object({ ...updateKeys, ...resultShape }).superRefine(outcomeRule),
  z.object({ ...updateKeys, ...effectShape }).superRefine(outcomeRule),
]);
export type NodeUpdateInput = z.infer<typeof nodeUpdateInputSchema>;

/** The columns a node of this kind stores; fields of other kinds are cleared. */
export interface NodeStoredFields {
  kind: ChainNodeKind;
  title: string;
  description: string | null;
  termId: string | null;
  amountCents: number | null;
  fte: number | null;
  inKind: string | null;
  fundingSource: string | null;
  regulationId: string | null;
  ownerOrganisationId: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  status: z.infer<typeof activityStatusSchema> | null;
  quantity: number | null;
  unit: string | null;
}

export function nodeStoredFields(input: NodeCreateInput | NodeUpdateInput): NodeStoredFields {
  const empty = {
    termId: null,
    amountCents: null,
    fte: null,
    inKind: null,
    fundingSource: null,
    regulationId: null,
    ownerOrganisationId: null,
    periodStart: null,
    periodEnd: null,
    status: null,
    quantity: null,
    unit: null,
  };
  const base = { ...empty, kind: input.kind, title: input.title, description: input.description };
  switch (input.kind) {
    case "input":
      return {
        ...base,
        amountCents: input.amountCents,
        fte: input.fte,
        inKind: input.inKind,
        fundingSource: input.fundingSource,
        regulationId: input.regulationId,
      };
    case "activity":
      return { ...base, ownerOrganisationId: input.ownerOrganisationId, periodStart: input.periodStart, periodEnd: input.periodEnd, status: input.status };
    case "result":
    case "effect":
      return { ...base, termId: input.termId, quantity: input.quantity, unit: input.unit };
  }
}

export const agendaNodeSchema = chainNodeSchema.extend({
  /** Null for nodes from before the agenda existed: they belong to the pact, not to an issue. */
  issueId: idSchema.nullable(),
  inKind: z.string().nullable(),
  quantity: z.number().nullable(),
  unit: z.string().nullable(),
  version: z.number().int(),
});
export type AgendaNode = z.infer<typeof agendaNodeSchema>;

export const linkInputSchema = chainLinkSchema;
export type LinkInput = z.infer<typeof linkInputSchema>;

// ─── Link refusals in words ──────────────────────────────────────────────────────────────

const kindLabel: Record<ChainNodeKind, { one: string; many: string }> = {
  input: { one: "input", many: "inputs" },
  activity: { one: "activiteit", many: "activiteiten" },
  result: { one: "resultaat", many: "resultaten" },
  effect: { one: "effect", many: "effecten" },
};

/** Why `from → to` is refused, in Dutch, for the editor who tried it. */
export function linkRefusalMessage(reason: LinkRefusal, from: ChainNodeKind, to: ChainNodeKind): string {
  const order = "input → activiteit → resultaat → effect";
  switch (reason) {
    case "self_link":
      return "Een ketenelement kan niet met zichzelf verbonden worden.";
    case "same_kind":
      return `Twee ${kindLabel[from].many} kun je niet met elkaar verbinden: een verbinding gaat naar de volgende stap in de keten (${order}).`;
    case "backwards":
      return `Een verbinding van ${kindLabel[from].one} naar ${kindLabel[to].one} loopt terug in de keten; verbindingen lopen altijd vooruit (${order}).`;
    case "skips_a_step": {
      const next = chainNodeKinds[chainNodeKinds.indexOf(from) + 1]!;
      return `Een verbinding van ${kindLabel[from].one} naar ${kindLabel[to].one} slaat een stap over; verbind de ${kindLabel[from].one} eerst met een ${kindLabel[next].one} (${order}).`;
    }
  }
}

// ─── Completeness per issue ──────────────────────────────────────────────────────────────

/**
 * Completeness of one issue's part of the pact's chain: the pact-wide report restricted to the
 * issue's nodes, so a link from a node under another issue still counts as a contribution.
 */
export function issueCompleteness(
  nodes: readonly (ChainNodeRef & { issueId: string | null })[],
  links: readonly ChainLinkRef[],
  issueId: string,
): ChainCompleteness {
  const whole = chainCompleteness(nodes, links);
  const own = new Set(nodes.filter((n) => n.issueId === issueId).map((n) => n.id));
  const mine = (ids: string[]) => ids.filter((id) => own.has(id));
  const effectsWithoutResult = mine(whole.effectsWithoutResult);
  const resultsWithoutActivity = mine(whole.resultsWithoutActivity);
  const activitiesWithoutInput = mine(whole.activitiesWithoutInput);
  const hasEffect = nodes.some((n) => n.issueId === issueId && n.kind === "effect");
  return {
    effectsWithoutResult,
    resultsWithoutActivity,
    activitiesWithoutInput,
    complete: hasEffect && effectsWithoutResult.length + resultsWithoutActivity.length + activitiesWithoutInput.length === 0,
  };
}

// ─── Indicators and measurements ─────────────────────────────────────────────────────────

/** Indicators sit on results and effects only: inputs and activities are not outcomes. */
export function acceptsIndicators(kind: ChainNodeKind): boolean {
  return kind === "result" || kind === "effect";
}

export const indicatorCreateInputSchema = indicatorFieldsSchema.extend({ nodeId: idSchema });
export type IndicatorCreateInput = z.infer<typeof indicatorCreateInputSchema>;
export const indicatorUpdateInputSchema = indicatorFieldsSchema.extend({ id: idSchema, version: versionSchema });
export type IndicatorUpdateInput = z.infer<typeof indicatorUpdateInputSchema>;

export const measurementAddInputSchema = measurementFieldsSchema.extend({ indicatorId: idSchema });
export type MeasurementAddInput = z.infer<typeof measurementAddInputSchema>;
export const measurementUpdateInputSchema = measurementFieldsSchema.extend({ id: idSchema, version: versionSchema });
export type MeasurementUpdateInput = z.infer<typeof measurementUpdateInputSchema>;

export const agendaMeasurementSchema = measurementSchema.extend({ version: z.number().int() });
export type AgendaMeasurement = z.infer<typeof agendaMeasurementSchema>;

export const indicatorProgressSchema = z.object({
  current: z.number(),
  currentOn: z.string(),
  fraction: z.number(),
  reached: z.boolean(),
});

export const agendaIndicatorSchema = indicatorSchema.extend({
  measurements: z.array(agendaMeasurementSchema),
  progress: indicatorProgressSchema,
  version: z.number().int(),
});
export type AgendaIndicator = z.infer<typeof agendaIndicatorSchema>;

// ─── The whole agenda ────────────────────────────────────────────────────────────────────

export const agendaGetInputSchema = z.object({ pactId: idSchema });
export const agendaGetPublicInputSchema = z.object({ slug: slugParamSchema });

export const agendaSchema = z.object({
  pact: z.object({
    id: idSchema,
    slug: z.string(),
    name: z.string(),
    kind: pactKindSchema,
    publicationStatus: publicationStatusSchema,
  }),
  issues: z.array(agendaIssueSchema),
  nodes: z.array(agendaNodeSchema),
  links: z.array(chainLinkSchema),
  indicators: z.array(agendaIndicatorSchema),
  /** Completeness of the pact's whole chain, nodes without an issue included. */
  completeness: chainCompletenessSchema,
  /** The effect calculator: cost per unit of result and of effect. */
  cost: costReportSchema,
  /** The pact's partners: who may join a coalition or own an activity. */
  partners: z.array(partnerSchema),
  /** Every organisation the agenda names (partners, coalitions, activity owners). */
  organisations: z.array(organisationSchema),
  /** Every term the agenda names (themes, result areas, effect categories and their parents). */
  terms: z.array(taxonomyTermSchema),
});
export type Agenda = z.infer<typeof agendaSchema>;

// ─── Export ──────────────────────────────────────────────────────────────────────────────

export const exportFormats = ["xlsx", "csv"] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const agendaExportInputSchema = z.object({ pactId: idSchema, format: exportFormatSchema });
export const agendaExportPublicInputSchema = z.object({ slug: slugParamSchema, format: exportFormatSchema });

export const exportFileSchema = z.object({
  fileName: z.string(),
  contentType: z.string(),
  contentBase64: z.string(),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
