import { useMutation } from "@tanstack/react-query";
import { invitationInputSchema } from "@zorgpact/domain/account-token";
import { CreatePage, useCreateForm } from "../../forms/CreatePage.tsx";
import { userMessages } from "../../messages/users.ts";
import { accountMessages } from "../../messages/accounts.ts";
import { trpc } from "../../trpc.ts";
import { emptyUserForm, userFormInput } from "./user-form.ts";
import { UserFields } from "./UserFields.tsx";

const text = accountMessages.invite;

/** A new user is invited by e-mail and chooses their own password through the link; nobody else ever knows it. */
export function NewUserPage() {
  const invite = useMutation(trpc.user.invite.mutationOptions());
  const form = useCreateForm({
    schema: invitationInputSchema,
    defaultValues: emptyUserForm,
    toInput: userFormInput,
    submit: invite.mutateAsync,
    invalidate: trpc.user.list.queryKey(),
    next: (user) => ({ to: "/gebruikers", notice: text.sent(user.name, user.email) }),
  });
  return (
    <CreatePage
      form={form}
      back={{ to: "/gebruikers", label: userMessages.users.backToList }}
      heading={text.heading}
      intro={text.intro}
      submitLabel={text.submit}
      pendingLabel={text.submitting}
    >
      <UserFields idPrefix="nieuw" values={form.values} onChange={form.setValues} errors={form.errors} />
    </CreatePage>
  );
}
