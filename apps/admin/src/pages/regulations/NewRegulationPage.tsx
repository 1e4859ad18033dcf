import "../pact-edit/pact-edit.css";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { regulationMessages } from "../../messages/regulation.ts";
import { trpc } from "../../trpc.ts";
import { emptyRegulationForm, regulationCreateInput, type RegulationFormValues } from "./regulation-form.ts";
import { RegulationFields } from "./RegulationFields.tsx";

const m = regulationMessages.create;

/** `/regelingen/nieuw` (national team). */
export function NewRegulationPage() {
  useDocumentTitle(m.title, messages.siteName);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<RegulationFormValues>(emptyRegulationForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const create = useMutation(
    trpc.regulation.create.mutationOptions({
      async onSuccess(regulation) {
        await queryClient.invalidateQueries({ queryKey: trpc.regulation.list.queryKey() });
        await navigate(`/regelingen/${regulation.id}`, { state: { notice: m.created(regulation.name) } });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.reset();
    const result = regulationCreateInput(values);
    setErrors(result.errors);
    if (result.ok) create.mutate(result.data);
  };
  return (
    <>
      <p className="back-link">
        <Link to="/regelingen">← {regulationMessages.detail.back}</Link>
      </p>
      <h1>{m.heading}</h1>
      {create.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(create.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={m.heading}>
        <RegulationFields idPrefix="nieuwe-regeling" values={values} onChange={setValues} errors={errors} />
        <div className="form-actions">
          <button type="submit" aria-disabled={create.isPending || undefined}>
            {create.isPending ? m.submitting : m.submit}
          </button>
          <Link to="/regelingen">{adminMessages.common.cancel}</Link>
        </div>
      </form>
    </>
  );
}
