import type { ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import type { AgendaNode } from "@zorgpact/domain/agenda";
import { activityStatuses, type ChainNodeKind } from "@zorgpact/domain/effect-chain";
import type { TaxonomyTerm } from "@zorgpact/domain/taxonomy";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { activityStatusLabels } from "@zorgpact/ui/labels.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { regulationMessages } from "../../messages/regulation.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { SelectField, TextAreaField } from "../../forms/fields.tsx";
import type { NodeFormValues } from "./node-form.ts";
import { termChoices } from "./taxonomies.ts";

interface FieldsProps {
  idPrefix: string;
  kind: ChainNodeKind;
  node: AgendaNode | null;
  values: NodeFormValues;
  onChange: (values: NodeFormValues) => void;
  errors: FieldErrors;
}

const optional = (label: string) => `${label} ${agendaMessages.common.optional}`;

/** The fields of one kind of chain node: input, activity, result or effect. */
export function NodeFields({ idPrefix, kind, node, values, onChange, errors }: FieldsProps) {
  const m = agendaMessages.node;
  const set =
    <K extends keyof NodeFormValues>(key: K) =>
    (value: NodeFormValues[K]) =>
      onChange({ ...values, [key]: value });
  const text = (
    key: keyof NodeFormValues & string,
    label: string,
    extra: { hint?: string; inputMode?: "decimal"; required?: boolean; autoFocus?: boolean } = {},
  ) => (
    <TextField
      id={`${idPrefix}-${key}`}
      name={key}
      label={label}
      value={values[key]}
      onValueChange={set(key) as (value: string) => void}
      error={errors[key]}
      autoComplete="off"
      {...extra}
    />
  );

  return (
    <>
      {text("title", m.title, { required: true, autoFocus: true })}
      <TextAreaField
        id={`${idPrefix}-description`}
        name="description"
        label={optional(m.description)}
        value={values.description}
        onValueChange={set("description")}
        error={errors["description"]}
        rows={2}
      />
      {kind === "input" ? (
        <>
          {text("amountCents", optional(m.amount), { hint: m.amountHint, inputMode: "decimal" })}
          {text("fte", optional(m.fte), { hint: m.fteHint, inputMode: "decimal" })}
          {text("inKind", optional(m.inKind), { hint: m.inKindHint })}
          <RegulationSelect idPrefix={idPrefix} value={values.regulationId} onChange={set("regulationId")} error={errors["regulationId"]} />
          {text("fundingSource", values.regulationId ? optional(m.fundingSource) : m.fundingSource, {
            hint: regulationMessages.chainNode.fundingSourceHint,
            required: !values.regulationId,
          })}
        </>
      ) : kind === "activity" ? (
        <ActivityFields idPrefix={idPrefix} values={values} set={set} errors={errors} />
      ) : (
        <OutcomeFields idPrefix={idPrefix} kind={kind} node={node} values={values} onChange={onChange} errors={errors} />
      )}
      {kind === "result" || kind === "effect" ? (
        <div className="form-row">
          {text("quantity", optional(m.quantity), { hint: m.quantityHint, inputMode: "decimal" })}
          {text("unit", m.unit, { hint: m.unitHint })}
        </div>
      ) : null}
    </>
  );
}

function ActivityFields({
  idPrefix,
  values,
  set,
  errors,
}: {
  idPrefix: string;
  values: NodeFormValues;
  set: <K extends keyof NodeFormValues>(key: K) => (value: NodeFormValues[K]) => void;
  errors: FieldErrors;
}) {
  const { agenda } = useAgenda();
  const m = agendaMessages.node;
  const partners = agenda.partners.map((p) => ({ id: p.id, name: p.name }));
  const former =
    values.ownerOrganisationId && !partners.some((p) => p.id === values.ownerOrganisationId)
      ? agenda.organisations.filter((o) => o.id === values.ownerOrganisationId)
      : [];
  return (
    <>
      <SelectField
        id={`${idPrefix}-ownerOrganisationId`}
        name="ownerOrganisationId"
        label={m.owner}
        hint={partners.length === 0 ? m.ownerNone : m.ownerHint}
        value={values.ownerOrganisationId}
        onValueChange={set("ownerOrganisationId")}
        error={errors["ownerOrganisationId"]}
        required
      >
        <option value="">{agendaMessages.common.choose}</option>
        {[...partners, ...former].map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <div className="form-row">
        <TextField
          id={`${idPrefix}-periodStart`}
          name="periodStart"
          type="date"
          label={m.periodStart}
          value={values.periodStart}
          onValueChange={set("periodStart")}
          error={errors["periodStart"]}
          required
        />
        <TextField
          id={`${idPrefix}-periodEnd`}
          name="periodEnd"
          type="date"
          label={optional(m.periodEnd)}
          value={values.periodEnd}
          onValueChange={set("periodEnd")}
          error={errors["periodEnd"]}
        />
      </div>
      <SelectField
        id={`${idPrefix}-status`}
        name="status"
        label={m.status}
        value={values.status}
        onValueChange={(value) => set("status")(value as NodeFormValues["status"])}
        error={errors["status"]}
      >
        {activityStatuses.map((status) => (
          <option key={status} value={status}>
            {activityStatusLabels[status]}
          </option>
        ))}
      </SelectField>
    </>
  );
}

/** Options grouped under their parent term (result domain, target group). */
function groupedOptions(terms: readonly TaxonomyTerm[], parents: readonly TaxonomyTerm[]): ReactNode {
  const label = (t: TaxonomyTerm) => (t.retired ? `${t.label} ${agendaMessages.common.retiredTerm}` : t.label);
  const groups = parents.filter((p) => terms.some((t) => t.parentId === p.id));
  const orphans = terms.filter((t) => !groups.some((g) => g.id === t.parentId));
  return (
    <>
      {groups.map((group) => (
        <optgroup key={group.id} label={group.label}>
          {terms
            .filter((t) => t.parentId === group.id)
            .map((t) => (
              <option key={t.id} value={t.id}>
                {label(t)}
              </option>
            ))}
        </optgroup>
      ))}
      {orphans.map((t) => (
        <option key={t.id} value={t.id}>
          {label(t)}
        </option>
      ))}
    </>
  );
}

function OutcomeFields({ idPrefix, kind, node, values, onChange, errors }: FieldsProps) {
  const { agenda, taxonomies } = useAgenda();
  const m = agendaMessages.node;
  const keep = node?.termId ? [node.termId] : [];
  const parentsOf = (kind: "result_domain" | "target_group") => termChoices(taxonomies[kind], agenda.terms, []);
  if (kind === "result") {
    const areas = termChoices(taxonomies.result_area, agenda.terms, keep);
    return (
      <SelectField
        id={`${idPrefix}-termId`}
        name="termId"
        label={m.resultArea}
        value={values.termId}
        onValueChange={(termId) => onChange({ ...values, termId })}
        error={errors["termId"]}
        required
      >
        <option value="">{agendaMessages.common.choose}</option>
        {groupedOptions(areas, parentsOf("result_domain"))}
      </SelectField>
    );
  }
  const groups = parentsOf("target_group");
  const categories = termChoices(taxonomies.effect_category, agenda.terms, keep);
  const shown = values.targetGroupId ? categories.filter((c) => c.parentId === values.targetGroupId) : categories;
  return (
    <>
      <SelectField
        id={`${idPrefix}-targetGroupId`}
        name="targetGroupId"
        label={m.targetGroup}
        hint={m.targetGroupHint}
        value={values.targetGroupId}
        onValueChange={(targetGroupId) => {
          const keepTerm = categories.some((c) => c.id === values.termId && c.parentId === targetGroupId);
          onChange({ ...values, targetGroupId, termId: keepTerm || !targetGroupId ? values.termId : "" });
        }}
      >
        <option value="">{m.allTargetGroups}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`${idPrefix}-termId`}
        name="termId"
        label={m.effectCategory}
        value={values.termId}
        onValueChange={(termId) => onChange({ ...values, termId })}
        error={errors["termId"]}
        required
      >
        <option value="">{agendaMessages.common.choose}</option>
        {groupedOptions(shown, groups)}
      </SelectField>
    </>
  );
}

/** An input may name the regeling it draws on (Regelingen) instead of a source in words. */
function RegulationSelect({
  idPrefix,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const m = regulationMessages.chainNode;
  const regulations = useQuery(trpc.regulation.list.queryOptions({ pageSize: 100 }));
  return (
    <SelectField
      id={`${idPrefix}-regulationId`}
      name="regulationId"
      label={m.regulation}
      hint={regulations.isError ? m.regulationsFailed : m.regulationHint}
      value={value}
      onValueChange={onChange}
      error={error}
    >
      <option value="">{m.noRegulation}</option>
      {(regulations.data?.items ?? []).map((regulation) => (
        <option key={regulation.id} value={regulation.id}>
          {regulation.name}
        </option>
      ))}
    </SelectField>
  );
}
