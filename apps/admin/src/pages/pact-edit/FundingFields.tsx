import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { fieldDescriptionIds, FieldError, TextField } from "@zorgpact/ui/FormField.tsx";
import { pactEditMessages } from "../../messages/pact-edit.ts";
import { newFundingRow, type FundingRow } from "./pact-form.ts";

const m = pactEditMessages.funding;

/** The pact's funding streams: source, amount in euro (stored as cents) or a contribution in kind. */
export function FundingFields({ rows, onChange, errors }: { rows: FundingRow[]; onChange: (rows: FundingRow[]) => void; errors: FieldErrors }) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds("financiering", { hint: m.hint, error: errors["fundingStreams"] });
  const change = (key: string, patch: Partial<FundingRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = () => {
    const row = newFundingRow();
    onChange([...rows, row]);
    // Focus the new row's first field, once it is on screen.
    requestAnimationFrame(() => document.getElementById(`${row.key}-bron`)?.focus());
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    requestAnimationFrame(() => document.getElementById("financiering-toevoegen")?.focus());
  };
  return (
    <fieldset id="financiering" className={errors["fundingStreams"] ? "form-field--error" : undefined} aria-describedby={describedBy}>
      <legend>{m.legend}</legend>
      <p id={hintId} className="field-hint">
        {m.hint}
      </p>
      <FieldError id={errorId}>{errors["fundingStreams"]}</FieldError>
      {rows.length === 0 ? <p className="muted">{m.empty}</p> : null}
      <ol className="plain-list funding-list">
        {rows.map((row, index) => (
          <li key={row.key}>
            <fieldset className="funding-row">
              <legend>{m.stream(index + 1)}</legend>
              <div className="form-row">
                <TextField
                  id={`${row.key}-bron`}
                  label={m.source}
                  value={row.source}
                  onValueChange={(source) => change(row.key, { source })}
                  error={errors[`fundingStreams.${index}.source`]}
                  autoComplete="off"
                />
                <TextField
                  id={`${row.key}-bedrag`}
                  label={m.amount}
                  hint={m.amountHint}
                  inputMode="decimal"
                  value={row.amount}
                  onValueChange={(amount) => change(row.key, { amount })}
                  error={errors[`fundingStreams.${index}.amount`]}
                  autoComplete="off"
                />
              </div>
              <div className="form-row">
                <label className="checkbox">
                  <input type="checkbox" checked={row.inKind} onChange={(event) => change(row.key, { inKind: event.currentTarget.checked })} />
                  <span>{m.inKind}</span>
                </label>
                <button type="button" className="button--secondary" onClick={() => remove(index)}>
                  {m.remove}
                  <span className="visually-hidden">{m.removeOf(index + 1)}</span>
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button id="financiering-toevoegen" type="button" className="button--secondary" onClick={add}>
        {m.add}
      </button>
    </fieldset>
  );
}
