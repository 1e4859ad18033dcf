import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type ChangeEvent } from "react";
import { MAX_IMPORT_BYTES, type ImportReport } from "@zorgpact/domain/measurement-import";
import { apiFieldErrors, apiMessage } from "@zorgpact/ui/form-errors.ts";
import { fieldDescriptionIds, FieldError } from "@zorgpact/ui/FormField.tsx";
import { FormAlert, FormStatus } from "../../forms/FormAlert.tsx";
import { agendaMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { fileToBase64 } from "./file-base64.ts";
import { ImportPreview } from "./ImportPreview.tsx";

const failureOf = (error: unknown) => {
  const fields = apiFieldErrors(error);
  return fields["contentBase64"] ?? fields["fileName"] ?? apiMessage(error) ?? messages.error.action;
};

/**
 * Measurements from a CSV or XLSX file: the file is read in the browser (base64), the API checks
 * every row (`measurement.previewImport`) and only a file without errors can be imported
 * (`measurement.commitImport`, which checks again and writes all rows or none).
 */
export function ImportSection() {
  const { pactId, invalidate } = useAgenda();
  const m = agendaMessages.importing;
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const preview = useMutation(trpc.measurement.previewImport.mutationOptions({ onError: (error) => setFileError(failureOf(error)) }));
  const commit = useMutation({
    ...trpc.measurement.commitImport.mutationOptions(),
    onSuccess: (result) => {
      setDone(m.done(result.imported, result.fileName));
      setFile(null);
      preview.reset();
      if (inputRef.current) inputRef.current.value = "";
      void invalidate();
    },
  });
  const report: ImportReport | undefined = file ? preview.data : undefined;
  const inputId = `${id}-bestand`;
  const { hintId, errorId, describedBy } = fieldDescriptionIds(inputId, { hint: m.columns, error: fileError ?? undefined });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    setFile(null);
    setFileError(null);
    setDone(null);
    preview.reset();
    commit.reset();
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFileError(m.tooLarge(MAX_IMPORT_BYTES / 1024 / 1024));
      return;
    }
    let contentBase64: string;
    try {
      contentBase64 = await fileToBase64(chosen);
    } catch {
      setFileError(m.unreadable);
      return;
    }
    const next = { fileName: chosen.name, contentBase64 };
    setFile(next);
    preview.mutate({ pactId, ...next });
  };

  return (
    <section aria-labelledby="importeren-kop" className="agenda-section">
      <h2 id="importeren-kop">{m.heading}</h2>
      <p>{m.intro}</p>
      <div className={["field", "form-field", fileError ? "form-field--error" : ""].join(" ")}>
        <label htmlFor={inputId}>{m.file}</label>
        <p id={hintId} className="field-hint">
          {m.columns}
        </p>
        <FieldError id={errorId}>{fileError}</FieldError>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => void onFile(event)}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy}
        />
      </div>
      <p role="status" className="agenda-import__checking">
        {preview.isPending ? m.checking : ""}
      </p>
      {report && file ? (
        <>
          <ImportPreview report={report} />
          {commit.isError ? (
            <FormAlert title={messages.error.title}>
              <p>{failureOf(commit.error)}</p>
            </FormAlert>
          ) : null}
          <p>
            <button type="button" disabled={!report.valid || commit.isPending} onClick={() => commit.mutate({ pactId, ...file })}>
              {commit.isPending ? m.committing : m.commit}
            </button>
          </p>
        </>
      ) : null}
      <FormStatus>{done}</FormStatus>
    </section>
  );
}
