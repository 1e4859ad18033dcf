import type { Agenda } from "@zorgpact/domain/agenda";
import { LatestUnavailable } from "@zorgpact/ui/forms/useZodForm.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { useAgenda } from "./agenda-context.ts";

/**
 * useZodForm's `loadLatest` for an agenda record: fetch the agenda again, take the record's new
 * version and leave what was typed alone, so the editor can compare and save again.
 */
export function useAgendaLatest(find: (agenda: Agenda) => { version: number } | undefined, take: (version: number) => void) {
  const { refresh } = useAgenda();
  return async () => {
    const record = find(await refresh());
    if (!record) throw new LatestUnavailable(agendaMessages.common.latestGone);
    take(record.version);
    return agendaMessages.common.latestLoaded;
  };
}
