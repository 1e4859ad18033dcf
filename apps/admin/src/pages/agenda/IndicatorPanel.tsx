import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import type { AgendaIndicator } from "@zorgpact/domain/agenda";
import { IndicatorChart } from "@zorgpact/ui/charts/IndicatorChart.tsx";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { formatDate, formatPercent } from "@zorgpact/ui/format.ts";
import { indicatorDirectionLabels } from "@zorgpact/ui/labels.ts";
import { indicatorFrequencyLabels, periodLabel } from "@zorgpact/domain/indicator-period";
import { formatIndicatorValue } from "@zorgpact/domain/indicator-unit";
import { IndicatorStatusBadge, todayInTheNetherlands } from "@zorgpact/ui/indicator-status/IndicatorStatusBadge.tsx";
import { indicatorPeriodMessages as pm } from "../../messages/indicator-periods.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { DeleteButton } from "./DeleteButton.tsx";
import { IndicatorDimensions } from "./IndicatorDimensions.tsx";
import { IndicatorForm } from "./IndicatorForm.tsx";
import { MeasurementForm } from "./MeasurementForm.tsx";
import { MeasurementsTable } from "./MeasurementsTable.tsx";
import { MeasurementEvidence } from "./MeasurementEvidence.tsx";
import { IndicatorReview } from "../review/IndicatorReview.tsx";

type Editing = { what: "none" } | { what: "indicator" } | { what: "new-measurement" } | { what: "measurement"; id: string };

/** One indicator: its facts, progress and chart, its measurements, and the forms to change them. */
export function IndicatorPanel({
  indicator,
  onStatus,
  onDeleted,
}: {
  indicator: AgendaIndicator;
  onStatus: (text: string | null) => void;
  onDeleted: () => void;
}) {
  const { invalidate } = useAgenda();
  const m = agendaMessages.indicators;
  const id = useId();
  const [editing, setEditing] = useState<Editing>({ what: "none" });
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const remove = useMutation(
    trpc.indicator.delete.mutationOptions({
      onSuccess: () => invalidate(),
      onError: (error) => {
        if (errorCode(error) === "CONFLICT") void invalidate();
      },
    }),
  );
  const withUnit = (value: number) => formatIndicatorValue(value, indicator.unitKind, indicator.unit);
  const measured = indicator.measurements.length > 0;
  const { progress } = indicator;
  const headingId = `${id}-kop`;
  const close = (focusKey: string) => {
    setEditing({ what: "none" });
    window.setTimeout(() => (buttons.current.get(focusKey) ?? document.getElementById(focusKey))?.focus(), 0);
  };
  const keep = (key: string) => (element: HTMLButtonElement | null) => {
    buttons.current.set(key, element);
  };
  const editingMeasurement = editing.what === "measurement" ? indicator.measurements.find((x) => x.id === editing.id) : undefined;

  return (
    <article aria-labelledby={headingId} className="agenda-indicator">
      <h5 id={headingId}>{indicator.name}</h5>
      <dl className="agenda-facts">
        <div>
          <dt>{m.facts.direction}</dt>
          <dd>{indicatorDirectionLabels[indicator.direction]}</dd>
        </div>
        <div>
          <dt>{m.facts.baseline}</dt>
          <dd>{m.onDate(withUnit(indicator.baselineValue), formatDate(indicator.baselineDate))}</dd>
        </div>
        <div>
          <dt>{m.facts.target}</dt>
          <dd>{m.beforeDate(withUnit(indicator.targetValue), formatDate(indicator.targetDate))}</dd>
        </div>
        <div>
          <dt>{m.facts.latest}</dt>
          <dd>{measured ? m.onDate(withUnit(progress.current), formatDate(progress.currentOn)) : m.notMeasured}</dd>
        </div>
        <div>
          <dt>{m.facts.progress}</dt>
          <dd>
            <progress className="bar" value={Math.min(Math.max(progress.fraction, 0), 1)} max={1} aria-hidden="true" /> {formatPercent(progress.fraction)} (
            {progress.reached ? m.reached : m.notReached})
          </dd>
        </div>
        <div>
          <dt>{pm.facts.status}</dt>
          <dd>
            <IndicatorStatusBadge indicator={indicator} measurements={indicator.measurements} today={todayInTheNetherlands()} />
          </dd>
        </div>
        <div>
          <dt>{pm.facts.frequency}</dt>
          <dd>{indicatorFrequencyLabels[indicator.frequency]}</dd>
        </div>
        {indicator.targets.length > 0 ? (
          <div>
            <dt>{pm.facts.targets}</dt>
            <dd>
              {indicator.targets
                .map((t) => `${periodLabel(t.periodStart, indicator.frequency)}: ${withUnit(t.value)}${t.source ? ` (${t.source.toLowerCase()})` : ""}`)
                .join("; ")}
            </dd>
          </div>
        ) : null}
      </dl>
      <IndicatorChart indicator={indicator} table="collapsed" />
      <MeasurementsTable
        indicator={indicator}
        editButtonRef={(measurementId) => keep(`meting-${measurementId}`)}
        onEdit={(measurementId) => {
          onStatus(null);
          setEditing({ what: "measurement", id: measurementId });
        }}
        onDeleted={() => onStatus(agendaMessages.measurements.deleted)}
      />
      <IndicatorReview indicator={indicator} onStatus={onStatus} />
      <MeasurementEvidence indicator={indicator} />
      {editing.what === "new-measurement" ? (
        <MeasurementForm
          mode="create"
          indicator={indicator}
          onDone={() => {
            onStatus(agendaMessages.measurements.created);
            close("nieuwe-meting");
          }}
          onCancel={() => close("nieuwe-meting")}
        />
      ) : null}
      {editingMeasurement ? (
        <MeasurementForm
          key={editingMeasurement.id}
          mode="edit"
          indicator={indicator}
          measurement={editingMeasurement}
          onDone={() => {
            onStatus(agendaMessages.measurements.saved);
            close(`meting-${editingMeasurement.id}`);
          }}
          onCancel={() => close(`meting-${editingMeasurement.id}`)}
        />
      ) : null}
      {editing.what === "indicator" ? (
        <IndicatorForm
          mode="edit"
          indicator={indicator}
          headingLevel={6}
          onDone={(stored) => {
            onStatus(m.saved(stored.name));
            close("indicator");
          }}
          onCancel={() => close("indicator")}
        />
      ) : null}
      <div className="agenda-actions">
        <button
          ref={keep("nieuwe-meting")}
          type="button"
          aria-expanded={editing.what === "new-measurement"}
          onClick={() => {
            onStatus(null);
            setEditing(editing.what === "new-measurement" ? { what: "none" } : { what: "new-measurement" });
          }}
        >
          {agendaMessages.measurements.add}
          <span className="visually-hidden">{agendaMessages.measurements.addFor(indicator.name)}</span>
        </button>
        <button
          ref={keep("indicator")}
          type="button"
          className="button--secondary"
          aria-expanded={editing.what === "indicator"}
          onClick={() => {
            onStatus(null);
            setEditing(editing.what === "indicator" ? { what: "none" } : { what: "indicator" });
          }}
        >
          {agendaMessages.common.edit}
          <span className="visually-hidden"> {indicator.name}</span>
        </button>
        <DeleteButton
          mutation={remove}
          variables={{ id: indicator.id, version: indicator.version }}
          context={` ${indicator.name}`}
          title={m.deleteTitle}
          onDeleted={onDeleted}
          small={false}
        >
          <p>{m.deleteBody(indicator.name)}</p>
        </DeleteButton>
      </div>
      <IndicatorDimensions indicator={indicator} onStatus={onStatus} />
    </article>
  );
}
