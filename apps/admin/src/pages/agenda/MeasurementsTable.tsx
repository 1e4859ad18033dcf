import { useMutation, useQuery } from "@tanstack/react-query";
import type { Ref } from "react";
import type { AgendaIndicator, AgendaMeasurement } from "@zorgpact/domain/agenda";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { periodLabel, periodStartOf } from "@zorgpact/domain/indicator-period";
import { formatIndicatorValue } from "@zorgpact/domain/indicator-unit";
import { formatDate } from "@zorgpact/ui/format.ts";
import { indicatorPeriodMessages as pm } from "../../messages/indicator-periods.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { isNationalAdmin, useSignedInUser } from "../../auth/signed-in-user.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { DeleteButton } from "./DeleteButton.tsx";

/**
 * The measurements of an indicator, each with "Bewerken" and "Verwijderen". A measurement whose
 * value is public is deleted by the national team only (the server refuses an editor): an editor
 * sees why instead of the button.
 */
export function MeasurementsTable({
  indicator,
  onEdit,
  onDeleted,
  editButtonRef,
}: {
  indicator: AgendaIndicator;
  onEdit: (measurementId: string) => void;
  onDeleted: () => void;
  editButtonRef: (measurementId: string) => Ref<HTMLButtonElement>;
}) {
  const m = agendaMessages.measurements;
  const { pactId } = useAgenda();
  const national = isNationalAdmin(useSignedInUser());
  // The review part under this table keeps the same query fresh; here it only tells what is public.
  // Until it has answered an editor is offered no delete; should it fail, the server still explains a refusal.
  const review = useQuery(trpc.measurementReview.pact.queryOptions({ pactId }));
  const publicIds = new Set(review.data?.measurements.filter((s) => s.publicValue !== null).map((s) => s.id));
  if (indicator.measurements.length === 0) return <p className="muted">{m.empty}</p>;
  const caption = m.caption(indicator.name);
  return (
    <TableWrap label={caption}>
      <table className="agenda-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.date}</th>
            <th scope="col">{pm.period}</th>
            <th scope="col" className="num">
              {m.value}
            </th>
            <th scope="col">{m.source}</th>
            <th scope="col">{m.note}</th>
            <th scope="col">{m.actions}</th>
          </tr>
        </thead>
        <tbody>
          {indicator.measurements.map((measurement) => (
            <MeasurementRow
              key={measurement.id}
              measurement={measurement}
              indicator={indicator}
              onEdit={onEdit}
              onDeleted={onDeleted}
              editButtonRef={editButtonRef(measurement.id)}
              isPublic={publicIds.has(measurement.id)}
              deletable={national || (review.data ? !publicIds.has(measurement.id) : review.isError)}
            />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function MeasurementRow({
  measurement,
  indicator,
  onEdit,
  onDeleted,
  editButtonRef,
  isPublic,
  deletable,
}: {
  measurement: AgendaMeasurement;
  indicator: AgendaIndicator;
  onEdit: (measurementId: string) => void;
  onDeleted: () => void;
  editButtonRef: Ref<HTMLButtonElement>;
  /** Its value is on the public site (approved once). */
  isPublic: boolean;
  /** False for an editor when the value is public. */
  deletable: boolean;
}) {
  const { invalidate } = useAgenda();
  const m = agendaMessages.measurements;
  const remove = useMutation(
    trpc.indicator.deleteMeasurement.mutationOptions({
      onSuccess: () => invalidate(),
      onError: (error) => {
        if (errorCode(error) === "CONFLICT") void invalidate();
      },
    }),
  );
  const date = formatDate(measurement.measuredOn);
  const value = formatIndicatorValue(measurement.value, indicator.unitKind, indicator.unit);
  return (
    <tr>
      <th scope="row" className="nowrap">
        {date}
      </th>
      <td className="nowrap">{periodLabel(periodStartOf(measurement.measuredOn, indicator.frequency), indicator.frequency)}</td>
      <td className="num">{value}</td>
      <td>{measurement.source ?? ""}</td>
      <td>{measurement.note ?? ""}</td>
      <td>
        <div className="agenda-actions">
          <button ref={editButtonRef} type="button" className="button--secondary button--small" onClick={() => onEdit(measurement.id)}>
            {agendaMessages.common.edit}
            <span className="visually-hidden">{m.of(date)}</span>
          </button>
          {deletable ? (
            <DeleteButton
              mutation={remove}
              variables={{ id: measurement.id, version: measurement.version }}
              context={m.of(date)}
              title={m.deleteTitle}
              onDeleted={onDeleted}
            >
              <p>{m.deleteBody(date, value)}</p>
              {isPublic ? <p>{m.deletePublic}</p> : null}
            </DeleteButton>
          ) : (
            <small className="muted">{m.publicNoDelete}</small>
          )}
        </div>
      </td>
    </tr>
  );
}
