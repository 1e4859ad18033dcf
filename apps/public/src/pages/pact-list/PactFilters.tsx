import type { ChangeEvent, FormEvent } from "react";
import { Link } from "react-router";
import { pactKinds } from "@zorgpact/domain/pact";
import { phases } from "@zorgpact/domain/phase";
import { provinces } from "@zorgpact/domain/region";
import type { TaxonomyTerm } from "@zorgpact/domain/taxonomy";
import { pactKindLabels, phaseNumberLabel } from "@zorgpact/ui/labels.ts";
import { hasActivePactListFilters, pactListFiltersFromForm, pactListParams, type PactListFilters } from "@zorgpact/ui/pact-list-filters.ts";
import { listMessages } from "../../messages/pact-list.ts";

export interface PactFiltersProps {
  filters: PactListFilters;
  themes: readonly TaxonomyTerm[];
  themesFailed: boolean;
  regions: readonly { id: string; name: string }[];
  regionsFailed: boolean;
  onChange: (filters: PactListFilters) => void;
}

/**
 * The selects apply as soon as they change (the results below update in place and their count is
 * announced); the search text applies on Enter or with the button. Field names are the URL's.
 */
export function PactFilters({ filters, themes, themesFailed, regions, regionsFailed, onChange }: PactFiltersProps) {
  const apply = (form: HTMLFormElement | null) => {
    if (form) onChange(pactListFiltersFromForm(form));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  const onSelect = (event: ChangeEvent<HTMLSelectElement>) => apply(event.currentTarget.form);

  return (
    // A GET form on the list's own URL: without JavaScript the browser submits the same parameters.
    <form role="search" aria-label={listMessages.list.filtersLabel} className="filters card" method="get" action="/zorgpacten" onSubmit={onSubmit}>
      <h2 className="visually-hidden">{listMessages.list.filtersHeading}</h2>
      <div className="form-row">
        <div className="field">
          <label htmlFor="filter-soort">{listMessages.list.kind}</label>
          <select id="filter-soort" name={pactListParams.kind} value={filters.kind ?? ""} onChange={onSelect}>
            <option value="">{listMessages.list.allKinds}</option>
            {pactKinds.map((kind) => (
              <option key={kind} value={kind}>
                {pactKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-thema">{listMessages.list.theme}</label>
          <select
            id="filter-thema"
            name={pactListParams.themeId}
            value={filters.themeId ?? ""}
            onChange={onSelect}
            aria-describedby={themesFailed ? "filter-thema-fout" : undefined}
          >
            <option value="">{listMessages.list.allThemes}</option>
            {themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.label}
              </option>
            ))}
          </select>
          {themesFailed ? (
            <p id="filter-thema-fout" className="field-error">
              {listMessages.list.themesUnavailable}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="filter-fase">{listMessages.list.phase}</label>
          <select id="filter-fase" name={pactListParams.phase} value={filters.phase ?? ""} onChange={onSelect}>
            <option value="">{listMessages.list.allPhases}</option>
            {phases.map((phase) => (
              <option key={phase.number} value={phase.number}>
                {phaseNumberLabel(phase.number)}: {phase.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-regio">{listMessages.list.regionFilter}</label>
          <select
            id="filter-regio"
            name={pactListParams.regionId}
            value={filters.regionId ?? ""}
            onChange={onSelect}
            aria-describedby={regionsFailed ? "filter-regio-fout" : undefined}
          >
            <option value="">{listMessages.list.allRegions}</option>
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
          {regionsFailed ? (
            <p id="filter-regio-fout" className="field-error">
              {listMessages.list.regionsUnavailable}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="filter-provincie">{listMessages.list.province}</label>
          <select id="filter-provincie" name={pactListParams.province} value={filters.province ?? ""} onChange={onSelect}>
            <option value="">{listMessages.list.allProvinces}</option>
            {provinces.map((province) => (
              <option key={province} value={province}>
                {province}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--grow">
          <label htmlFor="filter-zoek">{listMessages.list.search}</label>
          <input
            // Remount when the URL's search text changes (back button, "Filters wissen").
            key={filters.search ?? ""}
            id="filter-zoek"
            type="search"
            name={pactListParams.search}
            defaultValue={filters.search ?? ""}
            maxLength={100}
            aria-describedby="filter-zoek-hint"
          />
          <p id="filter-zoek-hint" className="hint muted">
            {listMessages.list.searchHint}
          </p>
        </div>
      </div>
      <div className="form-row form-actions">
        <button type="submit">{listMessages.list.submit}</button>
        {hasActivePactListFilters(filters) ? (
          // A link, so clearing works without JavaScript too; with it, the router navigates in place.
          <Link to="/zorgpacten" className="button button--secondary">
            {listMessages.list.clear}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
