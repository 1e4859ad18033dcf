import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ExportFile, ExportFormat } from "@zorgpact/domain/agenda";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { FormAlert, FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { messages } from "../../messages.ts";
import { exportMessages as m } from "../../messages/agenda-import.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { downloadFile } from "./file-base64.ts";

type Download = "measurements-csv" | "measurements-xlsx" | "template-csv" | "template-xlsx" | "agenda-xlsx";

/**
 * The measurements table (CSV for Dutch Excel or XLSX) and its empty template, which the import
 * reads back; and the whole agenda as a workbook to read.
 */
export function ExportSection() {
  const { pactId } = useAgenda();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<Download | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const options = (download: Download) => {
    const format: ExportFormat = download.endsWith("csv") ? "csv" : "xlsx";
    if (download.startsWith("measurements")) return trpc.measurement.export.queryOptions({ pactId, format });
    if (download.startsWith("template")) return trpc.measurement.template.queryOptions({ pactId, format });
    return trpc.agenda.export.queryOptions({ pactId, format });
  };

  const run = async (download: Download) => {
    if (busy) return;
    setBusy(download);
    setDone(null);
    setFailure(null);
    try {
      // Fetched fresh each time and not kept: the file is only wanted once.
      const file: ExportFile = await queryClient.fetchQuery({ ...options(download), staleTime: 0, gcTime: 0 });
      downloadFile(file);
      setDone(m.done(file.fileName));
    } catch (error) {
      setFailure(apiMessage(error) ?? messages.error.action);
    } finally {
      setBusy(null);
    }
  };

  const button = (download: Download, label: string, secondary = false) => (
    <button type="button" className={secondary ? "button--secondary" : undefined} onClick={() => void run(download)} aria-disabled={busy !== null || undefined}>
      {busy === download ? m.busy : label}
    </button>
  );

  return (
    <section aria-labelledby="exporteren-kop" className="agenda-section">
      <h2 id="exporteren-kop">{m.heading}</h2>
      <p>{m.intro}</p>
      {failure ? (
        <FormAlert title={messages.error.title}>
          <p>{failure}</p>
        </FormAlert>
      ) : null}
      <h3>{m.measurementsHeading}</h3>
      <div className="agenda-actions">
        {button("measurements-csv", m.csv)}
        {button("measurements-xlsx", m.xlsx, true)}
      </div>
      <h3>{m.templateHeading}</h3>
      <p>{m.templateIntro}</p>
      <div className="agenda-actions">
        {button("template-csv", m.templateCsv, true)}
        {button("template-xlsx", m.templateXlsx, true)}
      </div>
      <h3>{m.agendaHeading}</h3>
      <p>{m.agendaIntro}</p>
      <div className="agenda-actions">{button("agenda-xlsx", m.agendaXlsx, true)}</div>
      <FormStatus>{done}</FormStatus>
    </section>
  );
}
