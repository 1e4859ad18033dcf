import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { passwordChangeInputSchema } from "@zorgpact/domain/account";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure, FormStatus } from "../../forms/FormAlert.tsx";
import { NewPasswordFields } from "../../forms/NewPasswordFields.tsx";
import { repeatPasswordError } from "../../forms/password-repeat.ts";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { messages } from "../../messages.ts";
import { passwordMessages } from "../../messages/password.ts";
import { trpc } from "../../trpc.ts";

/** Change your own password: current, new, and the new one again. */
export function PasswordPage() {
  useDocumentTitle(passwordMessages.title, messages.siteName);
  const formRef = useRef<HTMLFormElement>(null);
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [repeatPassword, setRepeatPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  useFocusFirstError(formRef, errors);

  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess() {
        setCurrentPassword("");
        setNewPassword("");
        setRepeatPassword("");
        setDone(true);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    change.reset();
    setDone(false);
    const result = validate(passwordChangeInputSchema, { currentPassword, newPassword });
    const repeat = repeatPasswordError(newPassword, repeatPassword);
    setErrors(repeat ? { ...result.errors, repeatPassword: repeat } : result.errors);
    if (result.ok && !repeat) change.mutate(result.data);
  };

  const rules = (
    <>
      <p>{passwordMessages.rulesIntro}</p>
      <ul>
        {passwordMessages.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </>
  );

  return (
    <div className="narrow">
      <h1>{passwordMessages.heading}</h1>
      <p>{passwordMessages.otherSessions}</p>
      {change.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(change.error, passwordMessages.checkFields)}</p>
        </FormAlert>
      ) : null}
      <FormStatus>{done ? passwordMessages.done : null}</FormStatus>
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={passwordMessages.heading}>
        <TextField
          id="wachtwoord-huidig"
          name="currentPassword"
          type="password"
          label={passwordMessages.currentPassword}
          autoComplete="current-password"
          value={currentPassword}
          onValueChange={setCurrentPassword}
          error={errors["currentPassword"]}
          required
        />
        <NewPasswordFields
          idPrefix="wachtwoord"
          labels={passwordMessages}
          hint={rules}
          newPassword={newPassword}
          onNewPasswordChange={setNewPassword}
          repeatPassword={repeatPassword}
          onRepeatPasswordChange={setRepeatPassword}
          errors={errors}
        />
        <div className="form-actions">
          <button type="submit" aria-disabled={change.isPending || undefined}>
            {change.isPending ? passwordMessages.submitting : passwordMessages.submit}
          </button>
        </div>
      </form>
    </div>
  );
}
