import type { ChangeEvent, FormEvent } from "react";
import { Link } from "react-router";
import type { ProgrammeOverview } from "@zorgpact/domain/indicator-catalogue";
import { programmeMessages as m } from "../../messages/programme.ts";
import { parseProgrammeParams, programmeParams, type ProgrammeParams } from "./programme-params.ts";

/**
 * A GET form on the page's own URL: without JavaScript the browser submits the same parameters
 * and the server renders the page for them; with it, the router navigates in place.
 */
export function ProgrammeFilters({
  overview,
  params,
  onChange,
}: {
  overview: Pick<ProgrammeOverview, "years" | "year" | "regions" | "themes">;
  params: ProgrammeParams;
  onChange: (next: ProgrammeParams) => void;
}) {
  const apply = (form: HTMLFormElement | null) => {
    if (!form) return;
    const search = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value) search.set(name, value);
    onChange(parseProgrammeParams(search));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  const onSelect = (event: ChangeEvent<HTMLSelectElement>) => apply(event.currentTarget.form);
  const active = params.regionId !== undefined || params.themeId !== undefined || params.year !== undefined;
  return (
    <form role="search" aria-label={m.filtersLabel} className="filters card" method="get" action="/programma" onSubmit={onSubmit}>
      <div className="form-row">
        <div className="field">
          <label htmlFor="programma-jaar">{m.year}</label>
          <select id="programma-jaar" name={programmeParams.year} value={String(overview.year ?? "")} onChange={onSelect}>
            {overview.years.length === 0 ? <option value="">{m.noYears}</option> : null}
            {overview.years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="programma-regio">{m.region}</label>
          <select id="programma-regio" name={programmeParams.regionId} value={params.regionId ?? ""} onChange={onSelect}>
            <option value="">{m.allRegions}</option>
            {overview.regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="programma-thema">{m.theme}</label>
          <select id="programma-thema" name={programmeParams.themeId} value={params.themeId ?? ""} onChange={onSelect}>
            <option value="">{m.allThemes}</option>
            {overview.themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.label}
              </option>
            ))}
          </select>
        </div>
        {params.mapEntryId ? <input type="hidden" name={programmeParams.mapEntryId} value={params.mapEntryId} /> : null}
      </div>
      <div className="form-row form-actions">
        <button type="submit">{m.submit}</button>
        {active ? (
          <Link to="/programma" className="button button--secondary">
            {m.clear}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
