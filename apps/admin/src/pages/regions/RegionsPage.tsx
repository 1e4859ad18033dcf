import "../pact-edit/pact-edit.css";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { DataList, type DataListColumn } from "@zorgpact/ui/list/DataList.tsx";
import type { ApiOutputs, RowOf } from "@zorgpact/ui/list/row-types.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { ListPageIntro } from "../../lists/ListPageIntro.tsx";
import { messages } from "../../messages.ts";
import { regionsListMessages as m } from "../../messages/regions-list.ts";
import { trpc } from "../../trpc.ts";
import { decimalText } from "@zorgpact/ui/dutch-number.ts";

type Region = RowOf<ApiOutputs["region"]["list"]>;

const columns: DataListColumn<Region>[] = [
  { header: m.columns.name, primary: true, cell: (region) => region.name },
  { header: m.columns.provinces, cell: (region) => region.provinces.join(", ") },
  { header: m.columns.point, nowrap: true, cell: (region) => m.point(decimalText(region.latitude), decimalText(region.longitude)) },
  { header: m.columns.pacts, numeric: true, cell: (region) => region.pactCount },
];

/** `/regios` (national team): every region with its provinces, point and number of published pacts. */
export function RegionsPage() {
  useDocumentTitle(m.title, messages.siteName);
  // The country has a few dozen regions at most: one page holds them all.
  const list = useQuery(trpc.region.list.queryOptions({ pageSize: 100 }));
  return (
    <>
      <ListPageIntro heading={m.heading} intro={m.intro} add={{ to: "/regios/nieuw", label: m.newRegion }} showNotice />
      <DataList
        query={list}
        label={m.caption}
        columns={columns}
        rowKey={(region) => region.id}
        actions={(region) => (
          <Link to={`/regios/${region.id}`}>
            {m.edit}
            <span className="visually-hidden">{m.editOf(region.name)}</span>
          </Link>
        )}
        empty={m.empty}
        count={m.count}
      />
    </>
  );
}
