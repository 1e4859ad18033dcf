import { useMutation } from "@tanstack/react-query";
import { useId, useRef } from "react";
import { ambitionAddInputSchema, type AgendaIssue } from "@zorgpact/domain/agenda";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { useAgendaStatus } from "./agenda-status.ts";
import { AmbitionItem } from "./AmbitionItem.tsx";
import { TextAreaField } from "../../forms/fields.tsx";

/** The ambitions of an issue: the long-term effects it aims for ("effecten zijn je kompas"). */
export function AmbitionsSection({ issue }: { issue: AgendaIssue }) {
  const { invalidate } = useAgenda();
  const status = useAgendaStatus();
  const m = agendaMessages.ambitions;
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const add = useMutation(trpc.agenda.addAmbition.mutationOptions());
  const form = useZodForm({
    schema: ambitionAddInputSchema,
    defaultValues: { statement: "" },
    toInput: ({ statement }) => ({ issueId: issue.id, statement }),
    async submit(input) {
      status.clear();
      return add.mutateAsync(input);
    },
    savedMessage: null,
    onSaved() {
      status.show(m.added);
      void invalidate();
      return { statement: "" };
    },
  });
  const headingId = `${id}-kop`;

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
      <ZodFormView form={form} label={m.add} submitLabel={m.add} pendingLabel={agendaMessages.common.saving}>
        <TextAreaField id={`${id}-nieuw`} label={m.newStatement} rows={2} {...form.bind("statement")} />
      </ZodFormView>
    </section>
  );
}
