import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { issueCreateInputSchema, issueUpdateInputSchema, type AgendaIssue, type IssueCreateInput, type IssueUpdateInput } from "@zorgpact/domain/agenda";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import type { DomainSchema } from "@zorgpact/ui/forms/zod-form-resolver.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { useAgendaLatest } from "./agenda-latest.ts";
import { AgendaFormPanel } from "./AgendaFormPanel.tsx";
import { ChoiceGroup, TextAreaField } from "../../forms/fields.tsx";
import { termChoices } from "./taxonomies.ts";

type IssueFormProps =
  | { mode: "create"; onDone: (issue: AgendaIssue) => void; onCancel: () => void }
  | { mode: "edit"; issue: AgendaIssue; onDone: (issue: AgendaIssue) => void; onCancel: () => void };

/** Title, description and themes of an issue: a new one, or an existing one with its `version`. */
export function IssueForm(props: IssueFormProps) {
  const { pactId, agenda, taxonomies, invalidate } = useAgenda();
  const m = agendaMessages.issues;
  const issue = props.mode === "edit" ? props.issue : null;
  const [version, setVersion] = useState(issue?.version ?? 1);
  const create = useMutation(trpc.agenda.createIssue.mutationOptions());
  const update = useMutation(trpc.agenda.updateIssue.mutationOptions());
  const loadLatest = useAgendaLatest((a) => a.issues.find((i) => i.id === issue?.id), setVersion);
  const form = useZodForm({
    // Editing and creating check different inputs; `submit` sends each to its own procedure.
    schema: (issue ? issueUpdateInputSchema : issueCreateInputSchema) as DomainSchema<IssueUpdateInput | IssueCreateInput>,
    defaultValues: { title: issue?.title ?? "", description: issue?.description ?? "", themeIds: issue?.themes.map((t) => t.id) ?? [] },
    toInput: (fields) => (issue ? { ...fields, id: issue.id, version } : { ...fields, pactId }),
    submit: (input) => (issue ? update.mutateAsync(input as IssueUpdateInput) : create.mutateAsync(input as IssueCreateInput)),
    savedMessage: null,
    onSaved(stored) {
      void invalidate();
      props.onDone(stored);
    },
    ...(issue ? { loadLatest } : {}),
  });
  const themes = termChoices(taxonomies.theme, agenda.terms, issue?.themes.map((t) => t.id) ?? []);
  const chosen = form.bind("themeIds");

  return (
    <AgendaFormPanel form={form} heading={issue ? m.editHeading(issue.title) : m.newHeading} submitLabel={issue ? m.save : m.create} onCancel={props.onCancel}>
      {(id) => (
        <>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens on the editor's own click; focus follows into it */}
          <TextField id={`${id}-titel`} label={m.title} {...form.bind("title")} required autoFocus />
          <TextAreaField id={`${id}-omschrijving`} label={`${m.description} ${agendaMessages.common.optional}`} {...form.bind("description")} />
          <ChoiceGroup
            type="checkbox"
            id={`${id}-themas`}
            name="themeIds"
            legend={m.themes}
            hint={m.themesHint}
            error={chosen.error}
            choices={themes.map((t) => ({ value: t.id, label: t.retired ? `${t.label} ${agendaMessages.common.retiredTerm}` : t.label }))}
            selected={chosen.value}
            onChange={chosen.onValueChange}
          />
        </>
      )}
    </AgendaFormPanel>
  );
}
