import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type ChangeEvent } from "react";
import { MAX_IMPORT_BYTES, type ImportCommitResult, type ImportReport } from "@zorgpact/domain/measurement-import";
import { apiFieldErrors, apiMessage } from "@zorgpact/ui/form-errors.ts";
import { fieldDescriptionIds, FieldError } from "@zorgpact/ui/FormField.tsx";
import { FormAlert, FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { messages } from "../../messages.ts";
import { importMessages as m } from "../../messages/agenda-import.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { fileToBase64 } from "./file-base64.ts";
import { ImportPreview } from "./ImportPreview.tsx";
import { ImportProgress } from "./import-progress.tsx";

const failureOf = (error: unknown) => {
  const fields = apiFieldErrors(error);
  return fields["contentBase64"] ?? fields["fileName"] ?? apiMessage(error) ?? messages.error.action;
};

const doneMessage = (result: ImportCommitResult) =>
  result.created + result.updated === 0 ? m.nothingDone(result.fileName) : m.done(result.created, result.updated, result.unchanged, result.fileName);

/**
 * Measurements from a CSV or XLSX file: the file is read in the browser (base64), the API marks
 * every row new, updated, unchanged or wrong (`measurement.previewImport`, which changes nothing)
 * and only a file without wrong rows can be applied (`measurement.commitImport`, which checks
 * again against the preview's basis and writes all new and updated rows or none).
 */
export function ImportSection() {
  const { pactId, invalidate } = useAgenda();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ fileName: string; contentBase64: string; size: number } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const preview = useMutation(trpc.measurement.previewImport.mutationOptions({ onError: (error) => setFileError(failureOf(error)) }));
  const commit = useMutation({
    ...trpc.measurement.commitImport.mutationOptions(),
    onSuccess: (result) => {
      setDone(doneMessage(result));
      setFile(null);
      preview.reset();
      if (inputRef.current) inputRef.current.value = "";
      void invalidate();
    },
  });
  const report: ImportReport | undefined = file ? preview.data : undefined;
  const changes = report ? report.counts.new + report.counts.updated : 0;
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
    setFile({ fileName: chosen.name, contentBase64, size: chosen.size });
    preview.mutate({ pactId, fileName: chosen.name, contentBase64 });
  };

  const apply = () => {
    if (!file || !report || commit.isPending) return;
    setDone(null);
    commit.mutate({ pactId, fileName: file.fileName, contentBase64: file.contentBase64, basis: report.basis });
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
          disabled={commit.isPending}
        />
      </div>
      <ImportProgress label={preview.isPending && file ? m.checking(file.fileName) : commit.isPending && report ? m.applying(changes) : null} />
      {report && file ? (
        <>
          <ImportPreview report={report} />
          {commit.isError ? (
            <FormAlert title={messages.error.title}>
              <p>{failureOf(commit.error)}</p>
              <p>{m.chooseAgain}</p>
            </FormAlert>
          ) : null}
          {report.valid && changes > 0 ? (
            <p>
              <button type="button" aria-disabled={commit.isPending || undefined} onClick={apply}>
                {commit.isPending ? m.committing : m.commit(changes)}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
      <FormStatus>{done}</FormStatus>
    </section>
  );
}
