import { useMutation } from "@tanstack/react-query";
import { organisationFieldsSchema } from "@zorgpact/domain/organisation";
import { CreatePage, useCreateForm } from "../../forms/CreatePage.tsx";
import { organisationMessages as m } from "../../messages/organisations.ts";
import { trpc } from "../../trpc.ts";
import { organisationFiltersToParams } from "./organisation-filters.ts";
import { emptyOrganisationForm, organisationSectorErrors, organisationToInput } from "./organisation-form.ts";
import { OrganisationFields } from "./OrganisationFields.tsx";

/** `/organisaties/nieuw`: any signed-in user adds an organisation to the registry; a duplicate name is refused at the field. */
export function NewOrganisationPage() {
  const create = useMutation(trpc.organisation.create.mutationOptions());
  const form = useCreateForm({
    schema: organisationFieldsSchema,
    defaultValues: emptyOrganisationForm,
    toInput: organisationToInput,
    extraErrors: (values) => organisationSectorErrors(values, m.chooseSector),
    submit: create.mutateAsync,
    invalidate: trpc.organisation.list.queryKey(),
    next: (org) => ({ to: `/organisaties?${organisationFiltersToParams({ page: 1, search: org.name }).toString()}`, notice: m.created(org.name) }),
  });
  return (
    <CreatePage form={form} back={{ to: "/organisaties", label: m.backToList }} heading={m.newHeading} submitLabel={m.create} pendingLabel={m.creating}>
      <OrganisationFields idPrefix="nieuwe-organisatie" form={form} />
    </CreatePage>
  );
}
