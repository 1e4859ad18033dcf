import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { SelectField, TextAreaField } from "../../forms/fields.tsx";
import { volgspotMessages } from "../../messages/volgspot.ts";

const m = volgspotMessages.agreements;

export interface AgreementValues {
  text: string;
  ownerOrganisationId: string;
  dueOn: string;
}

/** Text, owner (a partner) and due date of an agreement: the add and the edit form share them. */
export function AgreementFields({
  idPrefix,
  values,
  onChange,
  errors,
  partners,
}: {
  idPrefix: string;
  values: AgreementValues;
  onChange: (values: AgreementValues) => void;
  errors: FieldErrors;
  partners: readonly { id: string; name: string }[];
}) {
  return (
    <>
      <TextAreaField
        id={`${idPrefix}-tekst`}
        label={m.text}
        value={values.text}
        onValueChange={(text) => onChange({ ...values, text })}
        error={errors.text}
        rows={2}
        required
      />
      <SelectField
        id={`${idPrefix}-eigenaar`}
        label={m.owner}
        hint={m.ownerHint}
        value={values.ownerOrganisationId}
        onValueChange={(ownerOrganisationId) => onChange({ ...values, ownerOrganisationId })}
        error={errors.ownerOrganisationId}
        required
      >
        <option value="">{m.chooseOwner}</option>
        {partners.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${idPrefix}-streefdatum`}
        label={m.dueOn}
        type="date"
        value={values.dueOn}
        onValueChange={(dueOn) => onChange({ ...values, dueOn })}
        error={errors.dueOn}
        required
      />
    </>
  );
}
