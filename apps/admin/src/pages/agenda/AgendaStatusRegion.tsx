import type { AgendaStatusMessage } from "./agenda-status.ts";

/**
 * The live region of the agenda, below the shared header: always on the page, so each new message
 * is read out when it appears. In the flow, not floating, so it never covers a field or a button.
 */
export function AgendaStatusRegion({ message }: { message: AgendaStatusMessage | null }) {
  return (
    <div role="status" className="agenda-status">
      {message ? (
        <p key={message.id} className={message.tone === "ok" ? "notice notice--ok" : "notice agenda-status__error"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
