import type { ReactNode } from "react";
import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";
import type { FieldValues } from "react-hook-form";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import type { FieldNames } from "@zorgpact/ui/forms/form-outcome.ts";
import { useZodForm, type ZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import type { DomainSchema } from "@zorgpact/ui/forms/zod-form-resolver.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../messages.ts";
import { commonMessages } from "../messages/common.ts";

/**
 * A "Nieuw …" form: after the create call the list is refreshed and the page goes where `next`
 * says, carrying the Dutch notice ("… is aangemaakt") in the navigation state.
 */
export function useCreateForm<Values extends FieldValues, Input, Output, Created>(options: {
  schema: DomainSchema<Output, Input>;
  defaultValues: Values;
  toInput: (values: Values) => unknown;
  extraErrors?: (values: Values) => FieldErrors;
  fieldNames?: FieldNames;
  submit: (input: Output) => Promise<Created>;
  /** The list queries to refresh after creating. */
  invalidate: QueryKey;
  next: (created: Created) => { to: string; notice: string };
}): ZodForm<Values> {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { invalidate, next, ...form } = options;
  return useZodForm({
    ...form,
    savedMessage: null,
    async onSaved(created) {
      await queryClient.invalidateQueries({ queryKey: invalidate });
      const { to, notice } = next(created);
      await navigate(to, { state: { notice } });
    },
  });
}

/** The page around a create form: back link, heading, intro, the form and "Annuleren" back to the list. */
export function CreatePage<V extends FieldValues>({
  form,
  back,
  heading,
  intro,
  submitLabel,
  pendingLabel,
  children,
}: {
  form: ZodForm<V>;
  back: { to: string; label: string };
  heading: string;
  intro?: ReactNode;
  submitLabel: string;
  pendingLabel: string;
  children: ReactNode;
}) {
  useDocumentTitle(heading, messages.siteName);
  return (
    <>
      <p className="back-link">
        <Link to={back.to}>← {back.label}</Link>
      </p>
      <h1>{heading}</h1>
      {intro ? <p>{intro}</p> : null}
      <ZodFormView
        form={form}
        label={heading}
        submitLabel={submitLabel}
        pendingLabel={pendingLabel}
        actions={<Link to={back.to}>{commonMessages.cancel}</Link>}
      >
        {children}
      </ZodFormView>
    </>
  );
}
