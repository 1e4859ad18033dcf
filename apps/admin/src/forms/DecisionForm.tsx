import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import type { DomainSchema } from "@zorgpact/ui/forms/zod-form-resolver.ts";
import { messages } from "../messages.ts";
import { TextAreaField } from "./fields.tsx";

/** The Dutch words of one reviewing flow (a measurement, a Volgspot), already filled in for the record. */
export interface DecisionLabels {
  approve: string;
  approving: string;
  approveTitle: string;
  approveBody: string;
  /** Said after approving. */
  approved: string;
  return: string;
  returning: string;
  returnTitle: string;
  returnBody: string;
  comment: string;
  /** Said after returning. */
  returned: string;
  cancel: string;
}

type Versioned = { id: string; version: number };

export interface DecisionFormProps<ReturnInput> {
  record: Versioned;
  labels: DecisionLabels;
  /** Read after each button's label so it names its record among others, e.g. ": Zorgpact Noord 2026". */
  buttonContext: string;
  /** The return procedure's `.input()` schema: the record and a comment. */
  returnSchema: DomainSchema<ReturnInput>;
  approve: (record: Versioned) => Promise<unknown>;
  sendBack: (input: ReturnInput) => Promise<unknown>;
  onDecided: (notice: string) => Promise<unknown>;
  /** Unique on the page: the comment field's id starts with it. */
  idPrefix: string;
  className: string;
}

/**
 * A reviewer's decision on a submitted record: approve after a confirmation, or send it back
 * with a comment typed in the confirmation (checked with the return procedure's schema).
 */
export function DecisionForm<ReturnInput>({ record, labels, buttonContext, onDecided, className, ...rest }: DecisionFormProps<ReturnInput>) {
  const [dialog, setDialog] = useState<"approve" | "return" | null>(null);
  // A fresh return form each time it opens: no comment or error left from before.
  const [returnOpened, setReturnOpened] = useState(0);
  const approve = useMutation({
    mutationFn: rest.approve,
    async onSuccess() {
      setDialog(null);
      await onDecided(labels.approved);
    },
  });
  const close = () => {
    setDialog(null);
    approve.reset();
  };
  return (
    <>
      <div className={className}>
        <button type="button" onClick={() => setDialog("approve")} aria-label={`${labels.approve}${buttonContext}`}>
          {labels.approve}
        </button>
        <button
          type="button"
          className="button--secondary"
          aria-label={`${labels.return}${buttonContext}`}
          onClick={() => {
            setReturnOpened((n) => n + 1);
            setDialog("return");
          }}
        >
          {labels.return}
        </button>
      </div>
      <ConfirmDialog
        open={dialog === "approve"}
        title={labels.approveTitle}
        confirmLabel={labels.approve}
        cancelLabel={labels.cancel}
        busy={approve.isPending}
        busyLabel={labels.approving}
        error={approve.error ? (apiMessage(approve.error) ?? messages.error.action) : null}
        onConfirm={() => approve.mutate(record)}
        onCancel={close}
      >
        <p>{labels.approveBody}</p>
      </ConfirmDialog>
      <ReturnDialog
        key={returnOpened}
        open={dialog === "return"}
        record={record}
        labels={labels}
        returnSchema={rest.returnSchema}
        sendBack={rest.sendBack}
        commentId={`${rest.idPrefix}-opmerking`}
        onCancel={close}
        onReturned={async () => {
          setDialog(null);
          await onDecided(labels.returned);
        }}
      />
    </>
  );
}

function ReturnDialog<ReturnInput>({
  open,
  record,
  labels,
  returnSchema,
  sendBack,
  commentId,
  onCancel,
  onReturned,
}: {
  open: boolean;
  record: Versioned;
  labels: DecisionLabels;
  returnSchema: DomainSchema<ReturnInput>;
  sendBack: (input: ReturnInput) => Promise<unknown>;
  commentId: string;
  onCancel: () => void;
  onReturned: () => Promise<unknown>;
}) {
  const formId = useId();
  const form = useZodForm({
    schema: returnSchema,
    defaultValues: { comment: "" },
    toInput: ({ comment }) => ({ ...record, comment }),
    submit: sendBack,
    savedMessage: null,
    onSaved: onReturned,
  });
  // The dialog focuses its confirm button on opening; the comment is what to type first.
  useEffect(() => {
    if (open) document.getElementById(commentId)?.focus();
  }, [open, commentId]);
  const comment = form.bind("comment");
  const { attachForm, onSubmit, pending, failure } = form;
  return (
    <ConfirmDialog
      open={open}
      title={labels.returnTitle}
      confirmLabel={labels.return}
      cancelLabel={labels.cancel}
      busy={pending}
      busyLabel={labels.returning}
      // A problem with the comment shows at the comment.
      error={failure && failure.kind !== "fields" ? failure.message : null}
      onConfirm={() => (document.getElementById(formId) as HTMLFormElement | null)?.requestSubmit()}
      onCancel={onCancel}
    >
      <p>{labels.returnBody}</p>
      <form id={formId} ref={attachForm} noValidate onSubmit={onSubmit}>
        <TextAreaField id={commentId} label={labels.comment} rows={3} required {...comment} />
      </form>
    </ConfirmDialog>
  );
}
