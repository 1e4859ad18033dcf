import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { agreementStatuses, agreementStatusInputSchema, agreementUpdateInputSchema, type Agreement, type AgreementStatus } from "@zorgpact/domain/volgspot";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { apiFieldErrors, apiMessage, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { SelectField, TextAreaField } from "../../forms/fields.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { adminMessages, messages } from "../../messages.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";
import { trpc } from "../../trpc.ts";
import { AgreementFields, type AgreementValues } from "./AgreementFields.tsx";
import { AgreementLine } from "./AgreementLine.tsx";

const m = volgspotMessages.agreements;

type Mode = "view" | "status" | "edit";

/**
 * One agreement with what may be done to it: its status always (follow-up), its text, owner and
 * due date and its removal only while the Volgspot is a draft (`editable`).
 */
export function AgreementItem({
  agreement,
  editable,
  partners,
  showYear = false,
  onChanged,
  onNotice,
}: {
  agreement: Agreement;
  editable: boolean;
  partners: readonly { id: string; name: string }[];
  showYear?: boolean;
  onChanged: () => Promise<unknown>;
  onNotice: (text: string) => void;
}) {
  const [mode, setMode] = useState<Mode>("view");
  const [confirmRemove, setConfirmRemove] = useState(false);
  const remove = useMutation(
    trpc.volgspot.removeAgreement.mutationOptions({
      async onSuccess() {
        setConfirmRemove(false);
        onNotice(m.removed);
        await onChanged();
      },
    }),
  );
  const done = async (notice: string) => {
    setMode("view");
    onNotice(notice);
    await onChanged();
  };
  return (
    <li>
      <AgreementLine agreement={agreement} showYear={showYear} />
      {mode === "view" ? (
        <div className="volgspot-actions">
          <button type="button" className="button--secondary" onClick={() => setMode("status")} aria-label={`${m.setStatus}: ${agreement.text}`}>
            {m.setStatus}
          </button>
          {editable ? (
            <>
              <button type="button" className="button--secondary" onClick={() => setMode("edit")} aria-label={m.editLabel(agreement.text)}>
                {m.edit}
              </button>
              <button type="button" className="button--secondary" onClick={() => setConfirmRemove(true)} aria-label={`${m.remove}: ${agreement.text}`}>
                {m.remove}
              </button>
            </>
          ) : null}
        </div>
      ) : mode === "status" ? (
        <StatusForm agreement={agreement} onDone={() => void done(m.statusSaved)} onCancel={() => setMode("view")} />
      ) : (
        <EditForm agreement={agreement} partners={partners} onDone={() => void done(m.saved)} onCancel={() => setMode("view")} />
      )}
      <ConfirmDialog
        open={confirmRemove}
        title={m.removeTitle}
        confirmLabel={m.remove}
        cancelLabel={m.cancel}
        busy={remove.isPending}
        busyLabel={m.removing}
        error={remove.isError ? (apiMessage(remove.error) ?? messages.error.action) : null}
        destructive
        onConfirm={() => remove.mutate({ id: agreement.id, version: agreement.version })}
        onCancel={() => {
          setConfirmRemove(false);
          remove.reset();
        }}
      >
        <p>{m.removeBody(agreement.text)}</p>
      </ConfirmDialog>
    </li>
  );
}

function StatusForm({ agreement, onDone, onCancel }: { agreement: Agreement; onDone: () => void; onCancel: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [status, setStatus] = useState<AgreementStatus>(agreement.status);
  const [reason, setReason] = useState(agreement.statusReason ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const save = useMutation(trpc.volgspot.setAgreementStatus.mutationOptions({ onSuccess: onDone, onError: (error) => setErrors(apiFieldErrors(error)) }));
  const id = `afspraak-${agreement.id}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    save.reset();
    const result = validate(agreementStatusInputSchema, { id: agreement.id, version: agreement.version, status, reason: status === "dropped" ? reason : "" });
    setErrors(result.errors);
    if (result.ok) save.mutate(result.data);
  };
  return (
    <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={m.statusLabel(agreement.text)}>
      {save.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(save.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <SelectField id={`${id}-status`} label={m.status} value={status} onValueChange={(v) => setStatus(v as AgreementStatus)} error={errors.status}>
        {agreementStatuses.map((s) => (
          <option key={s} value={s}>
            {volgspotMessages.agreementStatus[s]}
          </option>
        ))}
      </SelectField>
      {status === "dropped" ? (
        <TextAreaField id={`${id}-reden`} label={m.reasonLabel} value={reason} onValueChange={setReason} error={errors.reason} rows={2} required />
      ) : null}
      <div className="volgspot-actions">
        <button type="submit" aria-disabled={save.isPending || undefined}>
          {save.isPending ? adminMessages.common.saving : m.setStatus}
        </button>
        <button type="button" className="button--secondary" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}

function EditForm({
  agreement,
  partners,
  onDone,
  onCancel,
}: {
  agreement: Agreement;
  partners: readonly { id: string; name: string }[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<AgreementValues>({ text: agreement.text, ownerOrganisationId: agreement.ownerOrganisationId, dueOn: agreement.dueOn });
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const save = useMutation(trpc.volgspot.updateAgreement.mutationOptions({ onSuccess: onDone, onError: (error) => setErrors(apiFieldErrors(error)) }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    save.reset();
    const result = validate(agreementUpdateInputSchema, { id: agreement.id, version: agreement.version, ...values });
    setErrors(result.errors);
    if (result.ok) save.mutate(result.data);
  };
  return (
    <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={m.editLabel(agreement.text)}>
      {save.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(save.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <AgreementFields idPrefix={`afspraak-${agreement.id}`} values={values} onChange={setValues} errors={errors} partners={partners} />
      <div className="volgspot-actions">
        <button type="submit" aria-disabled={save.isPending || undefined}>
          {save.isPending ? adminMessages.common.saving : m.save}
        </button>
        <button type="button" className="button--secondary" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
