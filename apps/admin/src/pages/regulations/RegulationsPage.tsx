import "../pact-edit/pact-edit.css";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { formatEuroFromCents } from "@zorgpact/ui/format.ts";
import { DataList, type DataListColumn } from "@zorgpact/ui/list/DataList.tsx";
import type { ApiOutputs, RowOf } from "@zorgpact/ui/list/row-types.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { ListPageIntro } from "../../lists/ListPageIntro.tsx";
import { messages } from "../../messages.ts";
import { regulationMessages } from "../../messages/regulation.ts";
import { trpc } from "../../trpc.ts";
import { periodText } from "./period.ts";

const m = regulationMessages.list;
type Regulation = RowOf<ApiOutputs["regulation"]["list"]>;

const columns: DataListColumn<Regulation>[] = [
  { header: m.columns.name, primary: true, cell: (r) => r.name },
  { header: m.columns.ministry, cell: (r) => regulationMessages.ministry[r.ministry] },
  { header: m.columns.period, nowrap: true, cell: (r) => periodText(r.startYear, r.endYear) },
  { header: m.columns.budget, numeric: true, nowrap: true, cell: (r) => (r.budgetCents === null ? "" : formatEuroFromCents(r.budgetCents)) },
  { header: m.columns.funded, numeric: true, cell: (r) => r.fundedPactCount },
];

/** `/regelingen` (national team): every regeling, with how many published pacts it funded. */
export function RegulationsPage() {
  useDocumentTitle(m.title, messages.siteName);
  // Few regelingen exist (the seeds name four): one page holds them all.
  const list = useQuery(trpc.regulation.list.queryOptions({ pageSize: 100 }));
  return (
    <>
      <ListPageIntro heading={m.heading} intro={m.intro} add={{ to: "/regelingen/nieuw", label: m.newRegulation }} showNotice />
      <DataList
        query={list}
        label={m.caption}
        columns={columns}
        rowKey={(r) => r.id}
        actions={(r) => (
          <Link to={`/regelingen/${r.id}`}>
            {m.edit}
            <span className="visually-hidden">{m.editOf(r.name)}</span>
          </Link>
        )}
        empty={m.empty}
        count={m.count}
      />
    </>
  );
}
