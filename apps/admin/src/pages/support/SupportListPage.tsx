import "../pact-edit/pact-edit.css";
import "./support.css";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useLocation, useSearchParams } from "react-router";
import { supportQuestionTypes, supportStatuses } from "@zorgpact/domain/support";
import { formatDate } from "@zorgpact/ui/format.ts";
import { DataList, type DataListColumn } from "@zorgpact/ui/list/DataList.tsx";
import { labelledOptions, ListFilterForm, SearchFilter, SelectFilter } from "@zorgpact/ui/list/ListFilterForm.tsx";
import { urlListFilters } from "@zorgpact/ui/list/list-filters.ts";
import type { ApiOutputs, RowOf } from "@zorgpact/ui/list/row-types.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { isNationalAdmin, useSignedInUser } from "../../auth/signed-in-user.ts";
import { FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { messages } from "../../messages.ts";
import { supportMessages, supportQuestionTypeLabels, supportStatusLabels } from "../../messages/support.ts";
import { useAllManagedPacts } from "../../pacts/useAllManagedPacts.ts";
import { trpc } from "../../trpc.ts";
import { supportFilterCodec, supportListInput, type SupportFilters } from "./support-filters.ts";

const m = supportMessages.list;
type Trajectory = RowOf<ApiOutputs["support"]["list"]>;

const columns: DataListColumn<Trajectory>[] = [
  { header: m.columns.pact, primary: true, cell: (t) => <Link to={`/ondersteuning/${t.id}`}>{t.pactName}</Link> },
  { header: m.columns.questionType, cell: (t) => supportQuestionTypeLabels[t.questionType] },
  { header: m.columns.question, className: "support-question", cell: (t) => t.question },
  { header: m.columns.status, cell: (t) => supportStatusLabels[t.status] },
  { header: m.columns.requestedOn, nowrap: true, cell: (t) => formatDate(t.requestedOn) },
  { header: m.columns.advisor, cell: (t) => t.advisorName ?? "" },
];

/** `/ondersteuning`: the national team sees every trajectory, an editor those of their own pacts. */
export function SupportListPage() {
  useDocumentTitle(m.title, messages.siteName);
  const admin = isNationalAdmin(useSignedInUser());
  const location = useLocation();
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  const { filters, apply, setPage } = urlListFilters(supportFilterCodec, useSearchParams());
  const list = useQuery(trpc.support.list.queryOptions(supportListInput(filters), { placeholderData: keepPreviousData }));
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
      <DataList query={list} label={m.caption} columns={columns} rowKey={(t) => t.id} empty={m.empty} count={m.count} onPageChange={setPage} />
    </>
  );
}

function SupportFilterForm({ filters, onChange }: { filters: SupportFilters; onChange: (filters: SupportFilters) => void }) {
  const { pacts } = useAllManagedPacts();
  const pactOptions = pacts.filter((p) => p.kind !== "national").map((pact) => ({ value: pact.id, label: pact.name }));
  return (
    <ListFilterForm
      label={m.filtersLabel}
      codec={supportFilterCodec}
      filters={filters}
      onChange={onChange}
      submitLabel={m.submit}
      clearLabel={m.clear}
      className="support-filters"
    >
      <SelectFilter id="ondersteuning-zorgpact" name="zorgpact" label={m.pact} value={filters.pactId ?? ""} allLabel={m.allPacts} options={pactOptions} />
      <SelectFilter
        id="ondersteuning-soort"
        name="soort"
        label={m.questionType}
        value={filters.questionType ?? ""}
        allLabel={m.allQuestionTypes}
        options={labelledOptions(supportQuestionTypes, supportQuestionTypeLabels)}
      />
      <SelectFilter
        id="ondersteuning-status"
        name="status"
        label={m.status}
        value={filters.status ?? ""}
        allLabel={m.allStatuses}
        options={labelledOptions(supportStatuses, supportStatusLabels)}
      />
      <SearchFilter id="ondersteuning-zoek" name="zoek" label={m.search} hint={m.searchHint} value={filters.search} />
    </ListFilterForm>
  );
}
