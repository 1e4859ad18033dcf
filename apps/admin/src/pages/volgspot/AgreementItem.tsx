import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { agreementStatuses, agreementStatusInputSchema, agreementUpdateInputSchema, type Agreement, type AgreementStatus } from "@zorgpact/domain/volgspot";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { SelectField, TextAreaField } from "../../forms/fields.tsx";
import { RemoveDialog, type RemoveDialogTexts } from "../../lists/RemoveDialog.tsx";
import { commonMessages } from "../../messages/common.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";
import { trpc } from "../../trpc.ts";
import { AgreementFields, type AgreementValues } from "./AgreementFields.tsx";
import { AgreementLine } from "./AgreementLine.tsx";

const m = volgspotMessages.agreements;
const removeTexts: RemoveDialogTexts = { removeTitle: m.removeTitle, removeConfirm: m.remove, removing: m.removing, removeBody: m.removeBody };

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
      <RemoveDialog
        row={confirmRemove ? agreement : null}
        name={(shown) => shown.text}
        texts={removeTexts}
        action={remove}
        onConfirm={(shown) => remove.mutate({ id: shown.id, version: shown.version })}
        onCancel={() => {
          setConfirmRemove(false);
          remove.reset();
        }}
      />
    </li>
  );
}

function StatusForm({ agreement, onDone, onCancel }: { agreement: Agreement; onDone: () => void; onCancel: () => void }) {
  const save = useMutation(trpc.volgspot.setAgreementStatus.mutationOptions());
  const form = useZodForm({
    schema: agreementStatusInputSchema,
    defaultValues: { status: agreement.status, reason: agreement.statusReason ?? "" },
    toInput: (v) => ({ id: agreement.id, version: agreement.version, status: v.status, reason: v.status === "dropped" ? v.reason : "" }),
    submit: save.mutateAsync,
    savedMessage: null,
    onSaved: onDone,
  });
  const id = `afspraak-${agreement.id}`;
  const status = form.bind("status");
  return (
    <ZodFormView
      form={form}
      label={m.statusLabel(agreement.text)}
      submitLabel={m.setStatus}
      pendingLabel={commonMessages.saving}
      actions={<CancelButton onCancel={onCancel} />}
    >
      <SelectField id={`${id}-status`} label={m.status} {...status} onValueChange={(v) => status.onValueChange(v as AgreementStatus)}>
        {agreementStatuses.map((s) => (
          <option key={s} value={s}>
            {volgspotMessages.agreementStatus[s]}
          </option>
        ))}
      </SelectField>
      {status.value === "dropped" ? <TextAreaField id={`${id}-reden`} label={m.reasonLabel} {...form.bind("reason")} rows={2} required /> : null}
    </ZodFormView>
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
  const save = useMutation(trpc.volgspot.updateAgreement.mutationOptions());
  const form = useZodForm({
    schema: agreementUpdateInputSchema,
    defaultValues: { text: agreement.text, ownerOrganisationId: agreement.ownerOrganisationId, dueOn: agreement.dueOn } satisfies AgreementValues,
    toInput: (values) => ({ id: agreement.id, version: agreement.version, ...values }),
    submit: save.mutateAsync,
    savedMessage: null,
    onSaved: onDone,
  });
  return (
    <ZodFormView
      form={form}
      label={m.editLabel(agreement.text)}
      submitLabel={m.save}
      pendingLabel={commonMessages.saving}
      actions={<CancelButton onCancel={onCancel} />}
    >
      <AgreementFields idPrefix={`afspraak-${agreement.id}`} values={form.values} onChange={form.setValues} errors={form.errors} partners={partners} />
    </ZodFormView>
  );
}

function CancelButton({ onCancel }: { onCancel: () => void }) {
  return (
    <button type="button" className="button--secondary" onClick={onCancel}>
      {m.cancel}
    </button>
  );
}
