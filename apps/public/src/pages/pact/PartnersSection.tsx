import { goldenTriangle, type Partner } from "@zorgpact/domain/organisation";
import { levelLabels, roleLabels, sectorLabels } from "@zorgpact/ui/labels.ts";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { pactMessages } from "../../messages/pact.ts";
import { partnersBySector } from "./partners-view.ts";

export function PartnersSection({ partners }: { partners: readonly Partner[] }) {
  const triangle = goldenTriangle(partners);
  const missing = [
    triangle.care ? null : sectorLabels.care_welfare,
    triangle.education ? null : sectorLabels.education,
    triangle.government ? null : sectorLabels.government,
  ].filter((label) => label !== null);

  return (
    <section aria-labelledby="partners-kop">
      <h2 id="partners-kop">{pactMessages.pact.partnersHeading}</h2>
      {partners.length === 0 ? (
        <EmptyState>{pactMessages.pact.noPartners}</EmptyState>
      ) : (
        <>
          <p className={triangle.complete ? "notice notice--ok" : "notice"}>
            {triangle.complete ? pactMessages.pact.triangleComplete : pactMessages.pact.triangleMissing(missing.join(", ").toLowerCase())}
          </p>
          <div className="grid">
            {partnersBySector(partners).map((group) => (
              <div key={group.sector} className="card">
                <h3>{sectorLabels[group.sector]}</h3>
                <ul>
                  {group.partners.map((partner) => (
                    <PartnerItem key={partner.id} partner={partner} />
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function PartnerItem({ partner }: { partner: Partner }) {
  const details = [partner.level ? levelLabels[partner.level] : null, partner.place].filter((d) => d !== null);
  return (
    <li>
      {partner.name}
      {details.length > 0 ? <span className="muted"> ({details.join(", ")})</span> : null}
      {partner.role === "lead" ? (
        <>
          {" "}
          <span className="tag">{roleLabels.lead}</span>
        </>
      ) : null}
    </li>
  );
}
