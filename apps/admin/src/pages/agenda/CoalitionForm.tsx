import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { coalitionSetInputSchema, type AgendaIssue } from "@zorgpact/domain/agenda";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { roleLabels, sectorLabels } from "@zorgpact/ui/labels.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { useAgendaLatest } from "./agenda-latest.ts";
import { useAgendaStatus } from "./agenda-status.ts";
import { ChoiceGroup } from "../../forms/fields.tsx";

/**
 * The issue's own coalition: a subset of the pact's partners. Until the editor changes a box the
 * form follows what is stored; from the first change it keeps the version it started from.
 */
export function CoalitionForm({ issue }: { issue: AgendaIssue }) {
  const { agenda, invalidate } = useAgenda();
  const status = useAgendaStatus();
  const m = agendaMessages.coalition;
  const id = useId();
  const headingId = `${id}-kop`;
  const stored = issue.coalition.map((o) => o.id);
  // The version the editor's changes started from; null while the form follows what is stored.
  const [startedFrom, setStartedFrom] = useState<number | null>(null);
  const save = useMutation(trpc.agenda.setCoalition.mutationOptions());
  const loadLatest = useAgendaLatest((a) => a.issues.find((i) => i.id === issue.id), setStartedFrom);
  const form = useZodForm({
    schema: coalitionSetInputSchema,
    defaultValues: { organisationIds: stored },
    toInput: ({ organisationIds }) =>
      startedFrom === null
        ? { issueId: issue.id, version: issue.version, organisationIds: stored }
        : { issueId: issue.id, version: startedFrom, organisationIds },
    async submit(input) {
      status.clear();
      return save.mutateAsync(input);
    },
    savedMessage: null,
    onSaved() {
      setStartedFrom(null);
      status.show(m.saved);
      void invalidate();
    },
    loadLatest,
  });
  const shown = startedFrom === null ? stored : form.values.organisationIds;
  const onChange = (ids: string[]) => {
    if (startedFrom === null) setStartedFrom(issue.version);
    form.setValues({ organisationIds: ids });
  };

  return (
    <section aria-labelledby={headingId} className="agenda-subsection">
      <h3 id={headingId}>{m.heading}</h3>
      {agenda.partners.length === 0 ? (
        <p className="muted">{m.noPartners}</p>
      ) : (
        <ZodFormView form={form} label={m.heading} submitLabel={m.save} pendingLabel={agendaMessages.common.saving}>
          <ChoiceGroup
            type="checkbox"
            id={`${id}-partners`}
            name="organisationIds"
            legend={m.legend}
            hint={
              <>
                {m.hint} <span aria-live="polite">{m.chosen(shown.length)}</span>
              </>
            }
            error={form.errors["organisationIds"]}
            choices={agenda.partners.map((p) => ({
              value: p.id,
              label: (
                <>
                  {p.name}{" "}
                  <span className="muted">
                    ({sectorLabels[p.sector]}
                    {p.role === "lead" ? `, ${roleLabels.lead.toLowerCase()}` : ""})
                  </span>
                </>
              ),
            }))}
            selected={shown}
            onChange={onChange}
          />
        </ZodFormView>
      )}
    </section>
  );
}
