import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { messages } from "../../messages.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";
import { trpc } from "../../trpc.ts";

const w = volgspotMessages.workflow;

/** A correction of an accepted Volgspot: a new draft revision, after a confirmation. */
export function ReviseButton({ revision, onRevised }: { revision: { id: string; version: number }; onRevised: () => Promise<unknown> }) {
  const [open, setOpen] = useState(false);
  const revise = useMutation(
    trpc.volgspot.revise.mutationOptions({
      async onSuccess() {
        setOpen(false);
        await onRevised();
      },
    }),
  );
  return (
    <>
      <button type="button" className="button--secondary" onClick={() => setOpen(true)}>
        {w.revise}
      </button>
      <ConfirmDialog
        open={open}
        title={w.reviseTitle}
        confirmLabel={w.revise}
        cancelLabel={w.cancel}
        busy={revise.isPending}
        busyLabel={w.revising}
        error={revise.isError ? (apiMessage(revise.error) ?? messages.error.action) : null}
        onConfirm={() => revise.mutate(revision)}
        onCancel={() => {
          setOpen(false);
          revise.reset();
        }}
      >
        <p>{w.reviseBody}</p>
      </ConfirmDialog>
    </>
  );
}
