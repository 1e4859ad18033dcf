/**
 * The shared list component of packages/ui, rendered to HTML. It lives here because this app has
 * react-dom (packages/ui does not depend on it).
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataList, listInHand, type DataListColumn, type ListQueryState } from "@zorgpact/ui/list/DataList.tsx";
import { ListStates } from "@zorgpact/ui/list/ListStates.tsx";

interface Row {
  id: string;
  name: string;
  count: number;
}

const columns: DataListColumn<Row>[] = [
  { header: "Naam", primary: true, cell: (row) => <a href={`/r/${row.id}`}>{row.name}</a> },
  { header: "Aantal", numeric: true, cell: (row) => row.count },
];

const rows: Row[] = Array.from({ length: 30 }, (_, i) => ({ id: `r${i + 1}`, name: `Rij ${i + 1}`, count: i }));

function render(query: ListQueryState<Row>, extra: { onPageChange?: (page: number) => void; withActions?: boolean } = {}) {
  return renderToStaticMarkup(
    <DataList
      query={query}
      label="Rijen"
      columns={columns}
      rowKey={(row) => row.id}
      actions={extra.withActions ? (row) => <button type="button">Bewerken {row.name}</button> : undefined}
      empty="Niets dat past bij deze filters."
      count={(n) => `${n} rijen`}
      onPageChange={extra.onPageChange}
    />,
  );
}

const idle = { isPending: false, isError: false, refetch: () => undefined };

describe("DataList", () => {
  it("says it is loading and marks the list busy", () => {
    const html = render({ data: undefined, isPending: true, isError: false, refetch: () => undefined });
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('role="status"');
    expect(html).not.toContain("<table");
  });

  it("keeps the previous page on screen but busy while the next one loads", () => {
    const html = render({ ...listInHand(rows.slice(0, 5)), isPlaceholderData: true });
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain("<table");
  });

  it("offers a retry when the list could not be fetched", () => {
    const html = render({ data: undefined, isPending: false, isError: true, refetch: () => undefined });
    expect(html).toContain('role="alert"');
    expect(html).toContain("Opnieuw proberen");
  });

  it("shows the empty message and a count of zero, announced politely", () => {
    const html = render({ ...idle, data: { items: [], total: 0, page: 1, pageSize: 25 } });
    expect(html).toContain("Niets dat past bij deze filters.");
    expect(html).toMatch(/<p aria-live="polite" aria-atomic="true" class="result-count">0 rijen<\/p>/);
    expect(html).not.toContain("<table");
  });

  it("renders a captioned table with the primary column as row header and a label in every other cell", () => {
    const html = render(listInHand(rows.slice(0, 2)), { withActions: true });
    expect(html).toContain("<caption>Rijen</caption>");
    expect(html).toContain('<th scope="col" class="num">Aantal</th>');
    // Actions follow the row's name, so a table that scrolls sideways never hides them.
    expect(html).toContain('<th scope="col">Naam</th><th scope="col">Acties</th><th scope="col" class="num">Aantal</th>');
    expect(html).toContain('<th scope="row" class="data-list__primary"><a href="/r/r1">Rij 1</a></th>');
    expect(html).toContain('<span class="data-list__label">Aantal</span><span class="data-list__value">0</span>');
    expect(html).toContain("Bewerken Rij 2");
    expect(html).toContain('aria-busy="false"');
  });

  it("pages only when asked to and when there is more than one page", () => {
    const onPage = () => undefined;
    expect(render(listInHand(rows, 1, 10), { onPageChange: onPage })).toContain("Pagina 1 van 3");
    expect(render(listInHand(rows, 1, 10))).not.toContain('class="pagination"');
    expect(render(listInHand(rows.slice(0, 5), 1, 10), { onPageChange: onPage })).not.toContain('class="pagination"');
  });

  it("cuts a list in hand into pages and keeps the page within range", () => {
    const second = listInHand(rows, 2, 10).data!;
    expect(second.items.map((r) => r.id)).toEqual(rows.slice(10, 20).map((r) => r.id));
    expect(second.total).toBe(30);
    expect(listInHand(rows, 9, 10).data!.page).toBe(3);
    expect(listInHand([], 1).data).toEqual({ items: [], total: 0, page: 1, pageSize: 1 });
  });
});

describe("ListStates", () => {
  const cards = (query: ListQueryState<Row>, extra: { loadingLabel?: string } = {}) =>
    renderToStaticMarkup(
      <ListStates query={query} empty="Geen rijen." count={(n) => (n > 0 ? `${n} rijen` : "")} onPageChange={() => undefined} {...extra}>
        {(items) => (
          <ul aria-label="Rijen">
            {items.map((row) => (
              <li key={row.id}>{row.name}</li>
            ))}
          </ul>
        )}
      </ListStates>,
    );

  it("draws any shape of rows for the current page, with the count and the paging around them", () => {
    const html = cards(listInHand(rows, 2, 10));
    expect(html).toContain("<li>Rij 11</li>");
    expect(html).not.toContain("<li>Rij 10</li>");
    expect(html).toContain(">30 rijen</p>");
    expect(html).toContain("Pagina 2 van 3");
    expect(html).not.toContain("<table");
  });

  it("says what it is loading when told, and asks for no rows while loading, failing or empty", () => {
    expect(cards({ data: undefined, isPending: true, isError: false, refetch: () => undefined }, { loadingLabel: "Metingen laden…" })).toContain(
      "Metingen laden…",
    );
    expect(cards({ data: undefined, isPending: false, isError: true, refetch: () => undefined })).toContain('role="alert"');
    const empty = cards({ ...idle, data: { items: [], total: 0, page: 1, pageSize: 25 } });
    expect(empty).toContain("Geen rijen.");
    expect(empty).toContain('class="result-count"></p>');
    expect(empty).not.toContain("<ul");
  });
});
