import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { nodeCreateInputSchema, nodeUpdateInputSchema, type AgendaNode } from "@zorgpact/domain/agenda";
import type { ChainNodeKind } from "@zorgpact/domain/effect-chain";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { SelectField } from "../../forms/fields.tsx";
import { nodeFormFields, nodeFormValues, type NodeFormValues } from "./node-form.ts";
import { NodeFields } from "./NodeFields.tsx";
import { SaveProblem } from "./SaveProblem.tsx";
import { useLatestVersion } from "./useLatestVersion.ts";

type NodeFormProps =
  | { mode: "create"; kind: ChainNodeKind; issueId: string; onDone: (node: AgendaNode) => void; onCancel: () => void }
  | { mode: "edit"; node: AgendaNode; onDone: (node: AgendaNode) => void; onCancel: () => void };

/**
 * A chain node's form: the fields of its kind, checked with the domain's schema before sending and
 * with the API's field errors shown at the fields. Editing saves with the node's `version` and can
 * move the node to another issue.
 */
export function NodeForm(props: NodeFormProps) {
  const { agenda, invalidate } = useAgenda();
  const m = agendaMessages;
  const node = props.mode === "edit" ? props.node : null;
  const kind = node?.kind ?? (props.mode === "create" ? props.kind : "input");
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const parentOf = (termId: string) => agenda.terms.find((t) => t.id === termId)?.parentId ?? null;
  const [values, setValues] = useState<NodeFormValues>(() => nodeFormValues(node, parentOf));
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);

  const onSuccess = (stored: AgendaNode) => {
    void invalidate();
    props.onDone(stored);
  };
  const onError = (error: unknown) => setErrors(apiFieldErrors(error));
  const create = useMutation(trpc.chain.createNode.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.chain.updateNode.mutationOptions({ onSuccess, onError }));
  const saving = create.isPending || update.isPending;
  const latest = useLatestVersion(
    node?.version ?? 1,
    (a) => a.nodes.find((n) => n.id === node?.id),
    () => update.reset(),
  );
  const headingId = `${id}-kop`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    create.reset();
    update.reset();
    latest.setLatest("idle");
    const { fields, errors: unreadable } = nodeFormFields(kind, values);
    const result = node
      ? validate(nodeUpdateInputSchema, { ...fields, id: node.id, version: latest.version, ...(values.issueId ? { issueId: values.issueId } : {}) })
      : validate(nodeCreateInputSchema, { ...fields, issueId: props.mode === "create" ? props.issueId : "" });
    const all = { ...result.errors, ...unreadable };
    setErrors(all);
    if (!result.ok || Object.keys(unreadable).length > 0) return;
    if (node) update.mutate(result.data as Parameters<typeof update.mutate>[0]);
    else create.mutate(result.data as Parameters<typeof create.mutate>[0]);
  };

  return (
    <div className="agenda-panel">
      <h4 id={headingId} tabIndex={-1}>
        {node ? m.chain.editHeading(node.title) : m.chain.newHeading[kind]}
      </h4>
      <SaveProblem error={create.error ?? update.error} latest={latest.latest} onLoadLatest={node ? () => void latest.loadLatest() : undefined} />
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
        <NodeFields idPrefix={id} kind={kind} node={node} values={values} onChange={setValues} errors={errors} />
        {node ? (
          <SelectField
            id={`${id}-issueId`}
            name="issueId"
            label={m.node.issue}
            value={values.issueId}
            onValueChange={(issueId) => setValues({ ...values, issueId })}
            error={errors["issueId"]}
          >
            {node.issueId === null ? <option value="">{m.node.noIssue}</option> : null}
            {agenda.issues.map((issue) => (
              <option key={issue.id} value={issue.id}>
                {issue.title}
              </option>
            ))}
          </SelectField>
        ) : null}
        <div className="form-actions">
          <button type="submit" aria-disabled={saving || undefined}>
            {saving ? m.common.saving : node ? m.node.save : m.node.create}
          </button>
          <button type="button" className="button--secondary" onClick={props.onCancel}>
            {m.common.cancel}
          </button>
        </div>
      </form>
    </div>
  );
}
