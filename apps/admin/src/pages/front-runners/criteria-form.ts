/** The Kopgroep review's criteria form: its values, its check (setCriterion's own schema) and what a save sends. */
import { z } from "zod";
import {
  criterionInputSchema,
  frontRunnerCriteria,
  frontRunnerCriterionKeySchema,
  type CriterionReview,
  type FrontRunnerCriterionKey,
} from "@zorgpact/domain/front-runner";

export type CriterionValues = { met: boolean; note: string };
export type CriteriaValues = Record<FrontRunnerCriterionKey, CriterionValues>;

/**
 * The review form checked with `setCriterion`'s own input schema, once per criterion: a changed
 * criterion is its input, an unchanged one `null` (nothing to send). An error on a criterion's
 * note shows at that criterion.
 */
export const criteriaFormSchema = z.record(frontRunnerCriterionKeySchema, criterionInputSchema.nullable());

export const criteriaValues = (criteria: readonly CriterionReview[]): CriteriaValues =>
  Object.fromEntries(
    frontRunnerCriteria.map((c) => {
      const stored = criteria.find((r) => r.key === c.key);
      return [c.key, { met: stored?.met ?? false, note: stored?.note ?? "" }];
    }),
  ) as CriteriaValues;

const sameCriterion = (a: CriterionValues, b: CriterionValues) => a.met === b.met && a.note.trim() === b.note.trim();

/** The inputs of the criteria that differ from what is stored. */
export function changedCriteria(pactId: string, typed: CriteriaValues, stored: CriteriaValues): Record<FrontRunnerCriterionKey, unknown> {
  return Object.fromEntries(
    frontRunnerCriteria.map(({ key }) => [
      key,
      sameCriterion(typed[key], stored[key])
        ? null
        : { id: pactId, criterionKey: key, met: typed[key].met, note: typed[key].note.trim() === "" ? null : typed[key].note },
    ]),
  ) as Record<FrontRunnerCriterionKey, unknown>;
}
