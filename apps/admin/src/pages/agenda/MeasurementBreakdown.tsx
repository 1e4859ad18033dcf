import "./breakdown.css";
import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { breakdownIssue, sumOfParts, type Dimension, type IndicatorBreakdowns } from "@zorgpact/domain/disaggregation";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { decimalText, euroText, parseDecimal, parseEuroCents } from "@zorgpact/ui/dutch-number.ts";
import { FormAlert } from "@zorgpact/ui/forms/FormParts.tsx";
import { apiFieldErrors, apiMessage } from "@zorgpact/ui/form-errors.ts";
import { formatEuroFromCents, formatNumber } from "@zorgpact/ui/format.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { agendaMessages } from "../../messages/agenda.ts";
import { disaggregationMessages } from "../../messages/disaggregation.ts";
import { trpc } from "../../trpc.ts";

type Measurement = IndicatorBreakdowns["measurements"][number];

const m = disaggregationMessages.breakdown;

/**
 * A measurement's breakdown by one dimension: a value per category, the sum shown and checked
 * live with the domain's own rule (the API checks it again). For counts and amounts, "Totaal
 * gelijk maken aan de som" changes the measurement's total in the same save.
 */
export function MeasurementBreakdown({
  view,
  dimension,
  measurement,
  onSaved,
  onCancel,
}: {
  view: IndicatorBreakdowns;
  dimension: Dimension;
  measurement: Measurement;
  onSaved: (next: IndicatorBreakdowns, message: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  // Amounts are kept in cents and typed in euros.
  const euro = view.unitKind === "euro";
  const parse = euro ? parseEuroCents : parseDecimal;
  const toText = euro ? euroText : decimalText;
  const show = euro ? formatEuroFromCents : formatNumber;
  const stored = measurement.breakdowns.find((b) => b.dimensionId === dimension.id);
  const storedValue = new Map(stored?.parts.map((p) => [p.categoryId, p.value]) ?? []);
  // Retired categories stay when this breakdown already uses them.
  const categories = dimension.categories.filter((c) => !c.retired || storedValue.has(c.id));
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(categories.map((c) => [c.id, toText(storedValue.get(c.id) ?? null)])));
  const [source, setSource] = useState(stored?.source ?? "");
  const [takeSum, setTakeSum] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const parsed = categories.map((c) => ({ category: c, value: parse(texts[c.id] ?? "") }));
  const unreadable = parsed.filter((p) => p.value === "invalid").map((p) => p.category.id);
  const parts = parsed.flatMap((p) => (typeof p.value === "number" ? [{ categoryId: p.category.id, value: p.value }] : []));
  const sum = sumOfParts(parts);
  const total = takeSum ? sum : measurement.value;
  const liveIssue =
    unreadable.length === 0 && parts.length > 0 ? breakdownIssue(view.rule, total, parts, categories, "parts", { kind: view.unitKind, text: view.unit }) : null;
  const save = useMutation(trpc.disaggregation.setBreakdown.mutationOptions({ onSuccess: (next) => onSaved(next, m.saved) }));
  const clear = useMutation(
    trpc.disaggregation.clearBreakdown.mutationOptions({
      onSuccess: (next) => {
        setConfirmClear(false);
        onSaved(next, m.cleared);
      },
    }),
  );
  const serverErrors = apiFieldErrors(save.error);
  const problem = save.error ? (serverErrors["parts"] ?? serverErrors["value"] ?? apiMessage(save.error) ?? agendaMessages.common.checkFields) : null;
  const headingId = `${id}-kop`;
  const sumId = `${id}-som`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending || unreadable.length > 0) return;
    save.mutate({
      measurementId: measurement.id,
      version: measurement.version,
      dimensionId: dimension.id,
      parts,
      ...(takeSum ? { total: sum } : {}),
      source: source.trim() === "" ? null : source,
    });
  };

  return (
    <div className="agenda-panel">
      <h6 id={headingId}>{m.heading(dimension.label, measurement.measuredOn)}</h6>
      {problem ? (
        <FormAlert>
          <p>{problem}</p>
        </FormAlert>
      ) : null}
      <form className="form-stack" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
        <TableWrap label={m.caption(dimension.label, measurement.measuredOn)}>
          <table className="agenda-table breakdown-table">
            <caption className="visually-hidden">{m.caption(dimension.label, measurement.measuredOn)}</caption>
            <thead>
              <tr>
                <th scope="col">{m.category}</th>
                <th scope="col" className="num">
                  {m.value(view.unit)}
                </th>
              </tr>
            </thead>
            <tbody>
              {categories.map((c) => {
                const invalid = unreadable.includes(c.id);
                return (
                  <tr key={c.id}>
                    <th scope="row">
                      <label htmlFor={`${id}-${c.id}`}>{c.label}</label>
                    </th>
                    <td className="num">
                      <input
                        id={`${id}-${c.id}`}
                        className="breakdown-input"
                        inputMode="decimal"
                        autoComplete="off"
                        value={texts[c.id] ?? ""}
                        aria-invalid={invalid || undefined}
                        aria-describedby={invalid ? `${id}-${c.id}-fout` : sumId}
                        onChange={(e) => setTexts({ ...texts, [c.id]: e.target.value })}
                      />
                      {invalid ? (
                        <span id={`${id}-${c.id}-fout`} className="field-error">
                          {m.invalidNumber}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            {view.rule === "sum" ? (
              <tfoot>
                <tr>
                  <th scope="row">{m.sum}</th>
                  <td className="num">{show(sum)}</td>
                </tr>
                <tr>
                  <th scope="row">{m.total}</th>
                  <td className="num">{show(total)}</td>
                </tr>
              </tfoot>
            ) : null}
          </table>
        </TableWrap>
        <p id={sumId} className={liveIssue ? "field-error" : "muted"} aria-live="polite">
          {liveIssue ? liveIssue.message : view.rule === "sum" && parts.length > 0 ? m.sumMatches : ""}
        </p>
        {view.rule === "sum" ? (
          <label className="checkbox">
            <input type="checkbox" checked={takeSum} onChange={(e) => setTakeSum(e.target.checked)} /> {m.setTotal}
          </label>
        ) : null}
        <TextField id={`${id}-bron`} label={`${m.source} ${agendaMessages.common.optional}`} autoComplete="off" value={source} onValueChange={setSource} />
        <div className="form-actions">
          <button type="submit" aria-disabled={save.isPending || undefined}>
            {save.isPending ? agendaMessages.common.saving : m.save}
          </button>
          <button type="button" className="button--secondary" onClick={onCancel}>
            {agendaMessages.common.cancel}
          </button>
          {stored ? (
            <button type="button" className="button--secondary" onClick={() => setConfirmClear(true)}>
              {m.clear}
            </button>
          ) : null}
        </div>
      </form>
      <ConfirmDialog
        open={confirmClear}
        title={m.clearTitle}
        confirmLabel={m.clear}
        cancelLabel={agendaMessages.common.cancel}
        busy={clear.isPending}
        busyLabel={agendaMessages.common.deleting}
        error={clear.isError ? (apiMessage(clear.error) ?? agendaMessages.common.deleteConflict) : null}
        destructive
        onCancel={() => setConfirmClear(false)}
        onConfirm={() => clear.mutate({ measurementId: measurement.id, version: measurement.version, dimensionId: dimension.id })}
      >
        <p>{m.clearBody}</p>
      </ConfirmDialog>
    </div>
  );
}
