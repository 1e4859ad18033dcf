import { useQueries } from "@tanstack/react-query";
import { adoptionOptions, challengeOptions, consolidationOptions, type Adoption } from "@zorgpact/domain/front-runner";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { FieldError } from "@zorgpact/ui/FormField.tsx";
import { pactKindLabels } from "@zorgpact/ui/labels.ts";
import { pactEditMessages } from "../../messages/pact-edit.ts";
import { trpc } from "../../trpc.ts";
import { ChoiceGroup, SelectField } from "../../forms/fields.tsx";
import type { PactFormValues } from "./pact-form.ts";

const m = pactEditMessages.followUp;

/**
 * A front-runner's follow-up (figures 6–8), once admitted, and the regional pact it belongs to:
 * the national team changes that link, editors only see it.
 */
export function FollowUpFields({
  pact,
  values,
  onChange,
  errors,
  showFollowUp,
  canLink,
}: {
  pact: PactEditDetail;
  values: PactFormValues;
  onChange: (values: PactFormValues) => void;
  errors: FieldErrors;
  showFollowUp: boolean;
  canLink: boolean;
}) {
  const adoptionChoices: { value: Adoption | "unknown"; label: string }[] = [
    ...adoptionOptions.map((o) => ({ value: o.key, label: o.label })),
    { value: "unknown", label: m.adoptionUnknown },
  ];
  return (
    <fieldset
      id="pact-opvolging"
      className={errors["followUp"] ? "form-field--error" : undefined}
      aria-describedby={errors["followUp"] ? "pact-opvolging-fout" : undefined}
    >
      <legend>{m.heading}</legend>
      <FieldError id={errors["followUp"] ? "pact-opvolging-fout" : undefined}>{errors["followUp"]}</FieldError>
      <div className="form-stack">
        {showFollowUp ? (
          <>
            <ChoiceGroup
              id="pact-adoptie"
              name="adoption"
              type="radio"
              legend={m.adoption}
              choices={adoptionChoices}
              selected={[values.adoption === "" ? "unknown" : values.adoption]}
              onChange={([choice]) => onChange({ ...values, adoption: !choice || choice === "unknown" ? "" : choice })}
            />
            <ChoiceGroup
              id="pact-uitdagingen"
              name="challenges"
              type="checkbox"
              legend={m.challenges}
              hint={m.challengesHint}
              choices={challengeOptions.map((o) => ({ value: o.key, label: o.label }))}
              selected={values.challenges}
              onChange={(challenges) => onChange({ ...values, challenges })}
            />
            <ChoiceGroup
              id="pact-borging"
              name="consolidationAgreements"
              type="checkbox"
              legend={m.consolidation}
              hint={m.consolidationHint}
              choices={consolidationOptions.map((o) => ({ value: o.key, label: o.label }))}
              selected={values.consolidationAgreements}
              onChange={(consolidationAgreements) => onChange({ ...values, consolidationAgreements })}
            />
          </>
        ) : null}
        {canLink ? (
          <ParentPactSelect
            value={values.parentPactId}
            current={pact.parentPact}
            onChange={(parentPactId) => onChange({ ...values, parentPactId })}
            error={errors["parentPactId"]}
          />
        ) : (
          <div>
            <p className="label-like">{m.parentReadOnly}</p>
            <p>{pact.parentPact?.name ?? m.noParent}</p>
          </div>
        )}
      </div>
    </fieldset>
  );
}

function ParentPactSelect({
  value,
  current,
  onChange,
  error,
}: {
  value: string;
  current: PactEditDetail["parentPact"];
  onChange: (id: string) => void;
  error?: string | undefined;
}) {
  const lists = useQueries({
    queries: (["regional_pact", "breeding_ground"] as const).map((kind) => trpc.pact.listManaged.queryOptions({ kind, pageSize: 100 })),
  });
  const candidates = lists.flatMap((q) => q.data?.items ?? []).map(({ id, name, kind }) => ({ id, name, kind }));
  // The current link stays listed even when that pact is not in the lists (yet).
  if (current && !candidates.some((p) => p.id === current.id)) candidates.push({ id: current.id, name: current.name, kind: current.kind });
  return (
    <SelectField
      id="pact-gekoppeld"
      name="parentPactId"
      label={m.parentPact}
      hint={lists.some((q) => q.isError) ? m.parentsFailed : m.parentPactHint}
      value={value}
      onValueChange={onChange}
      error={error}
    >
      <option value="">{m.noParent}</option>
      {candidates.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name} ({pactKindLabels[p.kind]})
        </option>
      ))}
    </SelectField>
  );
}
