import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { ambitionUpdateInputSchema, type Ambition } from "@zorgpact/domain/agenda";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { DeleteButton } from "./DeleteButton.tsx";
import { TextAreaField } from "../../forms/fields.tsx";
import { SaveProblem } from "./SaveProblem.tsx";
import { useLatestVersion } from "./useLatestVersion.ts";

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
  const formRef = useRef<HTMLFormElement>(null);
  const [statement, setStatement] = useState(ambition.statement);
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const update = useMutation(
    trpc.agenda.updateAmbition.mutationOptions({
      onSuccess: () => {
        void invalidate();
        onDone();
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const latest = useLatestVersion(
    ambition.version,
    (a) => a.issues.flatMap((i) => i.ambitions).find((x) => x.id === ambition.id),
    () => update.reset(),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    latest.setLatest("idle");
    const result = validate(ambitionUpdateInputSchema, { id: ambition.id, version: latest.version, statement });
    setErrors(result.errors);
    if (result.ok) update.mutate(result.data);
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="form-stack agenda-panel" aria-label={m.save}>
      <SaveProblem error={update.error} latest={latest.latest} onLoadLatest={() => void latest.loadLatest()} />
      <TextAreaField
        id={`${id}-ambitie`}
        name="statement"
        label={m.statement}
        value={statement}
        onValueChange={setStatement}
        error={errors["statement"]}
        rows={2}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens on the editor's own click; focus follows into it
        autoFocus
      />
      <div className="form-actions">
        <button type="submit" aria-disabled={update.isPending || undefined}>
          {update.isPending ? agendaMessages.common.saving : m.save}
        </button>
        <button type="button" className="button--secondary" onClick={onCancel}>
          {agendaMessages.common.cancel}
        </button>
      </div>
    </form>
  );
}
