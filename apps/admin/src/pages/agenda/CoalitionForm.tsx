import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { coalitionSetInputSchema, type AgendaIssue } from "@zorgpact/domain/agenda";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { roleLabels, sectorLabels } from "@zorgpact/ui/labels.ts";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { useAgendaStatus } from "./agenda-status.ts";
import { ChoiceGroup } from "../../forms/fields.tsx";
import { SaveProblem } from "./SaveProblem.tsx";
import { useLatestVersion } from "./useLatestVersion.ts";

/**
 * The issue's own coalition: a subset of the pact's partners. Until the editor changes a box the
 * form follows what is stored; from the first change it keeps the version it started from.
 */
export function CoalitionForm({ issue }: { issue: AgendaIssue }) {
  const { agenda, invalidate } = useAgenda();
  const status = useAgendaStatus();
  const m = agendaMessages.coalition;
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const stored = issue.coalition.map((o) => o.id);
  const [dirty, setDirty] = useState(false);
  const [selected, setSelected] = useState<string[]>(stored);
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const save = useMutation(
    trpc.agenda.setCoalition.mutationOptions({
      onSuccess: () => {
        setDirty(false);
        status.show(m.saved);
        void invalidate();
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const latest = useLatestVersion(
    issue.version,
    (a) => a.issues.find((i) => i.id === issue.id),
    () => save.reset(),
  );
  const shown = dirty ? selected : stored;
  const headingId = `${id}-kop`;

  const onChange = (ids: string[]) => {
    if (!dirty) latest.setVersion(issue.version);
    setDirty(true);
    setSelected(ids);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    save.reset();
    latest.setLatest("idle");
    status.clear();
    const result = validate(coalitionSetInputSchema, { issueId: issue.id, version: dirty ? latest.version : issue.version, organisationIds: shown });
    setErrors(result.errors);
    if (result.ok) save.mutate(result.data);
  };

  return (
    <section aria-labelledby={headingId} className="agenda-subsection">
      <h3 id={headingId}>{m.heading}</h3>
      {agenda.partners.length === 0 ? (
        <p className="muted">{m.noPartners}</p>
      ) : (
        <>
          <SaveProblem error={save.error} latest={latest.latest} onLoadLatest={() => void latest.loadLatest()} />
          <form ref={formRef} noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="form-stack">
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
              error={errors["organisationIds"]}
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
            <div className="form-actions">
              <button type="submit" aria-disabled={save.isPending || undefined}>
                {save.isPending ? agendaMessages.common.saving : m.save}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
