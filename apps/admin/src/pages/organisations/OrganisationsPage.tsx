import "../pact-edit/pact-edit.css";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { pageCount } from "@zorgpact/domain/common";
import { sectors, type OrganisationRecord, type Sector } from "@zorgpact/domain/organisation";
import { levelLabels, sectorLabels } from "@zorgpact/ui/labels.ts";
import { Pagination } from "@zorgpact/ui/Pagination.tsx";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { isNationalAdmin, useSignedInUser } from "../../auth/signed-in-user.ts";
import { FormStatus } from "../../forms/FormAlert.tsx";
import { adminMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { EditOrganisationPanel } from "./EditOrganisationPanel.tsx";
import { organisationFiltersToParams, organisationListInput, parseOrganisationFilters, type OrganisationFilters } from "./organisation-filters.ts";

const m = adminMessages.organisations;

/** `/organisaties`: the registry, searchable and filtered by sector; everyone signed in adds, the national team edits. */
export function OrganisationsPage() {
  useDocumentTitle(m.title, messages.siteName);
  const user = useSignedInUser();
  const admin = isNationalAdmin(user);
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const filters = parseOrganisationFilters(params);
  const tableRef = useRef<HTMLTableElement>(null);
  const [editing, setEditing] = useState<OrganisationRecord | null>(null);
  const [status, setStatus] = useState<string | null>(() => {
    const notice = (location.state as { notice?: unknown } | null)?.notice;
    return typeof notice === "string" ? notice : null;
  });
  const input = organisationListInput(filters);
  const list = useQuery(trpc.organisation.list.queryOptions(input, { placeholderData: keepPreviousData }));
  const apply = (next: OrganisationFilters) => setParams(organisationFiltersToParams(next));
  const data = list.data;

  const closeEditor = (message: string | null, id: string) => {
    setEditing(null);
    setStatus(message);
    requestAnimationFrame(() => document.getElementById(`bewerk-${id}`)?.focus());
  };

  return (
    <>
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
      <p>
        <Link to="/organisaties/nieuw" className="button">
          {m.newOrganisation}
        </Link>
      </p>
      <OrganisationFilterForm filters={filters} onChange={apply} />
      <FormStatus>{status}</FormStatus>
      {editing ? (
        <EditOrganisationPanel
          key={editing.id}
          organisation={editing}
          listInput={input}
          onSaved={(saved) => closeEditor(m.saved(saved.name), saved.id)}
          onCancel={() => closeEditor(null, editing.id)}
        />
      ) : null}
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
                  <th scope="col">{m.columns.name}</th>
                  <th scope="col">{m.columns.sector}</th>
                  <th scope="col">{m.columns.level}</th>
                  <th scope="col">{m.columns.place}</th>
                  <th scope="col" className="num">
                    {m.columns.pacts}
                  </th>
                  {admin ? <th scope="col">{adminMessages.common.actions}</th> : null}
                </tr>
              </thead>
              <tbody>
                {data.items.map((org) => (
                  <tr key={org.id}>
                    <th scope="row">{org.name}</th>
                    <td>{sectorLabels[org.sector]}</td>
                    <td>{org.level ? levelLabels[org.level] : ""}</td>
                    <td>{org.place ?? ""}</td>
                    <td className="num">{org.pactCount}</td>
                    {admin ? (
                      <td>
                        <button
                          id={`bewerk-${org.id}`}
                          type="button"
                          className="button--secondary"
                          onClick={() => {
                            setStatus(null);
                            setEditing(org);
                          }}
                        >
                          {adminMessages.common.edit}
                          <span className="visually-hidden">{m.editOf(org.name)}</span>
                        </button>
                      </td>
                    ) : null}
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

function OrganisationFilterForm({ filters, onChange }: { filters: OrganisationFilters; onChange: (filters: OrganisationFilters) => void }) {
  const read = (form: HTMLFormElement): OrganisationFilters => {
    const data = new FormData(form);
    const search = String(data.get("zoek") ?? "").trim();
    const sector = String(data.get("sector") ?? "") as Sector | "";
    return { page: 1, ...(search ? { search } : {}), ...(sector ? { sector } : {}) };
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(read(event.currentTarget));
  };
  return (
    <form role="search" aria-label={m.filtersLabel} className="filters card" onSubmit={onSubmit}>
      <div className="form-row">
        <div className="field">
          <label htmlFor="organisatie-zoek">{m.search}</label>
          <input key={filters.search ?? ""} id="organisatie-zoek" type="search" name="zoek" defaultValue={filters.search ?? ""} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="organisatie-sector">{m.sector}</label>
          <select
            id="organisatie-sector"
            name="sector"
            value={filters.sector ?? ""}
            onChange={(event) => event.currentTarget.form && onChange(read(event.currentTarget.form))}
          >
            <option value="">{m.allSectors}</option>
            {sectors.map((sector) => (
              <option key={sector} value={sector}>
                {sectorLabels[sector]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{m.submit}</button>
        {filters.search || filters.sector ? (
          <button type="button" className="button--secondary" onClick={() => onChange({ page: 1 })}>
            {adminMessages.common.clear}
          </button>
        ) : null}
      </div>
    </form>
  );
}
