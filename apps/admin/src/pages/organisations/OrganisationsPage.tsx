import "../pact-edit/pact-edit.css";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { sectors, type OrganisationRecord } from "@zorgpact/domain/organisation";
import { levelLabels, sectorLabels } from "@zorgpact/ui/labels.ts";
import { DataList, type DataListColumn } from "@zorgpact/ui/list/DataList.tsx";
import { labelledOptions, ListFilterForm, SearchFilter, SelectFilter } from "@zorgpact/ui/list/ListFilterForm.tsx";
import { urlListFilters } from "@zorgpact/ui/list/list-filters.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { isNationalAdmin, useSignedInUser } from "../../auth/signed-in-user.ts";
import { FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { messages } from "../../messages.ts";
import { organisationsListMessages as m } from "../../messages/organisations-list.ts";
import { trpc } from "../../trpc.ts";
import { EditOrganisationPanel } from "./EditOrganisationPanel.tsx";
import { organisationFilterCodec, organisationListInput } from "./organisation-filters.ts";

const columns: DataListColumn<OrganisationRecord>[] = [
  { header: m.columns.name, primary: true, cell: (org) => org.name },
  { header: m.columns.sector, cell: (org) => sectorLabels[org.sector] },
  { header: m.columns.level, cell: (org) => (org.level ? levelLabels[org.level] : "") },
  { header: m.columns.place, cell: (org) => org.place ?? "" },
  { header: m.columns.pacts, numeric: true, cell: (org) => org.pactCount },
];

/** `/organisaties`: the registry, searchable and filtered by sector; everyone signed in adds, the national team edits. */
export function OrganisationsPage() {
  useDocumentTitle(m.title, messages.siteName);
  const admin = isNationalAdmin(useSignedInUser());
  const location = useLocation();
  const { filters, apply, setPage } = urlListFilters(organisationFilterCodec, useSearchParams());
  const [editing, setEditing] = useState<OrganisationRecord | null>(null);
  const [status, setStatus] = useState<string | null>(() => {
    const notice = (location.state as { notice?: unknown } | null)?.notice;
    return typeof notice === "string" ? notice : null;
  });
  const input = organisationListInput(filters);
  const list = useQuery(trpc.organisation.list.queryOptions(input, { placeholderData: keepPreviousData }));

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
      <ListFilterForm label={m.filtersLabel} codec={organisationFilterCodec} filters={filters} onChange={apply} submitLabel={m.submit} clearLabel={m.clear}>
        <SearchFilter id="organisatie-zoek" name="zoek" label={m.search} value={filters.search} />
        <SelectFilter
          id="organisatie-sector"
          name="sector"
          label={m.sector}
          value={filters.sector ?? ""}
          allLabel={m.allSectors}
          options={labelledOptions(sectors, sectorLabels)}
        />
      </ListFilterForm>
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
      <DataList
        query={list}
        label={m.caption}
        columns={columns}
        rowKey={(org) => org.id}
        actions={
          admin
            ? (org) => (
                <button
                  id={`bewerk-${org.id}`}
                  type="button"
                  className="button--secondary"
                  onClick={() => {
                    setStatus(null);
                    setEditing(org);
                  }}
                >
                  {m.edit}
                  <span className="visually-hidden">{m.editOf(org.name)}</span>
                </button>
              )
            : undefined
        }
        empty={m.empty}
        count={m.count}
        onPageChange={setPage}
      />
    </>
  );
}
