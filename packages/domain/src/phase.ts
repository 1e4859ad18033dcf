import { z } from "zod";
import { idSchema, isoDateSchema, text, versionSchema } from "./common.ts";

/** The four phases of collaboration (figure 3 of the 2018 publication), as data. */
export const phases = [
  {
    number: 1,
    label: "Kaderen van de uitdaging",
    checklist: [
      { key: "awareness", label: "Bewustzijn creëren over het belang van samenwerking binnen de gouden driehoek" },
      { key: "starting_point", label: "Het vertrekpunt definiëren (waar staan we, welke knelpunten)" },
      { key: "vision", label: "Visie ontwikkelen op de vraagstukken" },
    ],
  },
  {
    number: 2,
    label: "Richten van de inzet",
    checklist: [
      { key: "change_coalition", label: "Een verandercoalitie/voorhoede samenstellen" },
      { key: "transformation_path", label: "Het transformatietraject uitstippelen" },
      { key: "communicate_ambitions", label: "Zorgpact-ambities intern en extern uitdragen" },
      { key: "ground_rules", label: "Spelregels afspreken voor wie aanhaakt" },
    ],
  },
  {
    number: 3,
    label: "Mobiliseren van de uitvoering",
    checklist: [
      { key: "streamline_resources", label: "Stroomlijnen van benodigde middelen" },
      { key: "manage_partitions", label: "Hanteerbaar maken van organisatorische schotten" },
      {
        key: "new_behaviour",
        label: "Ontwikkelen van nieuw gedrag en een nieuwe cultuur in de samenwerking van de 3 O's (ondernemingen, onderwijs, overheid)",
      },
    ],
  },
  {
    number: 4,
    label: "Verankeren",
    checklist: [
      { key: "consolidate_collaboration", label: "Bestendigen van nieuwe samenwerkingsvormen en samenwerkingsvaardigheden" },
      { key: "sustainable_funding", label: "Lijn brengen in de financiering, duurzaam financieringsmodel" },
      { key: "monitor_reflect", label: "Monitoren, reflecteren en evalueren van proces en resultaten" },
      { key: "restart_pdca", label: "De plan-do-check-act-cyclus opnieuw opstarten" },
    ],
  },
] as const;

export type Phase = (typeof phases)[number];
export const phaseNumberSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: "Kies fase 1, 2, 3 of 4.",
});
export type PhaseNumber = z.infer<typeof phaseNumberSchema>;

export function phaseByNumber(number: PhaseNumber): Phase {
  const phase = phases.find((p) => p.number === number);
  if (!phase) throw new Error(`Unknown phase ${number}`);
  return phase;
}

export function isChecklistItem(phase: PhaseNumber, itemKey: string): boolean {
  return phaseByNumber(phase).checklist.some((item) => item.key === itemKey);
}

export interface ChecklistTick {
  phase: PhaseNumber;
  itemKey: string;
  done: boolean;
}

/** Share of a phase's checklist that is ticked, 0..1; unknown item keys are ignored. */
export function checklistProgress(phase: PhaseNumber, ticks: readonly ChecklistTick[]): { done: number; total: number } {
  const items = phaseByNumber(phase).checklist;
  const done = items.filter((item) => ticks.some((t) => t.phase === phase && t.itemKey === item.key && t.done)).length;
  return { done, total: items.length };
}

export const phaseEntrySchema = z.object({
  phase: phaseNumberSchema,
  changedOn: z.string(),
  note: z.string().nullable(),
});
export type PhaseEntry = z.infer<typeof phaseEntrySchema>;

/** A phase change as the admin app shows it: who made it, too. */
export const phaseEntryDetailSchema = phaseEntrySchema.extend({
  id: idSchema,
  changedByName: z.string().nullable(),
});
export type PhaseEntryDetail = z.infer<typeof phaseEntryDetailSchema>;

/** A checklist item's state; the admin app also sees the date and the note. */
export const checklistTickSchema = z.object({ phase: phaseNumberSchema, itemKey: z.string(), done: z.boolean() });
export const checklistTickDetailSchema = checklistTickSchema.extend({
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
});

const noteSchema = text({ max: 2000 }).nullable().default(null);

/** Moves a pact to a phase (forward or back); the history keeps the date, who and the note. */
export const phaseSetInputSchema = z.object({
  pactId: idSchema,
  version: versionSchema,
  phase: phaseNumberSchema,
  changedOn: isoDateSchema,
  note: noteSchema,
});
export type PhaseSetInput = z.infer<typeof phaseSetInputSchema>;

export const checklistTickInputSchema = z
  .object({
    pactId: idSchema,
    phase: phaseNumberSchema,
    itemKey: text({ min: 1, max: 60 }),
    done: z.boolean(),
    /** The day the item was done; required when ticked. */
    doneOn: isoDateSchema.nullable().default(null),
    note: noteSchema,
  })
  .superRefine((tick, ctx) => {
    if (!isChecklistItem(tick.phase, tick.itemKey)) {
      ctx.addIssue({ code: "custom", path: ["itemKey"], message: `Dit punt hoort niet bij de checklist van fase ${tick.phase}.` });
    }
    if (tick.done && tick.doneOn === null) {
      ctx.addIssue({ code: "custom", path: ["doneOn"], message: "Geef de datum waarop dit punt is afgerond." });
    }
  });
export type ChecklistTickInput = z.infer<typeof checklistTickInputSchema>;
