import "../pact-edit/pact-edit.css";
import "./support.css";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, type ChangeEvent, type FormEvent } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { pageCount } from "@zorgpact/domain/common";
import { supportQuestionTypes, supportStatuses } from "@zorgpact/domain/support";
import { formatDate } from "@zorgpact/ui/format.ts";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { isNationalAdmin, useSignedInUser } from "../../auth/signed-in-user.ts";
import { FormStatus } from "../../forms/FormAlert.tsx";
import { messages } from "../../messages.ts";
import { supportMessages, supportQuestionTypeLabels, supportStatusLabels } from "../../messages/support.ts";
import { useAllManagedPacts } from "../../pacts/useAllManagedPacts.ts";
import { trpc } from "../../trpc.ts";
import { parseSupportFilters, supportFiltersToParams, supportListInput, type SupportFilters } from "./support-filters.ts";

const m = supportMessages.list;

/** `/ondersteuning`: the national team sees every trajectory, an editor those of their own pacts. */
export function SupportListPage() {
  useDocumentTitle(m.title, messages.siteName);
  const admin = isNationalAdmin(useSignedInUser());
  const location = useLocation();
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  const [params, setParams] = useSearchParams();
  const filters = parseSupportFilters(params);
  const tableRef = useRef<HTMLTableElement>(null);
  const list = useQuery(trpc.support.list.queryOptions(supportListInput(filters), { placeholderData: keepPreviousData }));
  const apply = (next: SupportFilters) => setParams(supportFiltersToParams(next));
  const data = list.data;
  const requestHref = filters.pactId ? `/ondersteuning/nieuw?zorgpact=${filters.pactId}` : "/ondersteuning/nieuw";

  return (
    <>
      <h1>{m.heading}</h1>
      <p>{admin ? m.introTeam : m.introEditor}</p>
      <ul className="pact-links">
        <li>
          <Link to={requestHref} className="button">
            {m.request}
          </Link>
        </li>
        {admin ? (
          <li>
            <Link to="/ondersteuning/overzicht">{m.overview}</Link>
          </li>
        ) : null}
      </ul>
      <SupportFilterForm filters={filters} onChange={apply} />
      <FormStatus>{typeof notice === "string" ? notice : null}</FormStatus>
      <p aria-live="polite" aria-atomic="true" className="result-count">
        {data ? m.count(data.total) : ""}
      </p>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError && !data ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : data ? (
        <>
          <TableWrap label={m.caption}>
            <table ref={tableRef} tabIndex={-1} className="data-table" aria-busy={list.isPlaceholderData}>
              <caption>{m.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.columns.pact}</th>
                  <th scope="col">{m.columns.questionType}</th>
                  <th scope="col">{m.columns.question}</th>
                  <th scope="col">{m.columns.status}</th>
                  <th scope="col">{m.columns.requestedOn}</th>
                  <th scope="col">{m.columns.advisor}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((t) => (
                  <tr key={t.id}>
                    <th scope="row">
                      <Link to={`/ondersteuning/${t.id}`}>{t.pactName}</Link>
                    </th>
                    <td>{supportQuestionTypeLabels[t.questionType]}</td>
                    <td className="support-question">{t.question}</td>
                    <td>{supportStatusLabels[t.status]}</td>
                    <td className="nowrap">{formatDate(t.requestedOn)}</td>
                    <td>{t.advisorName ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination
            page={data.page}
            pageCount={pageCount(data)}
            onPageChange={(page) => {
              apply({ ...filters, page });
              tableRef.current?.focus();
            }}
          />
        </>
      ) : null}
    </>
  );
}

function SupportFilterForm({ filters, onChange }: { filters: SupportFilters; onChange: (filters: SupportFilters) => void }) {
  const { pacts } = useAllManagedPacts();
  const read = (form: HTMLFormElement): SupportFilters => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim()) params.set(name, value);
    return { ...parseSupportFilters(params), page: 1 };
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(read(event.currentTarget));
  };
  const onSelect = (event: ChangeEvent<HTMLSelectElement>) => {
    if (event.currentTarget.form) onChange(read(event.currentTarget.form));
  };
  const active = Boolean(filters.pactId || filters.questionType || filters.status || filters.search);
  return (
    <form role="search" aria-label={m.filtersLabel} className="filters card support-filters" onSubmit={onSubmit}>
      <div className="form-row">
        <div className="field">
          <label htmlFor="ondersteuning-zorgpact">{m.pact}</label>
          <select id="ondersteuning-zorgpact" name="zorgpact" value={filters.pactId ?? ""} onChange={onSelect}>
            <option value="">{m.allPacts}</option>
            {pacts
              .filter((p) => p.kind !== "national")
              .map((pact) => (
                <option key={pact.id} value={pact.id}>
                  {pact.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ondersteuning-soort">{m.questionType}</label>
          <select id="ondersteuning-soort" name="soort" value={filters.questionType ?? ""} onChange={onSelect}>
            <option value="">{m.allQuestionTypes}</option>
            {supportQuestionTypes.map((type) => (
              <option key={type} value={type}>
                {supportQuestionTypeLabels[type]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ondersteuning-status">{m.status}</label>
          <select id="ondersteuning-status" name="status" value={filters.status ?? ""} onChange={onSelect}>
            <option value="">{m.allStatuses}</option>
            {supportStatuses.map((status) => (
              <option key={status} value={status}>
                {supportStatusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ondersteuning-zoek">{m.search}</label>
          <input
            key={filters.search ?? ""}
            id="ondersteuning-zoek"
            type="search"
            name="zoek"
            defaultValue={filters.search ?? ""}
            maxLength={100}
            aria-describedby="ondersteuning-zoek-hint"
          />
          <p id="ondersteuning-zoek-hint" className="field-hint">
            {m.searchHint}
          </p>
        </div>
      </div>
      <div className="form-row">
        <button type="submit">{m.submit}</button>
        {active ? (
          <button type="button" className="button--secondary" onClick={() => onChange({ page: 1 })}>
            {m.clear}
          </button>
        ) : null}
      </div>
    </form>
  );
}
