import "../pact-edit/pact-edit.css";
import { useMutation } from "@tanstack/react-query";
import { regionFieldsSchema } from "@zorgpact/domain/region";
import { CreatePage, useCreateForm } from "../../forms/CreatePage.tsx";
import { regionMessages as m } from "../../messages/regions.ts";
import { trpc } from "../../trpc.ts";
import { emptyRegionForm, regionNumberErrors, regionToInput } from "./region-form.ts";
import { RegionFields } from "./RegionFields.tsx";

/** `/regios/nieuw` (national team). */
export function NewRegionPage() {
  const create = useMutation(trpc.region.create.mutationOptions());
  const form = useCreateForm({
    schema: regionFieldsSchema,
    defaultValues: emptyRegionForm,
    toInput: regionToInput,
    extraErrors: regionNumberErrors,
    submit: create.mutateAsync,
    invalidate: trpc.region.list.queryKey(),
    next: (region) => ({ to: "/regios", notice: m.created(region.name) }),
  });
  return (
    <CreatePage form={form} back={{ to: "/regios", label: m.backToList }} heading={m.newHeading} submitLabel={m.create} pendingLabel={m.creating}>
      <RegionFields idPrefix="nieuwe-regio" form={form} />
    </CreatePage>
  );
}
