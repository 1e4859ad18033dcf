import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { pageCount } from "@zorgpact/domain/common";
import { SEARCH_MIN_LENGTH } from "@zorgpact/domain/search";
import { pactKindLabels } from "@zorgpact/ui/labels.ts";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { searchMessages as m } from "../../messages/search.ts";
import { trpc } from "../../trpc.ts";

const QUERY_PARAM = "q";
const PAGE_PARAM = "pagina";

function readPage(value: string | null): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = (params.get(QUERY_PARAM) ?? "").trim().slice(0, 100);
  const page = readPage(params.get(PAGE_PARAM));
  const valid = q.length >= SEARCH_MIN_LENGTH;
  useDocumentTitle(valid ? m.titleFor(q) : m.title, messages.siteName);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const search = useQuery({ ...trpc.search.query.queryOptions({ q, page }, { placeholderData: keepPreviousData }), enabled: valid });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = String(new FormData(event.currentTarget).get(QUERY_PARAM) ?? "").trim();
    setParams(next ? { [QUERY_PARAM]: next } : {});
  };
  const goToPage = (next: number) => {
    setParams({ [QUERY_PARAM]: q, ...(next > 1 ? { [PAGE_PARAM]: String(next) } : {}) });
    resultsHeading.current?.focus();
  };
  const data = search.data;

  return (
    <>
      <h1>{m.heading}</h1>
      <p className="lead">{m.lead}</p>
      <form role="search" aria-label={m.heading} className="filters card" method="get" action="/zoeken" onSubmit={onSubmit}>
        <div className="form-row">
          <div className="field field--grow">
            <label htmlFor="zoekterm">{m.label}</label>
            <input
              key={q}
              id="zoekterm"
              type="search"
              name={QUERY_PARAM}
              defaultValue={q}
              minLength={SEARCH_MIN_LENGTH}
              maxLength={100}
              required
              aria-describedby="zoekterm-hint"
            />
            <p id="zoekterm-hint" className="hint muted">
              {m.hint}
            </p>
          </div>
          <div className="field">
            <button type="submit">{m.submit}</button>
          </div>
        </div>
        {q && !valid ? <p className="field-error">{m.tooShort}</p> : null}
      </form>
      <p aria-live="polite" aria-atomic="true" className="result-count">
        {valid && data ? m.resultCount(data.pacts.total, data.q) : ""}
      </p>
      {!valid ? null : search.isPending ? (
        <LoadingState />
      ) : search.isError && !data ? (
        <ErrorState onRetry={() => void search.refetch()} />
      ) : data ? (
        <>
          <section aria-labelledby="zoek-themas-kop">
            <h2 id="zoek-themas-kop">{m.themesHeading}</h2>
            {data.themes.length === 0 ? (
              <p className="muted">{m.noThemes}</p>
            ) : (
              <ul>
                {data.themes.map((theme) => (
                  <li key={theme.id}>
                    {/* A theme no published pact has would link to an empty list: its name only. */}
                    {theme.pactCount > 0 ? <Link to={`/zorgpacten?thema=${theme.id}`}>{theme.label}</Link> : theme.label}{" "}
                    <span className="muted">({m.themeCount(theme.pactCount)})</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="zoek-organisaties-kop">
            <h2 id="zoek-organisaties-kop">{m.organisationsHeading}</h2>
            {data.organisations.length === 0 ? (
              <p className="muted">{m.noOrganisations}</p>
            ) : (
              <ul className="plain-list search-organisations">
                {data.organisations.map((organisation) => (
                  <li key={organisation.id}>
                    <h3>{organisation.name}</h3>
                    {organisation.place ? <p className="muted">{organisation.place}</p> : null}
                    <p>
                      {m.takesPartIn}{" "}
                      {organisation.pacts.map((pact, index) => (
                        <span key={pact.slug}>
                          {index > 0 ? ", " : null}
                          <Link to={`/zorgpacten/${encodeURIComponent(pact.slug)}`}>{pact.name}</Link>
                        </span>
                      ))}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="zoek-pacten-kop">
            <h2 id="zoek-pacten-kop" ref={resultsHeading} tabIndex={-1}>
              {m.pactsHeading}
            </h2>
            {data.pacts.items.length === 0 ? (
              <p>{m.noPacts}</p>
            ) : (
              <>
                <ul className="pact-list plain-list" aria-busy={search.isPlaceholderData}>
                  {data.pacts.items.map((hit) => (
                    <li key={hit.id}>
                      <h3>
                        <Link to={`/zorgpacten/${encodeURIComponent(hit.slug)}`}>{hit.name}</Link>
                      </h3>
                      <p className="muted">{[pactKindLabels[hit.kind], hit.regionName].filter(Boolean).join(" · ")}</p>
                      {hit.partnerName ? <p>{m.partnerMatch(hit.partnerName)}</p> : null}
                      {hit.excerpt ? <p>{hit.excerpt}</p> : null}
                    </li>
                  ))}
                </ul>
                <Pagination
                  page={data.pacts.page}
                  pageCount={pageCount(data.pacts)}
                  onPageChange={goToPage}
                  hrefFor={(next) => `/zoeken?${new URLSearchParams({ [QUERY_PARAM]: q, ...(next > 1 ? { [PAGE_PARAM]: String(next) } : {}) }).toString()}`}
                />
              </>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
