import { volgspotUpdateInputSchema, type VolgspotRevision, type VolgspotUpdateInput } from "@zorgpact/domain/volgspot";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { validateForm, type Validation } from "../../forms/validate.ts";

/** The Volgspot form as typed: lists as one item per line, the count as text. */
export interface VolgspotFormValues {
  heldOn: string;
  participantOrganisationIds: string[];
  guestNames: string;
  actionsAnswer: string;
  positionAnswer: string;
  factorsAnswer: string;
  report: string;
  newCollaborations: string;
  collaborationsNote: string;
  themesNote: string;
  /** Chosen result and effect nodes with their note, in the order chosen. */
  results: { nodeId: string; note: string }[];
  successFactors: string;
  failureFactors: string;
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

export function volgspotFormValues(revision: VolgspotRevision): VolgspotFormValues {
  return {
    heldOn: revision.heldOn,
    participantOrganisationIds: [...revision.participantOrganisationIds],
    guestNames: revision.guestNames.join("\n"),
    actionsAnswer: revision.actionsAnswer,
    positionAnswer: revision.positionAnswer,
    factorsAnswer: revision.factorsAnswer,
    report: revision.report,
    newCollaborations: revision.newCollaborations === null ? "" : String(revision.newCollaborations),
    collaborationsNote: revision.collaborationsNote,
    themesNote: revision.themesNote,
    results: revision.results.map((r) => ({ ...r })),
    successFactors: revision.successFactors.join("\n"),
    failureFactors: revision.failureFactors.join("\n"),
  };
}

/** The form's values in `volgspot.update`'s shape (not yet checked: the schema does that). */
export function volgspotToInput(values: VolgspotFormValues, record: { id: string; version: number }) {
  const count = values.newCollaborations.trim();
  return {
    ...record,
    heldOn: values.heldOn.trim(),
    participantOrganisationIds: values.participantOrganisationIds,
    guestNames: lines(values.guestNames),
    actionsAnswer: values.actionsAnswer,
    positionAnswer: values.positionAnswer,
    factorsAnswer: values.factorsAnswer,
    report: values.report,
    newCollaborations: count === "" ? null : /^\d+$/.test(count) ? Number(count) : Number.NaN,
    collaborationsNote: values.collaborationsNote,
    themesNote: values.themesNote,
    results: values.results,
    successFactors: lines(values.successFactors),
    failureFactors: lines(values.failureFactors),
  };
}

/** A count that is not a whole number gets its own message (the schema would only see NaN). */
export function volgspotExtraErrors(values: VolgspotFormValues, notANumber: string): FieldErrors {
  const count = values.newCollaborations.trim();
  return count !== "" && !/^\d+$/.test(count) ? { newCollaborations: notANumber } : {};
}

/** The form's check as the form makes it: the schema over `volgspotToInput`, then the count. */
export function volgspotUpdateInput(values: VolgspotFormValues, record: { id: string; version: number }, notANumber: string): Validation<VolgspotUpdateInput> {
  return validateForm(volgspotUpdateInputSchema, volgspotToInput(values, record), volgspotExtraErrors(values, notANumber));
}

/** Adds a suggested factor as a new line, unless the list already holds it. */
export function withFactor(list: string, factor: string): string {
  const present = lines(list).some((line) => line.toLocaleLowerCase("nl") === factor.toLocaleLowerCase("nl"));
  if (present) return list;
  return list.trim() === "" ? factor : `${list.replace(/\s+$/, "")}\n${factor}`;
}
