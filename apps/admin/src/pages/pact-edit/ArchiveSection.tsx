import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { commonMessages } from "../../messages/common.ts";
import { pactEditMessages } from "../../messages/pact-edit.ts";
import { trpc } from "../../trpc.ts";
import { usePactCache } from "./usePactCache.ts";

const m = pactEditMessages.archive;

/** Archive or restore (national team), each after a confirmation. Nothing is deleted. */
export function ArchiveSection({ pact, onChanged }: { pact: PactEditDetail; onChanged: (sentVersion: number, next: PactEditDetail) => void }) {
  const { store, fetchLatest } = usePactCache(pact.id);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const archived = pact.archivedAt !== null;
  const options = {
    onSuccess(next: PactEditDetail, input: { version: number }) {
      store(next);
      onChanged(input.version, next);
      setOpen(false);
      setDone(next.archivedAt ? m.archived : m.restored);
    },
    onError() {
      // A stale version: fetch the pact again, so trying once more uses the new one.
      void fetchLatest().catch(() => undefined);
    },
  };
  const archive = useMutation(trpc.pact.archive.mutationOptions(options));
  const restore = useMutation(trpc.pact.restore.mutationOptions(options));
  const action = archived ? restore : archive;

  return (
    <section id="archiveren" aria-labelledby="archiveren-kop">
      <h2 id="archiveren-kop">{m.heading}</h2>
      <FormStatus>{done}</FormStatus>
      <p>{m.intro}</p>
      <button
        type="button"
        className={archived ? undefined : "button--danger"}
        onClick={() => {
          action.reset();
          setDone(null);
          setOpen(true);
        }}
      >
        {archived ? m.restore : m.archive}
      </button>
      <ConfirmDialog
        open={open}
        title={archived ? m.restoreTitle : m.archiveTitle}
        confirmLabel={archived ? m.restoreConfirm : m.archiveConfirm}
        cancelLabel={commonMessages.cancel}
        busy={action.isPending}
        busyLabel={archived ? m.restoring : m.archiving}
        error={action.isError ? (apiMessage(action.error) ?? commonMessages.unknownError) : null}
        destructive={!archived}
        onCancel={() => setOpen(false)}
        onConfirm={() => action.mutate({ id: pact.id, version: pact.version })}
      >
        <p>{archived ? m.restoreBody(pact.name) : m.archiveBody(pact.name)}</p>
      </ConfirmDialog>
    </section>
  );
}
