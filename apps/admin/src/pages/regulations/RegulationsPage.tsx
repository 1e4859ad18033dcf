import "../pact-edit/pact-edit.css";
import { useQuery } from "@tanstack/react-query";
import { Link, useLocation } from "react-router";
import { formatEuroFromCents } from "@zorgpact/ui/format.ts";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormStatus } from "../../forms/FormAlert.tsx";
import { adminMessages, messages } from "../../messages.ts";
import { regulationMessages } from "../../messages/regulation.ts";
import { trpc } from "../../trpc.ts";
import { periodText } from "./period.ts";

const m = regulationMessages.list;

/** `/regelingen` (national team): every regeling, with how many published pacts it funded. */
export function RegulationsPage() {
  useDocumentTitle(m.title, messages.siteName);
  const location = useLocation();
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  // Few regelingen exist (the seeds name four): one page holds them all.
  const list = useQuery(trpc.regulation.list.queryOptions({ pageSize: 100 }));
  const data = list.data;
  return (
    <>
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
      <p>
        <Link to="/regelingen/nieuw" className="button">
          {m.newRegulation}
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
                  <th scope="col">{m.columns.ministry}</th>
                  <th scope="col">{m.columns.period}</th>
                  <th scope="col" className="num">
                    {m.columns.budget}
                  </th>
                  <th scope="col" className="num">
                    {m.columns.funded}
                  </th>
                  <th scope="col">{adminMessages.common.actions}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((regulation) => (
                  <tr key={regulation.id}>
                    <th scope="row">{regulation.name}</th>
                    <td>{regulationMessages.ministry[regulation.ministry]}</td>
                    <td className="nowrap">{periodText(regulation.startYear, regulation.endYear)}</td>
                    <td className="num nowrap">{regulation.budgetCents === null ? "" : formatEuroFromCents(regulation.budgetCents)}</td>
                    <td className="num">{regulation.fundedPactCount}</td>
                    <td>
                      <Link to={`/regelingen/${regulation.id}`}>
                        {m.edit}
                        <span className="visually-hidden">{m.editOf(regulation.name)}</span>
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
