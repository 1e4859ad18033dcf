import "./data-list.css";
import { Fragment, type ReactNode } from "react";
import { TableWrap } from "../TableWrap.tsx";
import { listMessages } from "./list-messages.ts";
import { ListStates, type ListQueryState } from "./ListStates.tsx";

// Pages that show a table import everything from here.
export { listInHand, type ListQueryState } from "./ListStates.tsx";

export interface DataListColumn<T> {
  /** The column header; on a narrow screen also the label in front of the value. */
  header: string;
  cell: (item: T) => ReactNode;
  /**
   * The row's name: a row header in the table and the card's title on a narrow screen. Its cell
   * usually links to the record.
   */
  primary?: boolean;
  /** Right-aligned figures in the table. */
  numeric?: boolean;
  /** Dates and short codes that should not break in the table. */
  nowrap?: boolean;
  /** The column the list is sorted by. */
  sorted?: "ascending" | "descending";
  className?: string;
}

export interface DataListProps<T> {
  query: ListQueryState<T>;
  /** The table's caption, also the name of its scroll region. */
  label: string;
  /** Keeps the caption for screen readers only, when a heading right above says the same. */
  hideCaption?: boolean;
  columns: readonly DataListColumn<T>[];
  rowKey: (item: T) => string;
  /** The buttons and links of one row, in a column right after the primary one (on a card, at its foot). */
  actions?: (item: T) => ReactNode;
  actionsHeader?: string;
  /** Said when there is nothing to show, e.g. for a filter that matches nothing. */
  empty: ReactNode;
  /** The count line ("12 drempels"), announced politely when it changes. */
  count?: (total: number) => string;
  /** Asked for another page; without it, or with a single page, no paging is shown. */
  onPageChange?: (page: number) => void;
  /** A filter form above the count. */
  filters?: ReactNode;
  rowClassName?: (item: T) => string | undefined;
  /** Extra class on the table, e.g. for a page's column widths. */
  className?: string;
}

/**
 * One list of records: loading, error, empty, count, table and paging. On a wide screen a real
 * table; below about 700 pixels every row becomes a card that shows each column's label and
 * value and every action, so nothing scrolls sideways.
 */
export function DataList<T>({
  query,
  label,
  hideCaption = false,
  columns,
  rowKey,
  actions,
  actionsHeader = listMessages.actions,
  empty,
  count,
  onPageChange,
  filters,
  rowClassName,
  className,
}: DataListProps<T>) {
  // Actions come right after the row's name, so a wide table that must scroll never hides them.
  const actionsAfter = columns.findIndex((column) => column.primary) + 1;
  return (
    <ListStates query={query} empty={empty} count={count} onPageChange={onPageChange} filters={filters} className="data-list">
      {(items, focusTarget) => (
        <TableWrap label={label}>
          <table ref={focusTarget} tabIndex={-1} className={["data-table", "data-list__table", className].filter(Boolean).join(" ")}>
            <caption className={hideCaption ? "visually-hidden" : undefined}>{label}</caption>
            <thead>
              <tr>
                {columns.map((column, index) => (
                  <Fragment key={column.header}>
                    {actions && index === actionsAfter ? <th scope="col">{actionsHeader}</th> : null}
                    <th scope="col" aria-sort={column.sorted} className={column.numeric ? "num" : undefined}>
                      {column.header}
                    </th>
                  </Fragment>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={rowKey(item)} className={rowClassName?.(item)}>
                  {columns.map((column, index) => (
                    <Fragment key={column.header}>
                      {actions && index === actionsAfter ? (
                        <td className="data-list__actions">
                          <div className="data-list__row-actions">{actions(item)}</div>
                        </td>
                      ) : null}
                      <ListCell column={column} item={item} />
                    </Fragment>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </ListStates>
  );
}

function ListCell<T>({ column, item }: { column: DataListColumn<T>; item: T }) {
  const classes = [column.numeric ? "num" : "", column.nowrap ? "nowrap" : "", column.className ?? ""].filter(Boolean).join(" ") || undefined;
  if (column.primary) {
    return (
      <th scope="row" className={["data-list__primary", classes].filter(Boolean).join(" ")}>
        {column.cell(item)}
      </th>
    );
  }
  return (
    <td className={classes}>
      {/* Shown only on a card, where the column header is out of sight. */}
      <span className="data-list__label">{column.header}</span>
      <span className="data-list__value">{column.cell(item)}</span>
    </td>
  );
}
