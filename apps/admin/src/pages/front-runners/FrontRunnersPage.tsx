import "../pact-edit/pact-edit.css";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { admissionStatuses, admissionStatusSchema } from "@zorgpact/domain/pact";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { admissionStatusLabels, publicationStatusLabels } from "@zorgpact/ui/labels.ts";
import { DataList, type DataListColumn } from "@zorgpact/ui/list/DataList.tsx";
import { labelledOptions, ListFilterForm, SearchFilter, SelectFilter } from "@zorgpact/ui/list/ListFilterForm.tsx";
import { listFilterCodec, schemaParam, searchParam, urlListFilters } from "@zorgpact/ui/list/list-filters.ts";
import type { ApiOutputs, RowOf } from "@zorgpact/ui/list/row-types.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { ListPageIntro } from "../../lists/ListPageIntro.tsx";
import { messages } from "../../messages.ts";
import { frontRunnersListMessages as m } from "../../messages/front-runners-list.ts";
import { trpc } from "../../trpc.ts";

const PAGE_SIZE = 25;
type FrontRunner = RowOf<ApiOutputs["pact"]["listManaged"]>;

/** `?status=applied&zoek=…&pagina=2`: unknown values are dropped. */
const filterCodec = listFilterCodec({
  status: schemaParam("status", admissionStatusSchema),
  search: searchParam("zoek"),
});

const columns: DataListColumn<FrontRunner>[] = [
  { header: m.columns.name, primary: true, cell: (pact) => pact.name },
  { header: m.columns.status, cell: (pact) => (pact.admissionStatus ? admissionStatusLabels[pact.admissionStatus] : "") },
  { header: m.columns.publication, cell: (pact) => publicationStatusLabels[pact.publicationStatus] },
  { header: m.columns.region, cell: (pact) => pact.regionName ?? <span className="muted">{m.noRegion}</span> },
  { header: m.columns.updated, nowrap: true, sorted: "descending", cell: (pact) => formatTimestamp(pact.updatedAt) },
];

/** `/koplopers` (national team): applications, reviews and admitted front-runners, newest change first. */
export function FrontRunnersPage() {
  useDocumentTitle(m.title, messages.siteName);
  const { filters, apply, setPage } = urlListFilters(filterCodec, useSearchParams());
  const list = useQuery(
    trpc.pact.listManaged.queryOptions(
      {
        kind: "front_runner",
        admissionStatus: filters.status,
        search: filters.search,
        page: filters.page,
        pageSize: PAGE_SIZE,
        sort: "updatedAt",
        direction: "desc",
      },
      { placeholderData: keepPreviousData },
    ),
  );

  return (
    <>
      <ListPageIntro heading={m.heading} intro={m.intro} />
      <DataList
        query={list}
        label={m.caption}
        columns={columns}
        rowKey={(pact) => pact.id}
        actions={(pact) => (
          <Link to={`/koplopers/${pact.id}`}>
            {m.open}
            <span className="visually-hidden">{m.openOf(pact.name)}</span>
          </Link>
        )}
        empty={m.empty}
        count={m.count}
        onPageChange={setPage}
        filters={
          <ListFilterForm label={m.filtersLabel} codec={filterCodec} filters={filters} onChange={apply} submitLabel={m.submit} clearLabel={m.clear}>
            <SelectFilter
              id="koploper-status"
              name="status"
              label={m.status}
              value={filters.status ?? ""}
              allLabel={m.allStatuses}
              options={labelledOptions(admissionStatuses, admissionStatusLabels)}
            />
            <SearchFilter id="koploper-zoek" name="zoek" label={m.search} value={filters.search} />
          </ListFilterForm>
        }
      />
    </>
  );
}
