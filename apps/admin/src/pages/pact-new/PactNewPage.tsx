import "../pact-edit/pact-edit.css";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { pactCreateInputSchema, pactKinds, slugify, type PactKind } from "@zorgpact/domain/pact";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { pactKindLabels } from "@zorgpact/ui/labels.ts";
import { CreatePage, useCreateForm } from "../../forms/CreatePage.tsx";
import { SelectField } from "../../forms/fields.tsx";
import { pactEditMessages } from "../../messages/pact-edit.ts";
import { pactNewMessages } from "../../messages/pact-new.ts";
import { trpc } from "../../trpc.ts";
import { BasicFields, type PactBasicValues } from "../pact-edit/BasicFields.tsx";

const m = pactNewMessages;

interface NewPactValues extends PactBasicValues {
  kind: PactKind;
  /** null while the suggestion from the name is used. */
  slug: string | null;
}

const empty: NewPactValues = {
  kind: "regional_pact",
  name: "",
  slug: null,
  regionId: "",
  description: "",
  startDate: "",
  contactName: "",
  contactEmail: "",
  themeIds: [],
};

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/** `/zorgpacten/nieuw` (national team): a new pact of any kind, as a draft; then on to its edit page. */
export function PactNewPage() {
  const queryClient = useQueryClient();
  const create = useMutation(trpc.pact.create.mutationOptions());
  const form = useCreateForm({
    schema: pactCreateInputSchema,
    defaultValues: empty,
    toInput: (values: NewPactValues) => ({
      kind: values.kind,
      name: values.name,
      // The suggestion is left to the API, which makes it unique; a slug typed here is checked as is.
      ...(values.slug !== null ? { slug: values.slug.trim() } : {}),
      regionId: values.regionId || null,
      description: values.description,
      startDate: orNull(values.startDate),
      contactName: orNull(values.contactName),
      contactEmail: orNull(values.contactEmail),
      themeIds: values.themeIds,
    }),
    async submit(input) {
      const pact = await create.mutateAsync(input);
      queryClient.setQueryData(trpc.pact.getForEdit.queryKey({ id: pact.id }), pact);
      return pact;
    },
    invalidate: trpc.pact.listManaged.queryKey(),
    next: (pact) => ({ to: `/zorgpacten/${pact.id}`, notice: pactEditMessages.pactEdit.created(pact.name) }),
  });
  const { values, setValues, errors } = form;
  const suggested = values.name.trim() ? slugify(values.name) : "";
  const slug = values.slug ?? suggested;

  return (
    <CreatePage
      form={form}
      back={{ to: "/zorgpacten", label: pactEditMessages.pactEdit.back }}
      heading={m.heading}
      intro={m.intro}
      submitLabel={m.create}
      pendingLabel={m.creating}
    >
      <SelectField id="nieuw-soort" label={m.kind} {...form.bind("kind")} onValueChange={(v) => setValues({ ...values, kind: v as PactKind })}>
        {pactKinds.map((kind) => (
          <option key={kind} value={kind}>
            {pactKindLabels[kind]}
          </option>
        ))}
      </SelectField>
      <BasicFields
        pact={null}
        values={values}
        onChange={setValues}
        errors={errors}
        idPrefix="nieuw"
        isNew
        afterName={
          <TextField
            id="nieuw-slug"
            name="slug"
            label={m.slug}
            hint={values.slug === null ? m.slugHint(slug) : m.slugHintOwn(slug)}
            autoComplete="off"
            spellCheck={false}
            value={slug}
            onValueChange={(v) => setValues({ ...values, slug: v })}
            error={errors["slug"]}
          />
        }
      />
    </CreatePage>
  );
}
