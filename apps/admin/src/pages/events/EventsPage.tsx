import "../pact-edit/pact-edit.css";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { eventKinds, eventKindSchema, type EventAdminListInput } from "@zorgpact/domain/event";
import { formatEventShortDay, formatEventTime } from "@zorgpact/ui/event-format.ts";
import { DataList, type DataListColumn } from "@zorgpact/ui/list/DataList.tsx";
import { labelledOptions, ListFilterForm, SearchFilter, SelectFilter } from "@zorgpact/ui/list/ListFilterForm.tsx";
import { listFilterCodec, schemaParam, searchParam, urlListFilters, wordParam, yesNoParam, type ListFilters } from "@zorgpact/ui/list/list-filters.ts";
import type { ApiOutputs, RowOf } from "@zorgpact/ui/list/row-types.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { ListPageIntro } from "../../lists/ListPageIntro.tsx";
import { messages } from "../../messages.ts";
import { eventKindLabels, eventMessages } from "../../messages/event.ts";
import { trpc } from "../../trpc.ts";

const m = eventMessages.list;
const PAGE_SIZE = 25;
type Event = RowOf<ApiOutputs["event"]["listAll"]>;

/** The list's filters in the URL: `?tijd=komend|voorbij&soort=…&publicatie=ja|nee&zoek=…&pagina=…`; no `tijd` is all. */
const filterCodec = listFilterCodec({
  period: wordParam("tijd", { upcoming: "komend", past: "voorbij" }),
  kind: schemaParam("soort", eventKindSchema),
  published: yesNoParam("publicatie"),
  search: searchParam("zoek"),
});

function listInput(filters: ListFilters<typeof filterCodec.params>): EventAdminListInput {
  return {
    period: filters.period ?? "all",
    page: filters.page,
    pageSize: PAGE_SIZE,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.published !== undefined ? { published: filters.published } : {}),
    ...(filters.search ? { search: filters.search } : {}),
  };
}

const columns: DataListColumn<Event>[] = [
  {
    header: m.columns.date,
    nowrap: true,
    cell: (event) => (
      <time dateTime={event.startsAtUtc}>
        {formatEventShortDay(event.startsAt)} {formatEventTime(event.startsAt)}
      </time>
    ),
  },
  { header: m.columns.title, primary: true, cell: (event) => <Link to={`/evenementen/${event.id}`}>{event.title}</Link> },
  { header: m.columns.kind, cell: (event) => eventKindLabels[event.kind] },
  { header: m.columns.publication, cell: (event) => (event.published ? m.published : m.draft) },
];

/** `/evenementen` (national team): the whole agenda, drafts included, newest first. */
export function EventsPage() {
  useDocumentTitle(m.title, messages.siteName);
  const { filters, apply, setPage } = urlListFilters(filterCodec, useSearchParams());
  const list = useQuery(trpc.event.listAll.queryOptions(listInput(filters), { placeholderData: keepPreviousData }));

  return (
    <>
      <ListPageIntro heading={m.heading} intro={m.intro} add={{ to: "/evenementen/nieuw", label: m.newEvent }} showNotice />
      <ListFilterForm label={m.filtersLabel} codec={filterCodec} filters={filters} onChange={apply} submitLabel={m.submit} clearLabel={m.clear}>
        <SelectFilter
          id="evenementen-tijd"
          name="tijd"
          label={m.period}
          value={filters.period ? filterCodec.params.period.format(filters.period) : ""}
          allLabel={m.periods.all}
          options={[
            { value: "komend", label: m.periods.upcoming },
            { value: "voorbij", label: m.periods.past },
          ]}
        />
        <SelectFilter
          id="evenementen-soort"
          name="soort"
          label={m.kind}
          value={filters.kind ?? ""}
          allLabel={m.allKinds}
          options={labelledOptions(eventKinds, eventKindLabels)}
        />
        <SelectFilter
          id="evenementen-publicatie"
          name="publicatie"
          label={m.publication}
          value={filters.published === undefined ? "" : filters.published ? "ja" : "nee"}
          allLabel={m.allPublications}
          options={[
            { value: "ja", label: m.published },
            { value: "nee", label: m.draft },
          ]}
        />
        <SearchFilter id="evenementen-zoek" name="zoek" label={m.search} value={filters.search} />
      </ListFilterForm>
      <DataList query={list} label={m.caption} columns={columns} rowKey={(event) => event.id} empty={m.empty} count={m.count} onPageChange={setPage} />
    </>
  );
}
