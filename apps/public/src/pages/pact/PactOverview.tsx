import type { PactDetail } from "@zorgpact/domain/pact";
import { formatDate } from "@zorgpact/ui/format.ts";
import { admissionStatusLabels, collaborationFormLabels, pactKindLabels, regionalFunctionLabels } from "@zorgpact/ui/labels.ts";
import { pactMessages } from "../../messages/pact.ts";

/** Kind, region and the description, then the facts that are known. */
export function PactOverview({ pact }: { pact: PactDetail }) {
  const paragraphs = pact.description
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const facts: [string, string][] = [[pactMessages.pact.kind, pactKindLabels[pact.kind]]];
  if (pact.region) facts.push([pactMessages.pact.region, pact.region.name]);
  if (pact.region && pact.region.provinces.length > 0) facts.push([pactMessages.pact.provinces, pact.region.provinces.join(", ")]);
  if (pact.startDate) facts.push([pactMessages.pact.startDate, formatDate(pact.startDate)]);
  if (pact.collaborationForm) facts.push([pactMessages.pact.collaborationForm, collaborationFormLabels[pact.collaborationForm]]);
  if (pact.functions.length > 0) facts.push([pactMessages.pact.functions, pact.functions.map((f) => regionalFunctionLabels[f]).join(", ")]);
  if (pact.admissionStatus) facts.push([pactMessages.pact.admissionStatus, admissionStatusLabels[pact.admissionStatus]]);

  return (
    <section aria-labelledby="over-kop">
      <p className="pact-kind">
        <span className="tag">{pactKindLabels[pact.kind]}</span>
        {pact.region ? <span className="muted"> {pact.region.name}</span> : null}
      </p>
      <h2 id="over-kop">{pactMessages.pact.overviewHeading}</h2>
      {paragraphs.length > 0 ? paragraphs.map((p, i) => <p key={i}>{p}</p>) : <p className="muted">{pactMessages.pact.noDescription}</p>}
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term} className="facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
