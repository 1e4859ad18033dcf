import "../pact-edit/pact-edit.css";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { emptyRegionForm, regionInput, type RegionFormValues } from "./region-form.ts";
import { RegionFields } from "./RegionFields.tsx";

const m = adminMessages.regions;

/** `/regios/nieuw` (national team). */
export function NewRegionPage() {
  useDocumentTitle(m.newHeading, messages.siteName);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<RegionFormValues>(emptyRegionForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const create = useMutation(
    trpc.region.create.mutationOptions({
      async onSuccess(region) {
        await queryClient.invalidateQueries({ queryKey: trpc.region.list.queryKey() });
        await navigate("/regios", { state: { notice: m.created(region.name) } });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.reset();
    const result = regionInput(values);
    setErrors(result.errors);
    if (result.ok) create.mutate(result.data);
  };
  return (
    <>
      <p className="back-link">
        <Link to="/regios">← {m.backToList}</Link>
      </p>
      <h1>{m.newHeading}</h1>
      {create.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(create.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={m.newHeading}>
        <RegionFields idPrefix="nieuwe-regio" values={values} onChange={setValues} errors={errors} />
        <div className="form-actions">
          <button type="submit" aria-disabled={create.isPending || undefined}>
            {create.isPending ? m.creating : m.create}
          </button>
          <Link to="/regios">{adminMessages.common.cancel}</Link>
        </div>
      </form>
    </>
  );
}
