import { collaborationForms, regionalFunctions, type CollaborationForm } from "@zorgpact/domain/pact";
import { governanceItems, type GovernanceEntry } from "@zorgpact/domain/governance";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { fieldDescriptionIds, FieldError } from "@zorgpact/ui/FormField.tsx";
import { collaborationFormLabels, regionalFunctionLabels } from "@zorgpact/ui/labels.ts";
import { pactEditMessages } from "../../messages/pact-edit.ts";
import { ChoiceGroup } from "../../forms/fields.tsx";
import type { PactFormValues } from "./pact-form.ts";

const m = pactEditMessages.regional;

/** A regional pact's functions (figure 15), collaboration form and governance now and in 5 years (figure 16). */
export function RegionalFields({ values, onChange, errors }: { values: PactFormValues; onChange: (values: PactFormValues) => void; errors: FieldErrors }) {
  const formChoices: { value: CollaborationForm | "none"; label: string }[] = [
    ...collaborationForms.map((value) => ({ value, label: collaborationFormLabels[value] })),
    { value: "none", label: m.notSet },
  ];
  return (
    <>
      <ChoiceGroup
        id="pact-functies"
        name="functions"
        type="checkbox"
        legend={m.functions}
        hint={m.functionsHint}
        choices={regionalFunctions.map((value) => ({ value, label: regionalFunctionLabels[value] }))}
        selected={values.functions}
        onChange={(functions) => onChange({ ...values, functions })}
        error={errors["functions"]}
      />
      <ChoiceGroup
        id="pact-samenwerkingsvorm"
        name="collaborationForm"
        type="radio"
        legend={m.collaborationForm}
        choices={formChoices}
        selected={[values.collaborationForm === "" ? "none" : values.collaborationForm]}
        onChange={([choice]) => onChange({ ...values, collaborationForm: !choice || choice === "none" ? "" : choice })}
        error={errors["collaborationForm"]}
      />
      <GovernanceTable entries={values.governance} onChange={(governance) => onChange({ ...values, governance })} error={errors["governance"]} />
    </>
  );
}

function GovernanceTable({
  entries,
  onChange,
  error,
}: {
  entries: GovernanceEntry[];
  onChange: (entries: GovernanceEntry[]) => void;
  error?: string | undefined;
}) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds("pact-governance", { hint: m.governanceHint, error });
  const set = (itemKey: string, patch: Partial<GovernanceEntry>) => onChange(entries.map((e) => (e.itemKey === itemKey ? { ...e, ...patch } : e)));
  return (
    <fieldset id="pact-governance" className={error ? "form-field--error" : undefined} aria-describedby={describedBy}>
      <legend>{m.governance}</legend>
      <p id={hintId} className="field-hint">
        {m.governanceHint}
      </p>
      <FieldError id={errorId}>{error}</FieldError>
      <table className="governance-table">
        <thead>
          <tr>
            <th scope="col">{m.governanceItem}</th>
            <th scope="col" className="num">
              {m.now}
            </th>
            <th scope="col" className="num">
              {m.inFiveYears}
            </th>
          </tr>
        </thead>
        <tbody>
          {governanceItems.map((item) => {
            const entry = entries.find((e) => e.itemKey === item.key) ?? { itemKey: item.key, now: false, inFiveYears: false };
            return (
              <tr key={item.key}>
                <th scope="row">{item.label}</th>
                <td className="num">
                  <input
                    type="checkbox"
                    aria-label={m.nowOf(item.label)}
                    checked={entry.now}
                    onChange={(event) => set(item.key, { now: event.currentTarget.checked })}
                  />
                </td>
                <td className="num">
                  <input
                    type="checkbox"
                    aria-label={m.inFiveYearsOf(item.label)}
                    checked={entry.inFiveYears}
                    onChange={(event) => set(item.key, { inFiveYears: event.currentTarget.checked })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
