import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { passwordSchema, type User } from "@zorgpact/domain/account";
import { NewPasswordForm, useNewPasswordForm } from "../../forms/NewPasswordForm.tsx";
import { userMessages } from "../../messages/users.ts";
import { trpc } from "../../trpc.ts";

/** The API's input for a reset, as far as the form fills it in (the id is the page's). */
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
  const reset = useMutation(trpc.user.resetPassword.mutationOptions());
  const form = useNewPasswordForm({
    schema: resetFormSchema,
    toInput: ({ newPassword }) => ({ newPassword }),
    submit: ({ newPassword }) => reset.mutateAsync({ id: user.id, newPassword }),
    savedMessage: userMessages.resetPassword.done(user.name),
    async onSaved() {
      const before = user.version;
      // A new password raises the stored version; the edit form follows if that was the only change.
      const latest = await reload().catch(() => undefined);
      if (latest) onChanged(before, latest.version);
      return { currentPassword: "", newPassword: "", repeatPassword: "" };
    },
  });

  return (
    <section aria-labelledby="reset-kop">
      <h2 id="reset-kop">{userMessages.resetPassword.heading}</h2>
      <p>{userMessages.resetPassword.intro(user.name)}</p>
      <NewPasswordForm
        form={form}
        idPrefix="reset"
        label={userMessages.resetPassword.heading}
        labels={userMessages.resetPassword}
        hint={userMessages.userForm.passwordHint}
        submitLabel={userMessages.resetPassword.submit}
        pendingLabel={userMessages.resetPassword.submitting}
      />
    </section>
  );
}
