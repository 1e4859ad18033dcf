import "../pact-edit/pact-edit.css";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { barrierOutcomes, barrierStatuses, ministries } from "@zorgpact/domain/barrier";
import { formatDate } from "@zorgpact/ui/format.ts";
import { DataList, type DataListColumn } from "@zorgpact/ui/list/DataList.tsx";
import { labelledOptions, ListFilterForm, SearchFilter, SelectFilter } from "@zorgpact/ui/list/ListFilterForm.tsx";
import { urlListFilters } from "@zorgpact/ui/list/list-filters.ts";
import type { ApiOutputs, RowOf } from "@zorgpact/ui/list/row-types.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { ListPageIntro } from "../../lists/ListPageIntro.tsx";
import { messages } from "../../messages.ts";
import { commonMessages } from "../../messages/common.ts";
import { barrierMessages } from "../../messages/barrier.ts";
import { trpc } from "../../trpc.ts";
import { barrierFilterCodec, barrierListInput } from "./barrier-filters.ts";

const m = barrierMessages.list;
type Barrier = RowOf<ApiOutputs["barrier"]["list"]>;

const columns: DataListColumn<Barrier>[] = [
  { header: m.columns.reference, primary: true, nowrap: true, cell: (b) => b.reference },
  { header: m.columns.received, cell: (b) => formatDate(b.receivedOn) },
  { header: m.columns.question, cell: (b) => b.question },
  { header: m.columns.submitter, cell: (b) => b.organisation ?? b.submitterName ?? m.none },
  { header: m.columns.ministry, cell: (b) => (b.ministry ? barrierMessages.ministry[b.ministry] : m.none) },
  { header: m.columns.status, cell: (b) => barrierMessages.status[b.status] },
  { header: m.columns.outcome, cell: (b) => (b.outcome ? barrierMessages.outcome[b.outcome] : m.none) },
];

/** `/drempels` (national team): every reported barrier, filtered, newest first, to triage. */
export function BarriersPage() {
  useDocumentTitle(m.title, messages.siteName);
  const { filters, apply, setPage } = urlListFilters(barrierFilterCodec, useSearchParams());
  const list = useQuery(trpc.barrier.list.queryOptions(barrierListInput(filters), { placeholderData: keepPreviousData }));
  return (
    <>
      <ListPageIntro heading={m.heading} intro={m.intro} add={{ to: "/drempels/nieuw", label: m.newBarrier }} showNotice />
      <DataList
        query={list}
        label={m.caption}
        columns={columns}
        rowKey={(b) => b.id}
        actions={(b) => (
          <Link to={`/drempels/${b.id}`}>
            {m.handle}
            <span className="visually-hidden">{m.handleOf(b.reference)}</span>
          </Link>
        )}
        empty={m.empty}
        count={m.count}
        onPageChange={setPage}
        filters={
          <ListFilterForm
            label={m.filtersLabel}
            codec={barrierFilterCodec}
            filters={filters}
            onChange={apply}
            submitLabel={m.submit}
            clearLabel={commonMessages.clear}
          >
            <SearchFilter id="drempel-zoek" name="zoek" label={m.search} hint={m.searchHint} value={filters.search} />
            <SelectFilter
              id="drempel-status"
              name="status"
              label={m.status}
              value={filters.status ?? ""}
              allLabel={m.allStatuses}
              options={labelledOptions(barrierStatuses, barrierMessages.status)}
            />
            <SelectFilter
              id="drempel-ministerie"
              name="ministerie"
              label={m.ministry}
              value={filters.ministry ?? ""}
              allLabel={m.allMinistries}
              options={labelledOptions(ministries, barrierMessages.ministry)}
            />
            <SelectFilter
              id="drempel-uitkomst"
              name="uitkomst"
              label={m.outcome}
              value={filters.outcome ?? ""}
              allLabel={m.allOutcomes}
              options={labelledOptions(barrierOutcomes, barrierMessages.outcome)}
            />
          </ListFilterForm>
        }
      />
    </>
  );
}
