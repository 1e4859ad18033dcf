import { useMutation } from "@tanstack/react-query";
import type { Ref } from "react";
import type { AgendaIndicator, AgendaMeasurement } from "@zorgpact/domain/agenda";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { periodLabel, periodStartOf } from "@zorgpact/domain/indicator-period";
import { formatIndicatorValue } from "@zorgpact/domain/indicator-unit";
import { formatDate } from "@zorgpact/ui/format.ts";
import { indicatorPeriodMessages as pm } from "../../messages/indicator-periods.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { DeleteButton } from "./DeleteButton.tsx";

/** The measurements of an indicator, each with "Bewerken" and "Verwijderen". */
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
}: {
  measurement: AgendaMeasurement;
  indicator: AgendaIndicator;
  onEdit: (measurementId: string) => void;
  onDeleted: () => void;
  editButtonRef: Ref<HTMLButtonElement>;
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
          <DeleteButton
            mutation={remove}
            variables={{ id: measurement.id, version: measurement.version }}
            context={m.of(date)}
            title={m.deleteTitle}
            onDeleted={onDeleted}
          >
            <p>{m.deleteBody(date, value)}</p>
          </DeleteButton>
        </div>
      </td>
    </tr>
  );
}
