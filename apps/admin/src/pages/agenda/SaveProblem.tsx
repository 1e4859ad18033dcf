import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { messages } from "../../messages.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import type { LatestState } from "./useLatestVersion.ts";

/**
 * What a failed save says above its form: for CONFLICT the API's message and "Nieuwste versie
 * laden"; otherwise "check the fields" (the errors sit at the fields) or the API's own reason.
 */
export function SaveProblem({ error, latest = "idle", onLoadLatest }: { error: unknown; latest?: LatestState; onLoadLatest?: () => void }) {
  const m = agendaMessages.common;
  return (
    <>
      {error && errorCode(error) === "CONFLICT" && onLoadLatest ? (
        <FormAlert title={messages.error.title}>
          <p>{apiMessage(error)}</p>
          <p>
            <button type="button" onClick={() => latest === "loading" || onLoadLatest()} aria-disabled={latest === "loading" || undefined}>
              {latest === "loading" ? m.loadingLatest : m.loadLatest}
            </button>
          </p>
          {latest === "failed" ? <p>{messages.error.action}</p> : null}
        </FormAlert>
      ) : error ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(error, m.checkFields)}</p>
        </FormAlert>
      ) : null}
      {latest === "loaded" && !error ? (
        <p role="status" className="notice">
          {m.latestLoaded}
        </p>
      ) : null}
      {latest === "gone" ? (
        <p role="alert" className="notice">
          {m.latestGone}
        </p>
      ) : null}
    </>
  );
}
