import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import {
  fundingStreamInputSchema,
  pactUpdateInputSchema,
  type CollaborationForm,
  type PactEditDetail,
  type PactKind,
  type AdmissionStatus,
  type PactUpdateInput,
  type RegionalFunction,
} from "@zorgpact/domain/pact";
import type { Adoption, Challenge, Consolidation } from "@zorgpact/domain/front-runner";
import { completeGovernance, type GovernanceEntry } from "@zorgpact/domain/governance";
import { changedFields as changedFormFields, mergeTyped } from "@zorgpact/ui/forms/form-changes.ts";
import { validateForm } from "../../forms/validate.ts";
import { euroText, parseEuroCents } from "@zorgpact/ui/dutch-number.ts";

/** One funding stream as the form edits it; `key` only keeps React rows apart. */
export interface FundingRow {
  key: string;
  source: string;
  amount: string;
  inKind: boolean;
}

/**
 * What the pact form edits. Names follow `pact.update`'s input where they can, so field errors
 * from the API land on the right field; the follow-up is three fields here and one in the API.
 */
export interface PactFormValues {
  name: string;
  description: string;
  regionId: string;
  startDate: string;
  contactName: string;
  contactEmail: string;
  themeIds: string[];
  fundingStreams: FundingRow[];
  functions: RegionalFunction[];
  collaborationForm: CollaborationForm | "";
  governance: GovernanceEntry[];
  adoption: Adoption | "";
  challenges: Challenge[];
  consolidationAgreements: Consolidation[];
  parentPactId: string;
}

export type PactFormField = keyof PactFormValues;

const COMMON: readonly PactFormField[] = ["name", "description", "regionId", "startDate", "contactName", "contactEmail", "themeIds", "fundingStreams"];
const REGIONAL: readonly PactFormField[] = ["functions", "collaborationForm", "governance"];
export const FOLLOW_UP: readonly PactFormField[] = ["adoption", "challenges", "consolidationAgreements"];

/** The fields this pact's form shows and saves: some belong to one kind, the link to another pact is the national team's. */
export function pactFormFields(pact: { kind: PactKind; admissionStatus: AdmissionStatus | null }, nationalAdmin: boolean): PactFormField[] {
  const fields = [...COMMON];
  if (pact.kind === "regional_pact") fields.push(...REGIONAL);
  if (pact.kind === "front_runner" && pact.admissionStatus === "admitted") fields.push(...FOLLOW_UP);
  if (pact.kind === "front_runner" && nationalAdmin) fields.push("parentPactId");
  return fields;
}

let rowSequence = 0;
export function newFundingRow(values: Partial<Omit<FundingRow, "key">> = {}): FundingRow {
  rowSequence += 1;
  return { key: `stroom-${rowSequence}`, source: "", amount: "", inKind: false, ...values };
}

export function pactFormValues(pact: PactEditDetail): PactFormValues {
  return {
    name: pact.name,
    description: pact.description,
    regionId: pact.region?.id ?? "",
    startDate: pact.startDate ?? "",
    contactName: pact.contactName ?? "",
    contactEmail: pact.contactEmail ?? "",
    themeIds: pact.themes.map((t) => t.id),
    fundingStreams: pact.fundingStreams.map((s) => newFundingRow({ source: s.source, amount: euroText(s.amountCents), inKind: s.inKind })),
    functions: [...pact.functions],
    collaborationForm: pact.collaborationForm ?? "",
    governance: completeGovernance(pact.governance),
    adoption: pact.followUp?.adoption ?? "",
    challenges: [...(pact.followUp?.challenges ?? [])],
    consolidationAgreements: [...(pact.followUp?.consolidationAgreements ?? [])],
    parentPactId: pact.parentPact?.id ?? "",
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function sameValue(field: PactFormField, a: PactFormValues, b: PactFormValues): boolean {
  switch (field) {
    case "themeIds":
    case "functions":
    case "challenges":
    case "consolidationAgreements":
      return sameSet(a[field], b[field]);
    case "fundingStreams": {
      const flat = (rows: FundingRow[]) => rows.map((r) => [r.source.trim(), parseEuroCents(r.amount), r.inKind]);
      return JSON.stringify(flat(a.fundingStreams)) === JSON.stringify(flat(b.fundingStreams));
    }
    case "governance":
      return JSON.stringify(completeGovernance(a.governance)) === JSON.stringify(completeGovernance(b.governance));
    default:
      return String(a[field]).trim() === String(b[field]).trim();
  }
}

/** The fields (of `fields`) in which `values` differs from `base`. */
export function changedFields(base: PactFormValues, values: PactFormValues, fields: readonly PactFormField[]): PactFormField[] {
  return changedFormFields(base, values, fields, sameValue);
}

/**
 * After a CONFLICT, "Nieuwste versie laden": the stored version with the user's own changes put
 * back on top of it. `theirs` are fields someone else changed; `both` the ones changed on both
 * sides, where the user's text now replaces what the other person saved, unless they undo it.
 */
export function rebase(base: PactFormValues, values: PactFormValues, latest: PactFormValues, fields: readonly PactFormField[]) {
  return mergeTyped(base, values, latest, fields, sameValue);
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

type UpdateFields = Omit<PactUpdateInput, "id" | "version">;

/**
 * The `pact.update` input for the changed fields, not yet checked (useZodForm checks it with the
 * API's own schema); an amount that is not a number goes as null, `fundingErrors` says why.
 */
export function pactUpdateFields(values: PactFormValues, changed: readonly PactFormField[], ids: { id: string; version: number }): Record<string, unknown> {
  const fields: Partial<Record<keyof UpdateFields, unknown>> = {};
  for (const field of changed) {
    switch (field) {
      case "regionId":
      case "startDate":
      case "contactName":
      case "contactEmail":
      case "parentPactId":
      case "collaborationForm":
        fields[field] = orNull(values[field]);
        break;
      case "fundingStreams":
        fields.fundingStreams = values.fundingStreams.map((row) => {
          const amountCents = parseEuroCents(row.amount);
          return { source: row.source, amountCents: amountCents === "invalid" ? null : amountCents, inKind: row.inKind };
        });
        break;
      case "adoption":
      case "challenges":
      case "consolidationAgreements":
        fields.followUp = {
          adoption: values.adoption === "" ? null : values.adoption,
          challenges: values.challenges,
          consolidationAgreements: values.consolidationAgreements,
        };
        break;
      case "governance":
        fields.governance = values.governance.filter((entry) => entry.now || entry.inFiveYears);
        break;
      default:
        fields[field] = values[field];
    }
  }
  return { ...fields, ...ids };
}

/**
 * A funding stream's errors keyed `fundingStreams.<row>.<source|amount>`, so each shows at its
 * row (and not once for the whole list); the list's own error is dropped while a row has one.
 */
export function fundingErrors(rows: readonly FundingRow[], invalidAmount: string): FieldErrors {
  const errors: FieldErrors = {};
  rows.forEach((row, index) => {
    const amountCents = parseEuroCents(row.amount);
    if (amountCents === "invalid") errors[`fundingStreams.${index}.amount`] = invalidAmount;
    const checked = fundingStreamInputSchema.safeParse({ source: row.source, amountCents: amountCents === "invalid" ? null : amountCents, inKind: row.inKind });
    for (const issue of checked.success ? [] : checked.error.issues) {
      const key = `fundingStreams.${index}.${issue.path[0] === "amountCents" ? "amount" : "source"}`;
      errors[key] ??= issue.message;
    }
  });
  if (Object.keys(errors).length > 0) errors["fundingStreams"] = undefined;
  return errors;
}

/** The form's whole check for unit tests, as useZodForm makes it: the changed fields through the API's schema, then the rows. */
export function pactUpdateInput(
  values: PactFormValues,
  changed: readonly PactFormField[],
  ids: { id: string; version: number },
  invalidAmount: string,
): { ok: true; input: PactUpdateInput } | { ok: false; errors: FieldErrors } {
  const rows = changed.includes("fundingStreams") ? fundingErrors(values.fundingStreams, invalidAmount) : {};
  const result = validateForm(pactUpdateInputSchema, pactUpdateFields(values, changed, ids), rows);
  return result.ok ? { ok: true, input: result.data } : { ok: false, errors: result.errors };
}
