import { useQuery } from "@tanstack/react-query";
import { evidenceFileTypes, evidenceLabel, isEvidenceContentType, type PublicEvidence } from "@zorgpact/domain/evidence";
import type { Indicator } from "@zorgpact/domain/indicator";
import { formatDate, formatNumber } from "@zorgpact/ui/format.ts";
import { evidenceMessages as m } from "../../messages/evidence.ts";
import { trpc } from "../../trpc.ts";

type Item = PublicEvidence[number]["items"][number];

/**
 * The evidence of the pact's public measurements, under each indicator's name: files (downloaded
 * from /bewijs/:id) and links. Only approved measurements of a published pact have any; nothing
 * is rendered when there is none.
 */
export function IndicatorEvidence({ slug, indicators }: { slug: string; indicators: readonly Pick<Indicator, "id" | "name">[] }) {
  const query = useQuery(trpc.evidence.publicOfPact.queryOptions({ pactSlug: slug }));
  if (query.isError) return <p className="muted">{m.failed}</p>;
  if (!query.data || query.data.length === 0) return null;
  const shown = indicators
    .map((indicator) => ({ indicator, measurements: query.data.filter((x) => x.indicatorId === indicator.id) }))
    .filter((x) => x.measurements.length > 0);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="onderbouwing-kop" className="indicator-evidence">
      <h2 id="onderbouwing-kop">{m.heading}</h2>
      <p>{m.intro}</p>
      {shown.map(({ indicator, measurements }) => (
        <section key={indicator.id} aria-labelledby={`onderbouwing-${indicator.id}`}>
          <h3 id={`onderbouwing-${indicator.id}`}>{indicator.name}</h3>
          {measurements.map((measurement) => (
            <div key={measurement.measurementId}>
              <p className="muted">{m.measuredOn(formatDate(measurement.measuredOn))}</p>
              <ul>
                {measurement.items.map((item) => (
                  <EvidenceLink key={item.id} item={item} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}

function EvidenceLink({ item }: { item: Item }) {
  const label = evidenceLabel(item);
  if (item.kind === "link")
    return (
      <li>
        <a href={item.url ?? undefined} rel="noopener noreferrer external">
          {label}
        </a>{" "}
        <span className="muted">({m.link})</span>
      </li>
    );
  const type = item.contentType && isEvidenceContentType(item.contentType) ? evidenceFileTypes[item.contentType].label : "";
  return (
    <li>
      <a href={item.downloadPath ?? undefined}>{label}</a>{" "}
      <span className="muted">({m.file(type, `${formatNumber(Math.max(1, Math.round((item.size ?? 0) / 1024)))} kB`)})</span>
    </li>
  );
}
