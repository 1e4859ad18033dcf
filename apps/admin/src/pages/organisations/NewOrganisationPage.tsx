import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { organisationFiltersToParams } from "./organisation-filters.ts";
import { emptyOrganisationForm, organisationInput, type OrganisationFormValues } from "./organisation-form.ts";
import { OrganisationFields } from "./OrganisationFields.tsx";

const m = adminMessages.organisations;

/** `/organisaties/nieuw`: any signed-in user adds an organisation to the registry; a duplicate name is refused at the field. */
export function NewOrganisationPage() {
  useDocumentTitle(m.newHeading, messages.siteName);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<OrganisationFormValues>(emptyOrganisationForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const create = useMutation(
    trpc.organisation.create.mutationOptions({
      async onSuccess(org) {
        await queryClient.invalidateQueries({ queryKey: trpc.organisation.list.queryKey() });
        const params = organisationFiltersToParams({ page: 1, search: org.name });
        await navigate(`/organisaties?${params.toString()}`, { state: { notice: m.created(org.name) } });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.reset();
    const result = organisationInput(values, m.chooseSector);
    setErrors(result.errors);
    if (result.ok) create.mutate(result.data);
  };
  return (
    <>
      <p className="back-link">
        <Link to="/organisaties">← {m.backToList}</Link>
      </p>
      <h1>{m.newHeading}</h1>
      {create.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(create.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={m.newHeading}>
        <OrganisationFields idPrefix="nieuwe-organisatie" values={values} onChange={setValues} errors={errors} />
        <div className="form-actions">
          <button type="submit" aria-disabled={create.isPending || undefined}>
            {create.isPending ? m.creating : m.create}
          </button>
          <Link to="/organisaties">{adminMessages.common.cancel}</Link>
        </div>
      </form>
    </>
  );
}
