import "../pact-edit/pact-edit.css";
import { useQuery } from "@tanstack/react-query";
import { Link, useLocation } from "react-router";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormStatus } from "../../forms/FormAlert.tsx";
import { adminMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { decimalText } from "../pact-edit/number-text.ts";

const m = adminMessages.regions;

/** `/regios` (national team): every region with its provinces, point and number of published pacts. */
export function RegionsPage() {
  useDocumentTitle(m.title, messages.siteName);
  const location = useLocation();
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  const list = useQuery(trpc.region.list.queryOptions({ pageSize: 100 }));
  const data = list.data;
  return (
    <>
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
      <p>
        <Link to="/regios/nieuw" className="button">
          {m.newRegion}
        </Link>
      </p>
      <FormStatus>{typeof notice === "string" ? notice : null}</FormStatus>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : data ? (
        <>
          <p className="result-count">{m.count(data.total)}</p>
          <TableWrap label={m.caption}>
            <table className="data-table">
              <caption>{m.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.columns.name}</th>
                  <th scope="col">{m.columns.provinces}</th>
                  <th scope="col">{m.columns.point}</th>
                  <th scope="col" className="num">
                    {m.columns.pacts}
                  </th>
                  <th scope="col">{adminMessages.common.actions}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((region) => (
                  <tr key={region.id}>
                    <th scope="row">{region.name}</th>
                    <td>{region.provinces.join(", ")}</td>
                    <td className="nowrap">{m.point(decimalText(region.latitude), decimalText(region.longitude))}</td>
                    <td className="num">{region.pactCount}</td>
                    <td>
                      <Link to={`/regios/${region.id}`}>
                        {m.edit}
                        <span className="visually-hidden">{m.editOf(region.name)}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      ) : null}
    </>
  );
}
