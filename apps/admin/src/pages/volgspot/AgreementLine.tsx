import type { Agreement } from "@zorgpact/domain/volgspot";
import { formatDate } from "@zorgpact/ui/format.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";

const m = volgspotMessages.agreements;

/** One agreement as text: what, who, by when, and where it stands. */
export function AgreementLine({ agreement, showYear = false }: { agreement: Agreement; showYear?: boolean }) {
  return (
    <>
      <p>
        <strong>{agreement.text}</strong>
      </p>
      <p className="volgspot-meta">
        {showYear ? `${m.fromYear(agreement.year)} · ` : null}
        {m.owner}: {agreement.ownerName} · {m.dueOn}: {formatDate(agreement.dueOn)} · {m.status}: {volgspotMessages.agreementStatus[agreement.status]}
        {agreement.overdue ? (
          <>
            {" · "}
            <span className="volgspot-overdue">{m.overdue}</span>
          </>
        ) : null}
      </p>
      {agreement.statusReason ? (
        <p>
          {m.reason}: {agreement.statusReason}
        </p>
      ) : null}
    </>
  );
}
