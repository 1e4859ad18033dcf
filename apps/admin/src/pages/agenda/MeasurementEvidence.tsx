import { useId, useState } from "react";
import type { AgendaIndicator } from "@zorgpact/domain/agenda";
import { formatIndicatorValue } from "@zorgpact/domain/indicator-unit";
import { formatDate } from "@zorgpact/ui/format.ts";
import { evidenceMessages as m } from "../../messages/evidence.ts";
import { EvidenceSection } from "./EvidenceSection.tsx";

/**
 * The evidence of an indicator's measurements, folded away under the measurements table: pick a
 * measurement (the latest first), then its files and links. Loaded only when opened.
 */
export function MeasurementEvidence({ indicator }: { indicator: AgendaIndicator }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const measurements = [...indicator.measurements].sort((a, b) => b.measuredOn.localeCompare(a.measuredOn));
  const [chosen, setChosen] = useState<string | null>(null);
  if (measurements.length === 0) return null;
  const measurementId = measurements.some((x) => x.id === chosen) ? chosen! : measurements[0]!.id;
  return (
    <details className="measurement-evidence" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{m.measurementSummary(measurements.length)}</summary>
      {open ? (
        <>
          {measurements.length > 1 ? (
            <div className="field form-field">
              <label htmlFor={`${id}-meting`}>{m.measurementPicker}</label>
              <select id={`${id}-meting`} value={measurementId} onChange={(event) => setChosen(event.currentTarget.value)}>
                {measurements.map((x) => (
                  <option key={x.id} value={x.id}>
                    {m.measurementOption(formatDate(x.measuredOn), formatIndicatorValue(x.value, indicator.unitKind, indicator.unit))}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <EvidenceSection key={measurementId} target={{ targetType: "measurement", targetId: measurementId }} headingLevel={6} />
        </>
      ) : null}
    </details>
  );
}
