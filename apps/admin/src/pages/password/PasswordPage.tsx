import { useMutation } from "@tanstack/react-query";
import { passwordChangeInputSchema } from "@zorgpact/domain/account";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { NewPasswordForm, useNewPasswordForm } from "../../forms/NewPasswordForm.tsx";
import { messages } from "../../messages.ts";
import { passwordMessages } from "../../messages/password.ts";
import { trpc } from "../../trpc.ts";

/** Change your own password: current, new, and the new one again. */
export function PasswordPage() {
  useDocumentTitle(passwordMessages.title, messages.siteName);
  const change = useMutation(trpc.auth.changePassword.mutationOptions());
  const form = useNewPasswordForm({
    schema: passwordChangeInputSchema,
    toInput: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
    submit: change.mutateAsync,
    savedMessage: passwordMessages.done,
    onSaved: () => ({ currentPassword: "", newPassword: "", repeatPassword: "" }),
  });

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
      <NewPasswordForm
        form={form}
        idPrefix="wachtwoord"
        label={passwordMessages.heading}
        labels={passwordMessages}
        hint={rules}
        submitLabel={passwordMessages.submit}
        pendingLabel={passwordMessages.submitting}
      >
        <TextField
          id="wachtwoord-huidig"
          type="password"
          label={passwordMessages.currentPassword}
          autoComplete="current-password"
          {...form.bind("currentPassword")}
          required
        />
      </NewPasswordForm>
    </div>
  );
}
