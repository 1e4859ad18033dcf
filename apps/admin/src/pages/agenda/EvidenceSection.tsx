import "./evidence.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import {
  EVIDENCE_ACCEPT,
  EVIDENCE_MAX_BYTES,
  evidenceAddLinkInputSchema,
  evidenceFileTypes,
  evidenceLabel,
  isEvidenceContentType,
  type EvidenceItem,
  type EvidenceTarget,
} from "@zorgpact/domain/evidence";
import { apiFieldErrors, apiMessage, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { fieldDescriptionIds, FieldError, TextField } from "@zorgpact/ui/FormField.tsx";
import { formatNumber, formatTimestamp } from "@zorgpact/ui/format.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { RemoveDialog, type RemoveDialogTexts } from "../../lists/RemoveDialog.tsx";
import { evidenceMessages as m } from "../../messages/evidence.ts";
import { trpc } from "../../trpc.ts";
import { fileToBase64 } from "./file-base64.ts";

const removeTexts: RemoveDialogTexts = { removeTitle: m.confirmTitle, removeConfirm: m.confirm, removing: m.removing, removeBody: m.confirmBody };

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * The evidence of one measurement or Volgspot: the list (files download through /bewijs/:id,
 * outside the /admin basename), removal after a confirmation, and forms to attach a file or add a
 * link. The server decides a file's type by its content; the form only checks the size first.
 */
export function EvidenceSection({ target, headingLevel = 2, className }: { target: EvidenceTarget; headingLevel?: HeadingLevel; className?: string }) {
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const queryClient = useQueryClient();
  const list = useQuery(trpc.evidence.list.queryOptions(target));
  const [status, setStatus] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.evidence.list.queryKey(target) });

  return (
    <section className={["evidence", className ?? ""].join(" ").trim()} aria-labelledby={`${id}-kop`}>
      <Heading id={`${id}-kop`}>{m.heading}</Heading>
      <p className="evidence-intro">{m.intro}</p>
      <FormStatus>{status}</FormStatus>
      {list.isPending ? (
        <LoadingState label={m.loading} />
      ) : list.isError ? (
        <ErrorState message={m.loadFailed} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p className="evidence-visibility">{target.targetType === "volgspot" ? m.volgspotNotPublic : list.data.isPublic ? m.isPublic : m.notPublic}</p>
          {list.data.items.length === 0 ? (
            <p>{m.empty}</p>
          ) : (
            <ul className="evidence-list" aria-label={m.listLabel}>
              {list.data.items.map((item) => (
                <EvidenceLine
                  key={item.id}
                  item={item}
                  mayRemove={list.data.mayEdit}
                  onRemoved={async (label) => {
                    setStatus(m.removed(label));
                    await refresh();
                  }}
                />
              ))}
            </ul>
          )}
          {list.data.mayEdit ? (
            <div className="evidence-forms">
              <FileForm
                idPrefix={`${id}-bestand`}
                target={target}
                onAdded={async (label) => {
                  setStatus(m.attached(label));
                  await refresh();
                }}
              />
              <LinkForm
                idPrefix={`${id}-link`}
                target={target}
                onAdded={async (label) => {
                  setStatus(m.attached(label));
                  await refresh();
                }}
              />
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function describe(item: EvidenceItem): string {
  if (item.kind === "link") return m.link;
  const type = item.contentType && isEvidenceContentType(item.contentType) ? evidenceFileTypes[item.contentType].label : item.contentType;
  return `${type ?? ""}, ${formatNumber(Math.max(1, Math.round((item.size ?? 0) / 1024)))} kB`;
}

function EvidenceLine({ item, mayRemove, onRemoved }: { item: EvidenceItem; mayRemove: boolean; onRemoved: (label: string) => Promise<void> }) {
  const label = evidenceLabel(item);
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const remove = useMutation(trpc.evidence.remove.mutationOptions());
  const href = item.kind === "file" ? (item.downloadPath ?? undefined) : (item.url ?? undefined);
  return (
    <li>
      <a href={href} rel={item.kind === "link" ? "noopener noreferrer external" : undefined}>
        {label}
      </a>{" "}
      <span className="evidence-meta">
        ({describe(item)}; {m.addedBy(item.createdByName, formatTimestamp(item.createdAt))})
      </span>
      {mayRemove ? (
        <>
          {" "}
          <button ref={removeButton} type="button" className="button--secondary" aria-label={m.removeLabel(label)} onClick={() => setConfirming(true)}>
            {m.remove}
          </button>
          <RemoveDialog
            row={confirming ? item : null}
            name={() => label}
            texts={removeTexts}
            action={remove}
            onCancel={() => {
              setConfirming(false);
              remove.reset();
              window.setTimeout(() => removeButton.current?.focus(), 0);
            }}
            onConfirm={(removed) =>
              remove.mutate(
                { id: removed.id },
                {
                  onSuccess: () => {
                    setConfirming(false);
                    void onRemoved(label);
                  },
                },
              )
            }
          />
        </>
      ) : null}
    </li>
  );
}

function FileForm({ idPrefix, target, onAdded }: { idPrefix: string; target: EvidenceTarget; onAdded: (label: string) => Promise<void> }) {
  const attach = useMutation(trpc.evidence.attachFile.mutationOptions());
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const fileId = `${idPrefix}-bestand`;
  const fileError = errors["contentBase64"] ?? errors["fileName"];
  const { errorId, describedBy } = fieldDescriptionIds(fileId, { error: fileError });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!file) return fail({ contentBase64: m.fileMissing });
    if (file.size > EVIDENCE_MAX_BYTES) return fail({ contentBase64: m.fileTooLarge });
    setErrors({});
    try {
      const stored = await attach.mutateAsync({ ...target, fileName: file.name, contentBase64: await fileToBase64(file), title: title || null });
      setFile(null);
      setTitle("");
      if (fileInput.current) fileInput.current.value = "";
      await onAdded(evidenceLabel(stored));
    } catch (error) {
      const fields = apiFieldErrors(error);
      if (Object.keys(fields).length > 0) fail(fields);
      else setProblem(apiMessage(error) ?? m.failed);
    }
  }

  function fail(next: FieldErrors) {
    setErrors(next);
    window.setTimeout(() => (next["title"] ? document.getElementById(`${idPrefix}-titel`) : fileInput.current)?.focus(), 0);
  }

  return (
    <form className="evidence-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend>{m.fileLegend}</legend>
        {problem ? (
          <p role="alert" className="field-error">
            {problem}
          </p>
        ) : null}
        <div className={["field", "form-field", fileError ? "form-field--error" : ""].join(" ").trim()}>
          <label htmlFor={fileId}>{m.file}</label>
          <FieldError id={errorId}>{fileError}</FieldError>
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            accept={EVIDENCE_ACCEPT}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <TextField id={`${idPrefix}-titel`} label={m.title} value={title} onValueChange={setTitle} error={errors["title"]} maxLength={200} />
        <button type="submit" aria-disabled={attach.isPending || undefined}>
          {attach.isPending ? m.attaching : m.attach}
        </button>
      </fieldset>
    </form>
  );
}

function LinkForm({ idPrefix, target, onAdded }: { idPrefix: string; target: EvidenceTarget; onAdded: (label: string) => Promise<void> }) {
  const add = useMutation(trpc.evidence.addLink.mutationOptions());
  const [url, setUrl] = useState("");
  const [title, setTitle] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);

  function fail(next: FieldErrors) {
    setErrors(next);
    window.setTimeout(() => document.getElementById(next["url"] ? `${idPrefix}-adres` : `${idPrefix}-titel`)?.focus(), 0);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const input = { ...target, url, title: title || null };
    const checked = evidenceAddLinkInputSchema.safeParse(input);
    if (!checked.success) {
      const next: FieldErrors = {};
      for (const issue of checked.error.issues) next[String(issue.path[0])] ??= issue.message;
      return fail(next);
    }
    setErrors({});
    try {
      const stored = await add.mutateAsync(checked.data);
      setUrl("");
      setTitle("");
      await onAdded(evidenceLabel(stored));
    } catch (error) {
      const fields = apiFieldErrors(error);
      if (Object.keys(fields).length > 0) fail(fields);
      else setProblem(apiMessage(error) ?? m.failed);
    }
  }

  return (
    <form className="evidence-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend>{m.linkLegend}</legend>
        {problem ? (
          <p role="alert" className="field-error">
            {problem}
          </p>
        ) : null}
        <TextField
          id={`${idPrefix}-adres`}
          label={m.url}
          inputMode="url"
          autoComplete="url"
          value={url}
          onValueChange={setUrl}
          error={errors["url"]}
          maxLength={1000}
        />
        <TextField id={`${idPrefix}-titel`} label={m.title} value={title} onValueChange={setTitle} error={errors["title"]} maxLength={200} />
        <button type="submit" aria-disabled={add.isPending || undefined}>
          {add.isPending ? m.addingLink : m.addLink}
        </button>
      </fieldset>
    </form>
  );
}
