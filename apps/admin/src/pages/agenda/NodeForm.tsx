import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { nodeCreateInputSchema, nodeUpdateInputSchema, type AgendaNode, type NodeCreateInput, type NodeUpdateInput } from "@zorgpact/domain/agenda";
import type { ChainNodeKind } from "@zorgpact/domain/effect-chain";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import type { DomainSchema } from "@zorgpact/ui/forms/zod-form-resolver.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "./agenda-context.ts";
import { useAgendaLatest } from "./agenda-latest.ts";
import { AgendaFormPanel } from "./AgendaFormPanel.tsx";
import { SelectField } from "../../forms/fields.tsx";
import { nodeFormFields, nodeFormValues } from "./node-form.ts";
import { NodeFields } from "./NodeFields.tsx";

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
  const parentOf = (termId: string) => agenda.terms.find((t) => t.id === termId)?.parentId ?? null;
  const [version, setVersion] = useState(node?.version ?? 1);
  const create = useMutation(trpc.chain.createNode.mutationOptions());
  const update = useMutation(trpc.chain.updateNode.mutationOptions());
  const loadLatest = useAgendaLatest((a) => a.nodes.find((n) => n.id === node?.id), setVersion);
  const form = useZodForm({
    // Editing and creating check different inputs; `submit` sends each to its own procedure.
    schema: (node ? nodeUpdateInputSchema : nodeCreateInputSchema) as DomainSchema<NodeUpdateInput | NodeCreateInput>,
    defaultValues: nodeFormValues(node, parentOf),
    toInput(values) {
      const { fields } = nodeFormFields(kind, values);
      if (node) return { ...fields, id: node.id, version, ...(values.issueId ? { issueId: values.issueId } : {}) };
      return { ...fields, issueId: props.mode === "create" ? props.issueId : "" };
    },
    // What could not even be read (an amount that is not one, an empty choice).
    extraErrors: (values) => nodeFormFields(kind, values).errors,
    submit: (input) => (node ? update.mutateAsync(input as NodeUpdateInput) : create.mutateAsync(input as NodeCreateInput)),
    savedMessage: null,
    onSaved(stored) {
      void invalidate();
      props.onDone(stored);
    },
    ...(node ? { loadLatest } : {}),
  });
  const { values, setValues, errors } = form;

  return (
    <AgendaFormPanel
      form={form}
      level={4}
      heading={node ? m.chain.editHeading(node.title) : m.chain.newHeading[kind]}
      submitLabel={node ? m.node.save : m.node.create}
      onCancel={props.onCancel}
    >
      {(id) => (
        <>
          <NodeFields idPrefix={id} kind={kind} node={node} values={values} onChange={setValues} errors={errors} />
          {node ? (
            <SelectField id={`${id}-issueId`} label={m.node.issue} {...form.bind("issueId")}>
              {node.issueId === null ? <option value="">{m.node.noIssue}</option> : null}
              {agenda.issues.map((issue) => (
                <option key={issue.id} value={issue.id}>
                  {issue.title}
                </option>
              ))}
            </SelectField>
          ) : null}
        </>
      )}
    </AgendaFormPanel>
  );
}
