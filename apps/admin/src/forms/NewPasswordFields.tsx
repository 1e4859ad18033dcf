import type { ReactNode } from "react";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";

/** A new password typed twice, as on the own-password page and the admin's reset form. */
export function NewPasswordFields({
  idPrefix,
  labels,
  hint,
  newPassword,
  onNewPasswordChange,
  repeatPassword,
  onRepeatPasswordChange,
  errors,
}: {
  idPrefix: string;
  labels: { newPassword: string; repeatPassword: string };
  hint: ReactNode;
  newPassword: string;
  onNewPasswordChange: (value: string) => void;
  repeatPassword: string;
  onRepeatPasswordChange: (value: string) => void;
  errors: FieldErrors;
}) {
  return (
    <>
      <TextField
        id={`${idPrefix}-nieuw`}
        name="newPassword"
        type="password"
        label={labels.newPassword}
        hint={hint}
        autoComplete="new-password"
        value={newPassword}
        onValueChange={onNewPasswordChange}
        error={errors["newPassword"]}
        required
      />
      <TextField
        id={`${idPrefix}-herhaal`}
        name="repeatPassword"
        type="password"
        label={labels.repeatPassword}
        autoComplete="new-password"
        value={repeatPassword}
        onValueChange={onRepeatPasswordChange}
        error={errors["repeatPassword"]}
        required
      />
    </>
  );
}
