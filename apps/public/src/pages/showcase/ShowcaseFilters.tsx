import type { ChangeEvent } from "react";
import { Link } from "react-router";
import { showcaseMessages as m } from "../../messages/showcase.ts";
import { hasActiveShowcaseFilters, showcaseParams, type ShowcaseFilters as Filters } from "./showcase-filters.ts";

export interface FilterOption {
  id: string;
  label: string;
}

export interface ShowcaseFiltersProps {
  filters: Filters;
  options: { themes: readonly FilterOption[]; regions: readonly FilterOption[]; targetGroups: readonly FilterOption[]; resultAreas: readonly FilterOption[] };
  optionsFailed: boolean;
  onChange: (filters: Filters) => void;
}

/** Each select applies as soon as it changes; the results below update in place and their count is announced. */
export function ShowcaseFilters({ filters, options, optionsFailed, onChange }: ShowcaseFiltersProps) {
  const fields = [
    { key: "themeId", id: "filter-thema", label: m.theme, all: m.allThemes, options: options.themes },
    { key: "regionId", id: "filter-regio", label: m.region, all: m.allRegions, options: options.regions },
    { key: "targetGroupId", id: "filter-doelgroep", label: m.targetGroup, all: m.allTargetGroups, options: options.targetGroups },
    { key: "resultAreaId", id: "filter-resultaatgebied", label: m.resultArea, all: m.allResultAreas, options: options.resultAreas },
  ] as const;
  const onSelect = (key: (typeof fields)[number]["key"]) => (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.currentTarget.value;
    const next: Filters = { ...filters, page: 1 };
    if (value) next[key] = value;
    else delete next[key];
    onChange(next);
  };

  return (
    // A GET form on the page's own URL: the selects apply at once with JavaScript, with the button without it.
    <form role="search" aria-label={m.filtersLabel} className="filters card" method="get" action="/koplopers" onSubmit={(event) => event.preventDefault()}>
      <h2 className="visually-hidden">{m.filtersHeading}</h2>
      <div className="form-row">
        {fields.map((field) => (
          <div className="field" key={field.key}>
            <label htmlFor={field.id}>{field.label}</label>
            <select
              id={field.id}
              name={showcaseParams[field.key]}
              value={filters[field.key] ?? ""}
              onChange={onSelect(field.key)}
              aria-describedby={optionsFailed ? "filters-fout" : undefined}
            >
              <option value="">{field.all}</option>
              {field.options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {optionsFailed ? (
        <p id="filters-fout" className="field-error">
          {m.optionsUnavailable}
        </p>
      ) : null}
      <div className="form-row form-actions">
        <noscript>
          <button type="submit">{m.submit}</button>
        </noscript>
        {hasActiveShowcaseFilters(filters) ? (
          <Link to="/koplopers" className="button button--secondary">
            {m.clear}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
