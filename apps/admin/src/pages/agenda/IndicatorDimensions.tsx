import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import type { AgendaIndicator } from "@zorgpact/domain/agenda";
import type { Dimension, IndicatorBreakdowns } from "@zorgpact/domain/disaggregation";
import { FormAlert } from "@zorgpact/ui/forms/FormParts.tsx";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { formatDate, formatEuroFromCents, formatNumber } from "@zorgpact/ui/format.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { SelectField } from "../../forms/fields.tsx";
import { RemoveDialog, type RemoveDialogTexts } from "../../lists/RemoveDialog.tsx";
import { agendaMessages } from "../../messages/agenda.ts";
import { disaggregationMessages } from "../../messages/disaggregation.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { MeasurementBreakdown } from "./MeasurementBreakdown.tsx";

const m = disaggregationMessages.indicator;
const b = disaggregationMessages.breakdown;
const removeTexts: RemoveDialogTexts = {
  removeTitle: m.removeTitle,
  removeConfirm: m.removeConfirm,
  removing: agendaMessages.common.saving,
  removeBody: m.removeBody,
};

/**
 * The dimensions an indicator is split by (add one, stop splitting by one: its stored breakdowns
 * are kept, archived) and, per dimension, its measurements with their breakdowns to fill in.
 */
export function IndicatorDimensions({ indicator, onStatus }: { indicator: AgendaIndicator; onStatus: (text: string | null) => void }) {
  const queryClient = useQueryClient();
  const { invalidate } = useAgenda();
  const id = useId();
  const queryOptions = trpc.disaggregation.forIndicator.queryOptions({ indicatorId: indicator.id });
  const query = useQuery(queryOptions);
  // Fetched again when the agenda's measurements change (a new one, an edited total).
  const measurementsKey = indicator.measurements.map((x) => `${x.id}:${x.version}`).join(",");
  const seenKey = useRef(measurementsKey);
  useEffect(() => {
    if (seenKey.current === measurementsKey) return;
    seenKey.current = measurementsKey;
    void queryClient.invalidateQueries({ queryKey: queryOptions.queryKey });
  }, [measurementsKey, queryClient, queryOptions.queryKey]);
  const [choice, setChoice] = useState("");
  const [removing, setRemoving] = useState<Dimension | null>(null);
  const [editing, setEditing] = useState<{ dimensionId: string; measurementId: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const store = (next: IndicatorBreakdowns) => queryClient.setQueryData(queryOptions.queryKey, next);
  const add = useMutation(
    trpc.disaggregation.addIndicatorDimension.mutationOptions({
      onSuccess: (next, input) => {
        store(next);
        setChoice("");
        onStatus(m.added(next.dimensions.find((d) => d.id === input.dimensionId)?.label ?? ""));
      },
      onError: (error) => setProblem(apiMessage(error) ?? agendaMessages.common.checkFields),
    }),
  );
  const remove = useMutation(
    trpc.disaggregation.removeIndicatorDimension.mutationOptions({
      onSuccess: (next, input) => {
        store(next);
        setRemoving(null);
        onStatus(m.removed(next.dimensions.find((d) => d.id === input.dimensionId)?.label ?? ""));
      },
    }),
  );
  const headingId = `${id}-kop`;
  if (query.isPending) return <LoadingState label={m.loading} />;
  if (query.isError) return <ErrorState message={m.failed} onRetry={() => void query.refetch()} />;
  const view = query.data;
  const active = view.dimensionIds.flatMap((dimensionId) => view.dimensions.filter((d) => d.id === dimensionId));
  const available = view.dimensions.filter((d) => !d.retired && !view.dimensionIds.includes(d.id));
  const show = view.unitKind === "euro" ? formatEuroFromCents : formatNumber;
  const archivedCount = view.measurements.reduce((n, x) => n + x.breakdowns.filter((bd) => bd.archived).length, 0);

  return (
    <section aria-labelledby={headingId} className="agenda-breakdowns">
      <h6 id={headingId}>{m.heading}</h6>
      <p className="muted">{m.intro(view.rule)}</p>
      {problem ? (
        <FormAlert>
          <p>{problem}</p>
        </FormAlert>
      ) : null}
      {active.length === 0 ? <p>{m.noDimensions}</p> : null}
      {archivedCount > 0 ? <p className="muted">{m.archived(archivedCount)}</p> : null}
      {active.map((dimension) => {
        const caption = b.measurementsCaption(dimension.label);
        const editingHere = editing?.dimensionId === dimension.id ? view.measurements.find((x) => x.id === editing.measurementId) : undefined;
        return (
          <div key={dimension.id} className="breakdown-dimension">
            <TableWrap label={caption}>
              <table className="agenda-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{b.date}</th>
                    <th scope="col" className="num">
                      {b.total} ({view.unit})
                    </th>
                    <th scope="col">{b.status}</th>
                    <th scope="col">{agendaMessages.measurements.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.measurements.map((measurement) => {
                    const breakdown = measurement.breakdowns.find((bd) => bd.dimensionId === dimension.id);
                    const labels = new Map(dimension.categories.map((c) => [c.id, c.label]));
                    return (
                      <tr key={measurement.id}>
                        <th scope="row" className="nowrap">
                          {formatDate(measurement.measuredOn)}
                        </th>
                        <td className="num">{show(measurement.value)}</td>
                        <td>
                          {breakdown ? breakdown.parts.map((p) => `${labels.get(p.categoryId) ?? ""}: ${show(p.value)}`).join(" · ") : b.none}
                          {breakdown?.issue ? <span className="field-error"> {b.issue}</span> : null}
                        </td>
                        <td>
                          <button
                            type="button"
                            className="button--secondary button--small"
                            aria-expanded={editingHere?.id === measurement.id}
                            onClick={() => {
                              onStatus(null);
                              setEditing({ dimensionId: dimension.id, measurementId: measurement.id });
                            }}
                          >
                            {b.edit}
                            <span className="visually-hidden">{b.editOf(measurement.measuredOn)}</span>
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableWrap>
            {editingHere ? (
              <MeasurementBreakdown
                key={`${editingHere.id}:${editingHere.version}`}
                view={view}
                dimension={dimension}
                measurement={editingHere}
                onSaved={(next, message) => {
                  store(next);
                  setEditing(null);
                  onStatus(message);
                  void invalidate();
                }}
                onCancel={() => setEditing(null)}
              />
            ) : null}
            <p>
              <button type="button" className="button--secondary button--small" onClick={() => setRemoving(dimension)}>
                {m.remove}
                <span className="visually-hidden">{m.removeOf(dimension.label)}</span>
              </button>
            </p>
          </div>
        );
      })}
      {available.length > 0 ? (
        <form
          className="form-row breakdown-add"
          onSubmit={(event) => {
            event.preventDefault();
            setProblem(null);
            if (choice === "" || add.isPending) return;
            add.mutate({ indicatorId: indicator.id, dimensionId: choice });
          }}
        >
          <SelectField id={`${id}-dimensie`} label={m.addLabel} value={choice} onValueChange={setChoice}>
            <option value="">{m.choose}</option>
            {available.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </SelectField>
          <div className="form-actions">
            <button type="submit" className="button--secondary" aria-disabled={add.isPending || choice === "" || undefined}>
              {m.add}
            </button>
          </div>
        </form>
      ) : null}
      {/* Not destructive: the dimension's breakdowns are archived and come back when it is added again. */}
      <RemoveDialog
        row={removing}
        name={(dimension) => dimension.label}
        texts={removeTexts}
        action={remove}
        destructive={false}
        onCancel={() => setRemoving(null)}
        onConfirm={(dimension) => remove.mutate({ indicatorId: indicator.id, dimensionId: dimension.id })}
      />
    </section>
  );
}
