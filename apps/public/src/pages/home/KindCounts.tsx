import type { NationalStats } from "@zorgpact/domain/stats";
import { formatNumber } from "@zorgpact/ui/format.ts";
import { pactKindLabels, pactKindPluralLabels } from "@zorgpact/ui/labels.ts";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { messages } from "../../messages.ts";

export function KindCounts({ counts }: { counts: NationalStats["countsByKind"] }) {
  return (
    <>
      <h3>{messages.home.kindsHeading}</h3>
      {counts.length === 0 ? (
        <EmptyState>{messages.home.noFigures}</EmptyState>
      ) : (
        <ul className="grid plain-list figures">
          {counts.map(({ kind, count }) => (
            <li key={kind} className="card figure">
              <span className="figure__number">{formatNumber(count)}</span>{" "}
              <span className="figure__label">{count === 1 ? pactKindLabels[kind] : pactKindPluralLabels[kind]}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
