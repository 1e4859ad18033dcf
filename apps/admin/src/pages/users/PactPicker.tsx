import { useId, useState, type KeyboardEvent } from "react";
import { fieldDescriptionIds, FieldError } from "@zorgpact/ui/FormField.tsx";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { userMessages } from "../../messages/users.ts";
import { useAllManagedPacts } from "../../pacts/useAllManagedPacts.ts";
import { filterPacts, togglePact } from "./user-form.ts";

/** The words of one use of the picker: the group's legend and hint, the filter box, the states. */
export interface PactPickerTexts {
  pacts: string;
  pactsHint: string;
  pactsFilter: string;
  pactsChosen: (count: number) => string;
  pactsNoMatch: string;
  pactsLoading: string;
  pactsFailed: string;
}

/**
 * A choice of pacts (a regional editor's, an event's): a labelled group of checkboxes with a
 * filter box. Filtering only hides; a chosen pact stays chosen when the filter hides it, and the
 * count says so.
 */
export function PactPicker({
  idPrefix,
  selected,
  onChange,
  error,
  texts = userMessages.userForm,
}: {
  idPrefix: string;
  selected: readonly string[];
  onChange: (pactIds: string[]) => void;
  error?: string | undefined;
  texts?: PactPickerTexts;
}) {
  const { pacts, isPending, isError, refetch } = useAllManagedPacts();
  const [filter, setFilter] = useState("");
  const groupId = `${idPrefix}-zorgpacten`;
  const listId = useId();
  const { hintId, errorId, describedBy } = fieldDescriptionIds(groupId, { hint: texts.pactsHint, error });
  const shown = filterPacts(pacts, filter);
  // Enter in the filter box filters; it must not submit the whole form.
  const onFilterKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") event.preventDefault();
  };

  return (
    <fieldset id={groupId} className={["pact-picker", error ? "form-field--error" : ""].join(" ")} aria-describedby={describedBy}>
      <legend>{texts.pacts}</legend>
      <p id={hintId} className="field-hint">
        {texts.pactsHint}
      </p>
      <FieldError id={errorId}>{error}</FieldError>
      {isPending ? (
        <LoadingState label={texts.pactsLoading} />
      ) : isError ? (
        <ErrorState message={texts.pactsFailed} onRetry={refetch} />
      ) : (
        <>
          <div className="field pact-picker__filter">
            <label htmlFor={`${groupId}-filter`}>{texts.pactsFilter}</label>
            <input
              id={`${groupId}-filter`}
              type="search"
              value={filter}
              onChange={(event) => setFilter(event.currentTarget.value)}
              onKeyDown={onFilterKey}
              aria-controls={listId}
              autoComplete="off"
            />
          </div>
          <p className="pact-picker__count" aria-live="polite">
            {texts.pactsChosen(selected.length)}
          </p>
          <ul id={listId} className="plain-list pact-picker__list">
            {shown.map((pact) => (
              <li key={pact.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    name="pactIds"
                    value={pact.id}
                    checked={selected.includes(pact.id)}
                    onChange={(event) => onChange(togglePact(selected, pact.id, event.currentTarget.checked))}
                    aria-invalid={error ? true : undefined}
                  />
                  <span>
                    {pact.name}
                    {pact.publicationStatus === "draft" ? <span className="muted"> ({userMessages.userForm.draft})</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {shown.length === 0 ? <p className="muted">{texts.pactsNoMatch}</p> : null}
        </>
      )}
    </fieldset>
  );
}
