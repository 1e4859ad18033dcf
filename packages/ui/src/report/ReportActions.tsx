import { useState } from "react";
import type { ReportFile } from "@zorgpact/domain/report";
import { apiMessage } from "../form-errors.ts";
import { downloadBase64File } from "./download.ts";
import { reportActionMessages as m } from "./report-action-messages.ts";

/**
 * Print (the browser's print-to-PDF, with the report's A4 print styles) and the XLSX download of
 * every figure with its counts and N. `fetchFile` asks the API for the workbook of what is shown.
 */
export function ReportActions({ fetchFile }: { fetchFile: () => Promise<ReportFile> }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setStatus(null);
    setFailure(null);
    try {
      const file = await fetchFile();
      downloadBase64File(file);
      setStatus(m.downloaded(file.fileName));
    } catch (error) {
      setFailure(apiMessage(error) ?? m.downloadFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="report-actions" role="group" aria-label={m.label}>
      <button type="button" onClick={() => window.print()}>
        {m.print}
      </button>
      <button type="button" className="button--secondary" onClick={() => void download()} aria-disabled={busy || undefined}>
        {busy ? m.downloading : m.download}
      </button>
      <p role="status" className="report-actions__status">
        {status}
      </p>
      {failure ? (
        <p role="alert" className="field-error">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
