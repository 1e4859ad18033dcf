import { formatIndicatorValue } from "@zorgpact/domain/indicator-unit";
import type { ResultNode } from "@zorgpact/domain/volgspot";
import { formatDate } from "@zorgpact/ui/format.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";

const m = volgspotMessages.form;

/** The latest measurement of each indicator of a result or effect, shown beside what the Volgspot says of it. */
export function ResultNodeFacts({ node }: { node: ResultNode }) {
  if (node.indicators.length === 0) return null;
  return (
    <ul className="volgspot-meta">
      {node.indicators.map((i) => (
        <li key={i.id}>
          {i.name}:{" "}
          {i.latest
            ? m.latest(
                formatIndicatorValue(i.latest.value, i.unitKind, i.unit),
                formatDate(i.latest.measuredOn),
                formatIndicatorValue(i.targetValue, i.unitKind, i.unit),
              )
            : m.noMeasurement}
        </li>
      ))}
    </ul>
  );
}
