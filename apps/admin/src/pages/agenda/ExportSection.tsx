import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ExportFormat } from "@zorgpact/domain/agenda";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { FormAlert, FormStatus } from "../../forms/FormAlert.tsx";
import { agendaMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { downloadFile } from "./file-base64.ts";

/** "Exporteer als XLSX" and "Exporteer als CSV": `agenda.export` returns the file in base64. */
export function ExportSection() {
  const { pactId } = useAgenda();
  const queryClient = useQueryClient();
  const m = agendaMessages.exporting;
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (format: ExportFormat) => {
    if (busy) return;
    setBusy(format);
    setDone(null);
    setFailure(null);
    try {
      // Fetched fresh each time and not kept: the file is only wanted once.
      const file = await queryClient.fetchQuery({ ...trpc.agenda.export.queryOptions({ pactId, format }), staleTime: 0, gcTime: 0 });
      downloadFile(file);
      setDone(m.done(file.fileName));
    } catch (error) {
      setFailure(apiMessage(error) ?? messages.error.action);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="exporteren-kop" className="agenda-section">
      <h2 id="exporteren-kop">{m.heading}</h2>
      <p>{m.intro}</p>
      {failure ? (
        <FormAlert title={messages.error.title}>
          <p>{failure}</p>
        </FormAlert>
      ) : null}
      <div className="agenda-actions">
        <button type="button" onClick={() => void run("xlsx")} aria-disabled={busy !== null || undefined}>
          {busy === "xlsx" ? m.busy : m.xlsx}
        </button>
        <button type="button" className="button--secondary" onClick={() => void run("csv")} aria-disabled={busy !== null || undefined}>
          {busy === "csv" ? m.busy : m.csv}
        </button>
      </div>
      <FormStatus>{done}</FormStatus>
    </section>
  );
}
