import type { AgendaNode } from "@zorgpact/domain/agenda";
import type { ChainNodeKind, activityStatuses } from "@zorgpact/domain/effect-chain";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { decimalText, euroText, parseDecimal, parseEuroCents } from "@zorgpact/ui/dutch-number.ts";

type ActivityStatus = (typeof activityStatuses)[number];

/** What the node form edits, as text; the names match the API's fields, so its errors land on them. */
export interface NodeFormValues {
  title: string;
  description: string;
  amountCents: string;
  fte: string;
  inKind: string;
  fundingSource: string;
  /** An input's regeling ("" for none). */
  regulationId: string;
  ownerOrganisationId: string;
  periodStart: string;
  periodEnd: string;
  status: ActivityStatus;
  /** Effects only: narrows the effect categories; not sent. */
  targetGroupId: string;
  termId: string;
  quantity: string;
  unit: string;
  /** Editing only: the issue the node goes under ("" keeps it where it is). */
  issueId: string;
}

export function nodeFormValues(node: AgendaNode | null, parentOf: (termId: string) => string | null = () => null): NodeFormValues {
  return {
    title: node?.title ?? "",
    description: node?.description ?? "",
    amountCents: euroText(node?.amountCents ?? null),
    fte: decimalText(node?.fte ?? null),
    inKind: node?.inKind ?? "",
    fundingSource: node?.fundingSource ?? "",
    regulationId: node?.regulationId ?? "",
    ownerOrganisationId: node?.ownerOrganisationId ?? "",
    periodStart: node?.periodStart ?? "",
    periodEnd: node?.periodEnd ?? "",
    status: node?.status ?? "planned",
    targetGroupId: node?.termId ? (parentOf(node.termId) ?? "") : "",
    termId: node?.termId ?? "",
    quantity: decimalText(node?.quantity ?? null),
    unit: node?.unit ?? "",
    issueId: node?.issueId ?? "",
  };
}

/**
 * The fields of a node of `kind` for the API (still to be checked by the domain schema), and the
 * errors of what could not even be read: an amount or number that is not one, an empty choice.
 */
export function nodeFormFields(kind: ChainNodeKind, values: NodeFormValues): { fields: Record<string, unknown>; errors: FieldErrors } {
  const m = agendaMessages.node;
  const errors: FieldErrors = {};
  const number = (field: keyof NodeFormValues, parsed: number | null | "invalid", message: string = m.numberInvalid) => {
    if (parsed === "invalid") errors[field] = message;
    return parsed === "invalid" ? null : parsed;
  };
  const common = { kind, title: values.title, description: values.description };
  switch (kind) {
    case "input":
      return {
        fields: {
          ...common,
          amountCents: number("amountCents", parseEuroCents(values.amountCents), m.amountInvalid),
          fte: number("fte", parseDecimal(values.fte)),
          inKind: values.inKind,
          fundingSource: values.fundingSource,
          regulationId: values.regulationId || null,
        },
        errors,
      };
    case "activity":
      if (!values.ownerOrganisationId) errors["ownerOrganisationId"] = m.ownerMissing;
      if (!values.periodStart) errors["periodStart"] = m.periodStartMissing;
      return {
        fields: {
          ...common,
          ownerOrganisationId: values.ownerOrganisationId,
          periodStart: values.periodStart,
          periodEnd: values.periodEnd || null,
          status: values.status,
        },
        errors,
      };
    case "result":
    case "effect":
      if (!values.termId) errors["termId"] = kind === "result" ? m.resultAreaMissing : m.effectCategoryMissing;
      return {
        fields: { ...common, termId: values.termId, quantity: number("quantity", parseDecimal(values.quantity)), unit: values.unit },
        errors,
      };
  }
}
