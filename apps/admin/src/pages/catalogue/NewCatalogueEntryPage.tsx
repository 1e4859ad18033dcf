import "../pact-edit/pact-edit.css";
import { useMutation } from "@tanstack/react-query";
import { catalogueEntryFieldsSchema } from "@zorgpact/domain/indicator-catalogue";
import { CreatePage, useCreateForm } from "../../forms/CreatePage.tsx";
import { catalogueMessages as m } from "../../messages/catalogue.ts";
import { trpc } from "../../trpc.ts";
import { catalogueToInput, emptyCatalogueForm } from "./catalogue-form.ts";
import { CatalogueFields } from "./CatalogueFields.tsx";

/** `/indicatorcatalogus/nieuw` (national team). */
export function NewCatalogueEntryPage() {
  const create = useMutation(trpc.indicatorCatalogue.create.mutationOptions());
  const form = useCreateForm({
    schema: catalogueEntryFieldsSchema,
    defaultValues: emptyCatalogueForm,
    toInput: catalogueToInput,
    submit: create.mutateAsync,
    invalidate: trpc.indicatorCatalogue.list.queryKey(),
    next: (entry) => ({ to: "/indicatorcatalogus", notice: m.created(entry.name) }),
  });
  return (
    <CreatePage
      form={form}
      back={{ to: "/indicatorcatalogus", label: m.backToList }}
      heading={m.newHeading}
      intro={m.newIntro}
      submitLabel={m.create}
      pendingLabel={m.creating}
    >
      <CatalogueFields idPrefix="nieuwe-catalogusindicator" form={form} showStatus={false} />
    </CreatePage>
  );
}
