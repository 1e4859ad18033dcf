import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { ambitionUpdateInputSchema, type Ambition } from "@zorgpact/domain/agenda";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { DeleteButton } from "./DeleteButton.tsx";
import { TextAreaField } from "../../forms/fields.tsx";
import { useAgendaLatest } from "./agenda-latest.ts";

/** One ambition with "Bewerken" (inline, with its version) and "Verwijderen" (after confirmation). */
export function AmbitionItem({
  ambition,
  position,
  onStatus,
  onDeleted,
}: {
  ambition: Ambition;
  position: number;
  onStatus: (text: string | null) => void;
  onDeleted: () => void;
}) {
  const { invalidate } = useAgenda();
  const m = agendaMessages.ambitions;
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const remove = useMutation(
    trpc.agenda.deleteAmbition.mutationOptions({
      onSuccess: () => invalidate(),
      onError: (error) => {
        if (errorCode(error) === "CONFLICT") void invalidate();
      },
    }),
  );
  const close = () => {
    setEditing(false);
    window.setTimeout(() => editRef.current?.focus(), 0);
  };

  return (
    <li>
      {editing ? (
        <AmbitionEditForm
          ambition={ambition}
          onDone={() => {
            onStatus(m.saved);
            close();
          }}
          onCancel={close}
        />
      ) : (
        <>
          <p className="agenda-ambition__text">{ambition.statement}</p>
          <div className="agenda-actions">
            <button
              ref={editRef}
              type="button"
              className="button--secondary button--small"
              onClick={() => {
                onStatus(null);
                setEditing(true);
              }}
            >
              {agendaMessages.common.edit}
              <span className="visually-hidden"> {m.which(position)}</span>
            </button>
            <DeleteButton
              mutation={remove}
              variables={{ id: ambition.id, version: ambition.version }}
              context={` ${m.which(position)}`}
              title={m.deleteTitle}
              onDeleted={onDeleted}
            >
              <p>{m.deleteBody(ambition.statement)}</p>
            </DeleteButton>
          </div>
        </>
      )}
    </li>
  );
}

function AmbitionEditForm({ ambition, onDone, onCancel }: { ambition: Ambition; onDone: () => void; onCancel: () => void }) {
  const { invalidate } = useAgenda();
  const m = agendaMessages.ambitions;
  const id = useId();
  const [version, setVersion] = useState(ambition.version);
  const update = useMutation(trpc.agenda.updateAmbition.mutationOptions());
  const loadLatest = useAgendaLatest((a) => a.issues.flatMap((i) => i.ambitions).find((x) => x.id === ambition.id), setVersion);
  const form = useZodForm({
    schema: ambitionUpdateInputSchema,
    defaultValues: { statement: ambition.statement },
    toInput: ({ statement }) => ({ id: ambition.id, version, statement }),
    submit: update.mutateAsync,
    savedMessage: null,
    onSaved() {
      void invalidate();
      onDone();
    },
    loadLatest,
  });

  return (
    <div className="agenda-panel">
      <ZodFormView
        form={form}
        label={m.save}
        submitLabel={m.save}
        pendingLabel={agendaMessages.common.saving}
        actions={
          <button type="button" className="button--secondary" onClick={onCancel}>
            {agendaMessages.common.cancel}
          </button>
        }
      >
        <TextAreaField
          id={`${id}-ambitie`}
          label={m.statement}
          rows={2}
          {...form.bind("statement")}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens on the editor's own click; focus follows into it
          autoFocus
        />
      </ZodFormView>
    </div>
  );
}
