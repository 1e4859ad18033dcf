import { z } from "zod";

/**
 * Figure 16: governance in the region, each item marked as in place "now" and expected "in 5
 * years". As data, in the publication's order.
 */
export const governanceItems = [
  { key: "administrative_consultation", label: "Structureel bestuurlijk overleg" },
  { key: "regional_vision", label: "Gezamenlijke regionale visie" },
  { key: "workforce_planning", label: "Gezamenlijke strategische personeelsplanning" },
  { key: "shortages_surpluses", label: "Afspraken over het oplossen van tekorten en overschotten van zorgberoepen" },
  { key: "education_content", label: "Afspraken over de inhoud van het onderwijs" },
  { key: "lifelong_learning", label: "Vormgeven leven lang leren" },
  {
    key: "joint_employership",
    label: "Gezamenlijk werkgeverschap (flexpool, keten-traineeship, mobiel stagebegeleidingsteam)",
  },
  { key: "interwoven_activities", label: "Onderwijs en zorg vervlechten hun activiteiten" },
] as const;

export type GovernanceItemKey = (typeof governanceItems)[number]["key"];
const governanceItemKeys = governanceItems.map((item) => item.key) as [GovernanceItemKey, ...GovernanceItemKey[]];
export const governanceItemKeySchema = z.enum(governanceItemKeys, { error: "Onbekend onderdeel van governance." });

export const governanceEntrySchema = z.object({
  itemKey: governanceItemKeySchema,
  now: z.boolean(),
  inFiveYears: z.boolean(),
});
export type GovernanceEntry = z.infer<typeof governanceEntrySchema>;

/** What an editor sends: any subset of the items, each at most once; items left out count as "no". */
export const governanceInputSchema = z
  .array(governanceEntrySchema)
  .max(governanceItems.length)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    for (const [index, entry] of entries.entries()) {
      if (seen.has(entry.itemKey)) {
        ctx.addIssue({ code: "custom", path: [index, "itemKey"], message: "Elk onderdeel van governance mag maar één keer voorkomen." });
      }
      seen.add(entry.itemKey);
    }
  });

/** Every item in the publication's order; an item without an entry is "no" now and in 5 years. */
export function completeGovernance(entries: readonly GovernanceEntry[]): GovernanceEntry[] {
  return governanceItems.map((item) => {
    const entry = entries.find((e) => e.itemKey === item.key);
    return { itemKey: item.key, now: entry?.now ?? false, inFiveYears: entry?.inFiveYears ?? false };
  });
}

/** Whether a pact marked any item, now or in 5 years. */
export function hasGovernance(entries: readonly GovernanceEntry[]): boolean {
  return entries.some((e) => e.now || e.inFiveYears);
}
