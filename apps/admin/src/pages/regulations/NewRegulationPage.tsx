import "../pact-edit/pact-edit.css";
import { useMutation } from "@tanstack/react-query";
import { regulationFieldsSchema } from "@zorgpact/domain/regulation";
import { CreatePage, useCreateForm } from "../../forms/CreatePage.tsx";
import { regulationMessages } from "../../messages/regulation.ts";
import { trpc } from "../../trpc.ts";
import { emptyRegulationForm, regulationFieldNames, regulationNumberErrors, regulationToInput } from "./regulation-form.ts";
import { RegulationFields } from "./RegulationFields.tsx";

const m = regulationMessages.create;

/** `/regelingen/nieuw` (national team). */
export function NewRegulationPage() {
  const create = useMutation(trpc.regulation.create.mutationOptions());
  const form = useCreateForm({
    schema: regulationFieldsSchema,
    defaultValues: emptyRegulationForm,
    toInput: regulationToInput,
    extraErrors: regulationNumberErrors,
    fieldNames: regulationFieldNames,
    submit: create.mutateAsync,
    invalidate: trpc.regulation.list.queryKey(),
    next: (regulation) => ({ to: `/regelingen/${regulation.id}`, notice: m.created(regulation.name) }),
  });
  return (
    <CreatePage
      form={form}
      back={{ to: "/regelingen", label: regulationMessages.detail.back }}
      heading={m.heading}
      submitLabel={m.submit}
      pendingLabel={m.submitting}
    >
      <RegulationFields idPrefix="nieuwe-regeling" form={form} />
    </CreatePage>
  );
}
