import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { ambitionAddInputSchema, type AgendaIssue } from "@zorgpact/domain/agenda";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { useAgendaStatus } from "./agenda-status.ts";
import { AmbitionItem } from "./AmbitionItem.tsx";
import { TextAreaField } from "../../forms/fields.tsx";
import { SaveProblem } from "./SaveProblem.tsx";

/** The ambitions of an issue: the long-term effects it aims for ("effecten zijn je kompas"). */
export function AmbitionsSection({ issue }: { issue: AgendaIssue }) {
  const { invalidate } = useAgenda();
  const status = useAgendaStatus();
  const m = agendaMessages.ambitions;
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [statement, setStatement] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const add = useMutation(
    trpc.agenda.addAmbition.mutationOptions({
      onSuccess: () => {
        setStatement("");
        status.show(m.added);
        void invalidate();
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const headingId = `${id}-kop`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    add.reset();
    status.clear();
    const result = validate(ambitionAddInputSchema, { issueId: issue.id, statement });
    setErrors(result.errors);
    if (result.ok) add.mutate(result.data);
  };

  return (
    <section aria-labelledby={headingId} className="agenda-subsection">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {m.heading}
      </h3>
      <p>{m.intro}</p>
      {issue.ambitions.length === 0 ? (
        <p className="muted">{m.empty}</p>
      ) : (
        <ol className="agenda-ambitions">
          {issue.ambitions.map((ambition, index) => (
            <AmbitionItem
              key={ambition.id}
              ambition={ambition}
              position={index + 1}
              onStatus={(text) => (text ? status.show(text) : status.clear())}
              onDeleted={() => {
                status.show(m.deleted);
                headingRef.current?.focus();
              }}
            />
          ))}
        </ol>
      )}
      <SaveProblem error={add.error} />
      <form ref={formRef} noValidate onSubmit={onSubmit} className="form-stack" aria-label={m.add}>
        <TextAreaField
          id={`${id}-nieuw`}
          name="statement"
          label={m.newStatement}
          value={statement}
          onValueChange={setStatement}
          error={errors["statement"]}
          rows={2}
        />
        <div className="form-actions">
          <button type="submit" aria-disabled={add.isPending || undefined}>
            {add.isPending ? agendaMessages.common.saving : m.add}
          </button>
        </div>
      </form>
    </section>
  );
}
