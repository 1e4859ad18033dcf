import type { ReactNode } from "react";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm, type ZodForm, type ZodFormOptions } from "@zorgpact/ui/forms/useZodForm.ts";
import { NewPasswordFields } from "./NewPasswordFields.tsx";
import { repeatPasswordError } from "./password-repeat.ts";

/** What a new-password form types: the new password twice, and (changing one's own) the current one. */
export interface NewPasswordValues {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

const empty: NewPasswordValues = { currentPassword: "", newPassword: "", repeatPassword: "" };

/** A new-password form on useZodForm: the procedure's schema plus the repeat check only the form can make. */
export function useNewPasswordForm<Input, Output, Result>(
  options: Omit<ZodFormOptions<NewPasswordValues, Input, Output, Result>, "defaultValues" | "extraErrors">,
): ZodForm<NewPasswordValues> {
  return useZodForm({
    ...options,
    defaultValues: empty,
    extraErrors: ({ newPassword, repeatPassword }) => ({ repeatPassword: repeatPasswordError(newPassword, repeatPassword) }),
  });
}

/** The form itself: what comes before the new password (e.g. the current one), then the new password twice and the submit button. */
export function NewPasswordForm({
  form,
  idPrefix,
  label,
  labels,
  hint,
  submitLabel,
  pendingLabel,
  children,
}: {
  form: ZodForm<NewPasswordValues>;
  idPrefix: string;
  label: string;
  labels: { newPassword: string; repeatPassword: string };
  hint: ReactNode;
  submitLabel: string;
  pendingLabel: string;
  children?: ReactNode;
}) {
  const newPassword = form.bind("newPassword");
  const repeatPassword = form.bind("repeatPassword");
  return (
    <ZodFormView form={form} label={label} submitLabel={submitLabel} pendingLabel={pendingLabel}>
      {children}
      <NewPasswordFields
        idPrefix={idPrefix}
        labels={labels}
        hint={hint}
        newPassword={newPassword.value}
        onNewPasswordChange={newPassword.onValueChange}
        repeatPassword={repeatPassword.value}
        onRepeatPasswordChange={repeatPassword.onValueChange}
        errors={form.errors}
      />
    </ZodFormView>
  );
}
