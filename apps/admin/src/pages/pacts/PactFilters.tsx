import "../pact-edit/pact-edit.css";
import type { ChangeEvent, FormEvent } from "react";
import { pactKinds, pactSortFields, publicationStatuses } from "@zorgpact/domain/pact";
import { pactKindLabels, publicationStatusLabels } from "@zorgpact/ui/labels.ts";
import { pactListParams } from "@zorgpact/ui/pact-list-filters.ts";
import { pactsMessages } from "../../messages/pacts.ts";
import { adminPactFilters, adminPactParams, hasActiveAdminFilters, type AdminPactFilters } from "./admin-filters.ts";

/** A filter form read like the URL it becomes; a new filter starts at page 1. */
function filtersFromForm(form: HTMLFormElement): AdminPactFilters {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string") params.append(name, value);
  }
  params.delete(pactListParams.page);
  return adminPactFilters(params);
}

/**
 * Selects and the checkbox apply on change; the search text on Enter or with the button. Field
 * names are the URL's. The archived filter is for the national team, who can restore a pact.
 */
export function PactFilters({
  filters,
  onChange,
  showArchived,
}: {
  filters: AdminPactFilters;
  onChange: (filters: AdminPactFilters) => void;
  showArchived: boolean;
}) {
  const l = pactsMessages;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(filtersFromForm(event.currentTarget));
  };
  const onInstant = (event: ChangeEvent<HTMLSelectElement | HTMLInputElement>) => {
    if (event.currentTarget.form) onChange(filtersFromForm(event.currentTarget.form));
  };
  return (
    <form role="search" aria-label={l.filtersLabel} className="filters card" onSubmit={onSubmit}>
      <div className="form-row">
        <div className="field">
          <label htmlFor="filter-soort">{l.kind}</label>
          <select id="filter-soort" name={pactListParams.kind} value={filters.kind ?? ""} onChange={onInstant}>
            <option value="">{l.allKinds}</option>
            {pactKinds.map((kind) => (
              <option key={kind} value={kind}>
                {pactKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-publicatie">{l.publication}</label>
          <select id="filter-publicatie" name={adminPactParams.publicationStatus} value={filters.publicationStatus ?? ""} onChange={onInstant}>
            <option value="">{l.allPublication}</option>
            {publicationStatuses.map((status) => (
              <option key={status} value={status}>
                {publicationStatusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-zoek">{l.search}</label>
          <input key={filters.search ?? ""} id="filter-zoek" type="search" name={pactListParams.search} defaultValue={filters.search ?? ""} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="filter-sorteer">{l.sort}</label>
          <select id="filter-sorteer" name={adminPactParams.sort} value={filters.sort ?? "name"} onChange={onInstant}>
            {pactSortFields.map((field) => (
              <option key={field} value={field}>
                {l.sortFields[field]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-richting">{l.direction}</label>
          <select id="filter-richting" name={adminPactParams.direction} value={filters.direction ?? "asc"} onChange={onInstant}>
            <option value="asc">{l.directions.asc}</option>
            <option value="desc">{l.directions.desc}</option>
          </select>
        </div>
        <button type="submit">{l.submit}</button>
        {hasActiveAdminFilters(filters) ? (
          <button type="button" className="button--secondary" onClick={() => onChange({ page: 1, sort: filters.sort, direction: filters.direction })}>
            {l.clear}
          </button>
        ) : null}
      </div>
      {showArchived ? (
        <label className="checkbox filters__archived">
          <input type="checkbox" name={adminPactParams.archived} value="ja" checked={filters.archived === true} onChange={onInstant} />
          <span>{l.archived}</span>
        </label>
      ) : null}
    </form>
  );
}
