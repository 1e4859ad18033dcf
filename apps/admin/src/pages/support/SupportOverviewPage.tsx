import "./support.css";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { supportQuestionTypes, supportStatuses, type SupportQuestionType, type SupportStatus } from "@zorgpact/domain/support";
import { formatNumber } from "@zorgpact/ui/format.ts";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { supportMessages, supportQuestionTypeLabels, supportStatusLabels } from "../../messages/support.ts";
import { trpc } from "../../trpc.ts";
import { supportListHref } from "./support-filters.ts";

const m = supportMessages.overview;

/** `/ondersteuning/overzicht` (national team): trajectories per question type × status; each count opens its list. */
export function SupportOverviewPage() {
  useDocumentTitle(m.title, messages.siteName);
  const overview = useQuery(trpc.support.overview.queryOptions());
  const data = overview.data;
  const count = (questionType: SupportQuestionType, status: SupportStatus) =>
    data?.cells.find((c) => c.questionType === questionType && c.status === status)?.count ?? 0;
  const cell = (n: number, filters: { questionType?: SupportQuestionType; status?: SupportStatus }, label: string) =>
    n === 0 ? (
      <span className="muted">0</span>
    ) : (
      <Link to={supportListHref({ page: 1, ...filters })} aria-label={label}>
        {formatNumber(n)}
      </Link>
    );

  return (
    <>
      <p className="back-link">
        <Link to="/ondersteuning">← {m.toList}</Link>
      </p>
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
      {overview.isPending ? (
        <LoadingState />
      ) : overview.isError ? (
        <ErrorState onRetry={() => void overview.refetch()} />
      ) : data && data.total === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : data ? (
        <TableWrap label={m.caption}>
          <table className="data-table support-overview">
            <caption>{m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.questionType}</th>
                {supportStatuses.map((status) => (
                  <th key={status} scope="col" className="num">
                    {supportStatusLabels[status]}
                  </th>
                ))}
                <th scope="col" className="num">
                  {m.total}
                </th>
              </tr>
            </thead>
            <tbody>
              {supportQuestionTypes.map((type) => (
                <tr key={type}>
                  <th scope="row">{supportQuestionTypeLabels[type]}</th>
                  {supportStatuses.map((status) => (
                    <td key={status} className="num">
                      {cell(
                        count(type, status),
                        { questionType: type, status },
                        m.cellLink(count(type, status), supportQuestionTypeLabels[type], supportStatusLabels[status]),
                      )}
                    </td>
                  ))}
                  <td className="num">
                    <strong>
                      {cell(data.byQuestionType[type], { questionType: type }, m.cellLink(data.byQuestionType[type], supportQuestionTypeLabels[type], m.total))}
                    </strong>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{m.total}</th>
                {supportStatuses.map((status) => (
                  <td key={status} className="num">
                    <strong>{cell(data.byStatus[status], { status }, m.cellLink(data.byStatus[status], m.total, supportStatusLabels[status]))}</strong>
                  </td>
                ))}
                <td className="num">
                  <strong>{cell(data.total, {}, m.cellLink(data.total, m.total, m.total))}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </TableWrap>
      ) : null}
    </>
  );
}
