import "../pact-edit/pact-edit.css";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { barrierMessages } from "../../messages/barrier.ts";
import { trpc } from "../../trpc.ts";
import { todayInNetherlands } from "../pact-edit/number-text.ts";
import { barrierCreateInput, emptyBarrierForm, type BarrierFormValues } from "./barrier-form.ts";
import { IntakeFields } from "./BarrierFields.tsx";

const m = barrierMessages.create;

/** `/drempels/nieuw` (national team): a barrier reported by phone, letter or at a meeting. */
export function NewBarrierPage() {
  useDocumentTitle(m.title, messages.siteName);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<BarrierFormValues>(() => emptyBarrierForm(todayInNetherlands()));
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const create = useMutation(
    trpc.barrier.create.mutationOptions({
      async onSuccess(barrier) {
        await queryClient.invalidateQueries({ queryKey: trpc.barrier.list.queryKey() });
        await navigate(`/drempels/${barrier.id}`, { state: { notice: m.created(barrier.reference) } });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.reset();
    const result = barrierCreateInput(values);
    setErrors(result.errors);
    if (result.ok) create.mutate(result.data);
  };
  return (
    <>
      <p className="back-link">
        <Link to="/drempels">← {barrierMessages.detail.back}</Link>
      </p>
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
      {create.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(create.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={m.heading}>
        <IntakeFields idPrefix="nieuwe-drempel" values={values} onChange={setValues} errors={errors} />
        <div className="form-actions">
          <button type="submit" aria-disabled={create.isPending || undefined}>
            {create.isPending ? m.submitting : m.submit}
          </button>
          <Link to="/drempels">{adminMessages.common.cancel}</Link>
        </div>
      </form>
    </>
  );
}
