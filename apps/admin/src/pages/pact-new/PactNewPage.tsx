import "../pact-edit/pact-edit.css";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { pactCreateInputSchema, pactKinds, slugify, type PactKind } from "@zorgpact/domain/pact";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { pactKindLabels } from "@zorgpact/ui/labels.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { adminMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { RegionSelect, ThemePicker } from "../pact-edit/BasicFields.tsx";
import { SelectField, TextAreaField } from "../../forms/fields.tsx";

const m = adminMessages.pactNew;

interface NewPactValues {
  kind: PactKind;
  name: string;
  /** null while the suggestion from the name is used. */
  slug: string | null;
  regionId: string;
  description: string;
  startDate: string;
  contactName: string;
  contactEmail: string;
  themeIds: string[];
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
  useDocumentTitle(m.title, messages.siteName);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<NewPactValues>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const set = <K extends keyof NewPactValues>(key: K, value: NewPactValues[K]) => setValues({ ...values, [key]: value });
  const suggested = values.name.trim() ? slugify(values.name) : "";
  const slug = values.slug ?? suggested;

  const create = useMutation(
    trpc.pact.create.mutationOptions({
      async onSuccess(pact) {
        queryClient.setQueryData(trpc.pact.getForEdit.queryKey({ id: pact.id }), pact);
        await queryClient.invalidateQueries({ queryKey: trpc.pact.listManaged.queryKey() });
        await navigate(`/zorgpacten/${pact.id}`, { state: { notice: adminMessages.pactEdit.created(pact.name) } });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.reset();
    const result = validate(pactCreateInputSchema, {
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
    });
    setErrors(result.errors);
    if (result.ok) create.mutate(result.data);
  };

  return (
    <>
      <p className="back-link">
        <Link to="/zorgpacten">← {adminMessages.pactEdit.back}</Link>
      </p>
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
      {create.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(create.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <form ref={formRef} className="form-stack form-stack--wide" noValidate onSubmit={onSubmit} aria-label={m.heading}>
        <SelectField id="nieuw-soort" name="kind" label={m.kind} value={values.kind} onValueChange={(v) => set("kind", v as PactKind)} error={errors["kind"]}>
          {pactKinds.map((kind) => (
            <option key={kind} value={kind}>
              {pactKindLabels[kind]}
            </option>
          ))}
        </SelectField>
        <TextField
          id="nieuw-naam"
          name="name"
          label={m.name}
          autoComplete="off"
          value={values.name}
          onValueChange={(v) => set("name", v)}
          error={errors["name"]}
          required
        />
        <TextField
          id="nieuw-slug"
          name="slug"
          label={m.slug}
          hint={values.slug === null ? m.slugHint(slug) : m.slugHintOwn(slug)}
          autoComplete="off"
          spellCheck={false}
          value={slug}
          onValueChange={(v) => set("slug", v)}
          error={errors["slug"]}
        />
        <RegionSelect
          id="nieuw-regio"
          value={values.regionId}
          onChange={(v) => set("regionId", v)}
          error={errors["regionId"]}
          label={`${m.region} ${adminMessages.common.optional}`}
        />
        <TextAreaField
          id="nieuw-beschrijving"
          name="description"
          label={`${m.description} ${adminMessages.common.optional}`}
          rows={5}
          value={values.description}
          onValueChange={(v) => set("description", v)}
          error={errors["description"]}
        />
        <TextField
          id="nieuw-startdatum"
          name="startDate"
          type="date"
          label={`${m.startDate} ${adminMessages.common.optional}`}
          value={values.startDate}
          onValueChange={(v) => set("startDate", v)}
          error={errors["startDate"]}
        />
        <TextField
          id="nieuw-contactpersoon"
          name="contactName"
          label={`${m.contactName} ${adminMessages.common.optional}`}
          autoComplete="off"
          value={values.contactName}
          onValueChange={(v) => set("contactName", v)}
          error={errors["contactName"]}
        />
        <TextField
          id="nieuw-contact-email"
          name="contactEmail"
          type="email"
          label={`${m.contactEmail} ${adminMessages.common.optional}`}
          autoComplete="off"
          spellCheck={false}
          value={values.contactEmail}
          onValueChange={(v) => set("contactEmail", v)}
          error={errors["contactEmail"]}
        />
        <ThemePicker idPrefix="nieuw" current={[]} selected={values.themeIds} onChange={(ids) => set("themeIds", ids)} error={errors["themeIds"]} />
        <div className="form-actions">
          <button type="submit" aria-disabled={create.isPending || undefined}>
            {create.isPending ? m.creating : m.create}
          </button>
          <Link to="/zorgpacten">{adminMessages.common.cancel}</Link>
        </div>
      </form>
    </>
  );
}
