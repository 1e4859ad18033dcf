import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { FormAlert } from "../../forms/FormAlert.tsx";
import { messages } from "../../messages.ts";
import { commonMessages } from "../../messages/common.ts";

/**
 * A save refused because someone else saved first (CONFLICT): the API's Dutch message and
 * "Nieuwste versie laden". What happens to the typed input is up to `onLoadLatest`.
 */
export function ConflictAlert({ error, onLoadLatest, loading, failed }: { error: unknown; onLoadLatest: () => void; loading: boolean; failed: boolean }) {
  const m = commonMessages;
  return (
    <FormAlert title={messages.error.title}>
      <p>{apiMessage(error) ?? m.unknownError}</p>
      <p>
        <button type="button" onClick={() => loading || onLoadLatest()} aria-disabled={loading || undefined}>
          {loading ? m.loadingLatest : m.loadLatest}
        </button>
      </p>
      {failed ? <p>{m.latestFailed}</p> : null}
    </FormAlert>
  );
}
