import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { issueCreateInputSchema, issueUpdateInputSchema, type AgendaIssue } from "@zorgpact/domain/agenda";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { ChoiceGroup, TextAreaField } from "../../forms/fields.tsx";
import { SaveProblem } from "./SaveProblem.tsx";
import { termChoices } from "./taxonomies.ts";
import { useLatestVersion } from "./useLatestVersion.ts";

type IssueFormProps =
  | { mode: "create"; onDone: (issue: AgendaIssue) => void; onCancel: () => void }
  | { mode: "edit"; issue: AgendaIssue; onDone: (issue: AgendaIssue) => void; onCancel: () => void };

/** Title, description and themes of an issue: a new one, or an existing one with its `version`. */
export function IssueForm(props: IssueFormProps) {
  const { pactId, agenda, taxonomies, invalidate } = useAgenda();
  const m = agendaMessages.issues;
  const issue = props.mode === "edit" ? props.issue : null;
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState(issue?.title ?? "");
  const [description, setDescription] = useState(issue?.description ?? "");
  const [themeIds, setThemeIds] = useState<string[]>(issue?.themes.map((t) => t.id) ?? []);
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);

  const onSuccess = (stored: AgendaIssue) => {
    void invalidate();
    props.onDone(stored);
  };
  const onError = (error: unknown) => setErrors(apiFieldErrors(error));
  const create = useMutation(trpc.agenda.createIssue.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.agenda.updateIssue.mutationOptions({ onSuccess, onError }));
  const saving = create.isPending || update.isPending;
  const latest = useLatestVersion(
    issue?.version ?? 1,
    (a) => a.issues.find((i) => i.id === issue?.id),
    () => update.reset(),
  );

  const themes = termChoices(taxonomies.theme, agenda.terms, issue?.themes.map((t) => t.id) ?? []);
  const headingId = `${id}-kop`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    create.reset();
    update.reset();
    latest.setLatest("idle");
    const fields = { title, description, themeIds };
    if (issue) {
      const result = validate(issueUpdateInputSchema, { ...fields, id: issue.id, version: latest.version });
      setErrors(result.errors);
      if (result.ok) update.mutate(result.data);
    } else {
      const result = validate(issueCreateInputSchema, { ...fields, pactId });
      setErrors(result.errors);
      if (result.ok) create.mutate(result.data);
    }
  };

  return (
    <div className="agenda-panel">
      <h3 id={headingId}>{issue ? m.editHeading(issue.title) : m.newHeading}</h3>
      <SaveProblem error={create.error ?? update.error} latest={latest.latest} onLoadLatest={issue ? () => void latest.loadLatest() : undefined} />
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens on the editor's own click; focus follows into it */}
        <TextField id={`${id}-titel`} name="title" label={m.title} value={title} onValueChange={setTitle} error={errors["title"]} required autoFocus />
        <TextAreaField
          id={`${id}-omschrijving`}
          name="description"
          label={`${m.description} ${agendaMessages.common.optional}`}
          value={description}
          onValueChange={setDescription}
          error={errors["description"]}
        />
        <ChoiceGroup
          type="checkbox"
          id={`${id}-themas`}
          name="themeIds"
          legend={m.themes}
          hint={m.themesHint}
          error={errors["themeIds"]}
          choices={themes.map((t) => ({ value: t.id, label: t.retired ? `${t.label} ${agendaMessages.common.retiredTerm}` : t.label }))}
          selected={themeIds}
          onChange={setThemeIds}
        />
        <div className="form-actions">
          <button type="submit" aria-disabled={saving || undefined}>
            {saving ? agendaMessages.common.saving : issue ? m.save : m.create}
          </button>
          <button type="button" className="button--secondary" onClick={props.onCancel}>
            {agendaMessages.common.cancel}
          </button>
        </div>
      </form>
    </div>
  );
}
