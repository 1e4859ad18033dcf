import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { z } from "zod";
import { passwordSchema, type User } from "@zorgpact/domain/account";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { FormAlert, formFailure, FormStatus } from "../../forms/FormAlert.tsx";
import { NewPasswordFields } from "../../forms/NewPasswordFields.tsx";
import { repeatPasswordError } from "../../forms/password-repeat.ts";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { messages } from "../../messages.ts";
import { userMessages } from "../../messages/users.ts";
import { passwordMessages } from "../../messages/password.ts";
import { trpc } from "../../trpc.ts";

/** The API's input for a reset, as far as the form fills it in. */
const resetFormSchema = z.object({ newPassword: passwordSchema });

/** A new password for someone who lost theirs; they are signed out everywhere. */
export function ResetPasswordSection({
  user,
  onChanged,
  reload,
}: {
  user: User;
  onChanged: (versionBefore: number, versionAfter: number) => void;
  reload: () => Promise<User | undefined>;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [newPassword, setNewPassword] = useState("");
  const [repeatPassword, setRepeatPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  useFocusFirstError(formRef, errors);

  const reset = useMutation(
    trpc.user.resetPassword.mutationOptions({
      async onSuccess() {
        const before = user.version;
        setNewPassword("");
        setRepeatPassword("");
        setDone(true);
        // A new password raises the stored version; the edit form follows if that was the only change.
        const latest = await reload().catch(() => undefined);
        if (latest) onChanged(before, latest.version);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reset.isPending) return;
    reset.reset();
    setDone(false);
    const result = validate(resetFormSchema, { newPassword });
    const repeat = repeatPasswordError(newPassword, repeatPassword);
    setErrors(repeat ? { ...result.errors, repeatPassword: repeat } : result.errors);
    if (result.ok && !repeat) reset.mutate({ id: user.id, newPassword: result.data.newPassword });
  };

  return (
    <section aria-labelledby="reset-kop">
      <h2 id="reset-kop">{userMessages.resetPassword.heading}</h2>
      <p>{userMessages.resetPassword.intro(user.name)}</p>
      {reset.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(reset.error, passwordMessages.checkFields)}</p>
        </FormAlert>
      ) : null}
      <FormStatus>{done ? userMessages.resetPassword.done(user.name) : null}</FormStatus>
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-labelledby="reset-kop">
        <NewPasswordFields
          idPrefix="reset"
          labels={userMessages.resetPassword}
          hint={userMessages.userForm.passwordHint}
          newPassword={newPassword}
          onNewPasswordChange={setNewPassword}
          repeatPassword={repeatPassword}
          onRepeatPasswordChange={setRepeatPassword}
          errors={errors}
        />
        <div className="form-actions">
          <button type="submit" aria-disabled={reset.isPending || undefined}>
            {reset.isPending ? userMessages.resetPassword.submitting : userMessages.resetPassword.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
