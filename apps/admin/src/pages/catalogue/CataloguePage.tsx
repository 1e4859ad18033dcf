import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { catalogueStatusLabels, catalogueStatuses, catalogueUnitLabels, type CatalogueStatus } from "@zorgpact/domain/indicator-catalogue";
import { DataList, type DataListColumn } from "@zorgpact/ui/list/DataList.tsx";
import { labelledOptions, ListFilterForm, SearchFilter, SelectFilter } from "@zorgpact/ui/list/ListFilterForm.tsx";
import { listFilterCodec, searchParam, wordParam, urlListFilters } from "@zorgpact/ui/list/list-filters.ts";
import type { ApiOutputs, RowOf } from "@zorgpact/ui/list/row-types.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { ListPageIntro } from "../../lists/ListPageIntro.tsx";
import { messages } from "../../messages.ts";
import { catalogueMessages as m } from "../../messages/catalogue.ts";
import { trpc } from "../../trpc.ts";

type Entry = RowOf<ApiOutputs["indicatorCatalogue"]["list"]>;

const statusWords: Record<CatalogueStatus, string> = { active: "actief", archived: "gearchiveerd" };
const codec = listFilterCodec({ search: searchParam(), status: wordParam("status", statusWords) });
const PAGE_SIZE = 25;

const columns: DataListColumn<Entry>[] = [
  { header: m.columns.name, primary: true, cell: (entry) => entry.name },
  { header: m.columns.unit, cell: (entry) => `${catalogueUnitLabels[entry.unit]} · ${entry.unitLabel}` },
  { header: m.columns.direction, nowrap: true, cell: (entry) => m.directionShort[entry.direction] },
  { header: m.columns.themes, cell: (entry) => entry.themes.map((t) => t.label).join(", ") || "—" },
  { header: m.columns.adoptions, numeric: true, cell: (entry) => m.adoptions(entry.adoptionCount) },
  { header: m.columns.status, nowrap: true, cell: (entry) => catalogueStatusLabels[entry.status] },
];

/** `/indicatorcatalogus` (national team): the common indicators pacts can adopt. */
export function CataloguePage() {
  useDocumentTitle(m.title, messages.siteName);
  const { filters, apply, setPage } = urlListFilters(codec, useSearchParams());
  const list = useQuery({
    ...trpc.indicatorCatalogue.list.queryOptions({ page: filters.page, pageSize: PAGE_SIZE, search: filters.search, status: filters.status }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <ListPageIntro heading={m.heading} intro={m.intro} add={{ to: "/indicatorcatalogus/nieuw", label: m.newEntry }} showNotice />
      <DataList
        query={list}
        label={m.caption}
        columns={columns}
        rowKey={(entry) => entry.id}
        filters={
          <ListFilterForm label={m.filterLabel} codec={codec} filters={filters} onChange={apply} submitLabel={m.apply}>
            <SearchFilter id="catalogus-zoek" name="zoek" label={m.search} value={filters.search} />
            <SelectFilter
              id="catalogus-status"
              name="status"
              label={m.statusFilter}
              value={filters.status ? statusWords[filters.status] : ""}
              allLabel={m.allStatuses}
              options={labelledOptions(catalogueStatuses, catalogueStatusLabels).map((o) => ({ value: statusWords[o.value], label: o.label }))}
            />
          </ListFilterForm>
        }
        actions={(entry) => (
          <Link to={`/indicatorcatalogus/${entry.id}`}>
            {m.edit}
            <span className="visually-hidden">{m.editOf(entry.name)}</span>
          </Link>
        )}
        empty={codec.isActive(filters) ? m.emptyFiltered : m.empty}
        count={m.count}
        onPageChange={setPage}
      />
    </>
  );
}
