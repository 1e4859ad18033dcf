import type { ChangeEvent, FormEvent } from "react";
import { pactKinds } from "@zorgpact/domain/pact";
import { pactKindLabels } from "@zorgpact/ui/labels.ts";
import {
  hasActivePactListFilters,
  pactListFiltersFromForm,
  pactListParams,
  type PactListFilters,
} from "@zorgpact/ui/pact-list-filters.ts";
import { messages } from "../../messages.ts";

/** Kind applies on change; the search text on Enter or with the button. Field names are the URL's. */
export function PactFilters({ filters, onChange }: { filters: PactListFilters; onChange: (filters: PactListFilters) => void }) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(pactListFiltersFromForm(event.currentTarget));
  };
  const onSelect = (event: ChangeEvent<HTMLSelectElement>) => {
    if (event.currentTarget.form) onChange(pactListFiltersFromForm(event.currentTarget.form));
  };
  return (
    <form role="search" aria-label={messages.pacts.filtersLabel} className="filters card" onSubmit={onSubmit}>
      <div className="form-row">
        <div className="field">
          <label htmlFor="filter-soort">{messages.pacts.kind}</label>
          <select id="filter-soort" name={pactListParams.kind} value={filters.kind ?? ""} onChange={onSelect}>
            <option value="">{messages.pacts.allKinds}</option>
            {pactKinds.map((kind) => (
              <option key={kind} value={kind}>
                {pactKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-zoek">{messages.pacts.search}</label>
          <input
            key={filters.search ?? ""}
            id="filter-zoek"
            type="search"
            name={pactListParams.search}
            defaultValue={filters.search ?? ""}
            maxLength={100}
          />
        </div>
        <button type="submit">{messages.pacts.submit}</button>
        {hasActivePactListFilters(filters) ? (
          <button type="button" className="button--secondary" onClick={() => onChange({ page: 1 })}>
            {messages.pacts.clear}
          </button>
        ) : null}
      </div>
    </form>
  );
}
