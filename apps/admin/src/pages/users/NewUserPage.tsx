import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { invitationInputSchema } from "@zorgpact/domain/account-token";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { messages } from "../../messages.ts";
import { userMessages } from "../../messages/users.ts";
import { accountMessages } from "../../messages/accounts.ts";
import { trpc } from "../../trpc.ts";
import { emptyUserForm, userFormInput, type UserFormValues } from "./user-form.ts";
import { UserFields } from "./UserFields.tsx";

const text = accountMessages.invite;

/** A new user is invited by e-mail and chooses their own password through the link; nobody else ever knows it. */
export function NewUserPage() {
  useDocumentTitle(text.title, messages.siteName);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<UserFormValues>(emptyUserForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);

  const invite = useMutation(
    trpc.user.invite.mutationOptions({
      async onSuccess(user) {
        await queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
        await navigate("/gebruikers", { state: { notice: text.sent(user.name, user.email) } });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invite.isPending) return;
    invite.reset();
    const result = validate(invitationInputSchema, userFormInput(values));
    setErrors(result.errors);
    if (result.ok) invite.mutate(result.data);
  };

  return (
    <>
      <p className="back-link">
        <Link to="/gebruikers">← {userMessages.users.backToList}</Link>
      </p>
      <h1>{text.heading}</h1>
      <p>{text.intro}</p>
      {invite.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(invite.error, userMessages.userForm.checkFields)}</p>
        </FormAlert>
      ) : null}
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={text.heading}>
        <UserFields idPrefix="nieuw" values={values} onChange={setValues} errors={errors} />
        <div className="form-actions">
          <button type="submit" aria-disabled={invite.isPending || undefined}>
            {invite.isPending ? text.submitting : text.submit}
          </button>
          <Link to="/gebruikers">{userMessages.userForm.cancel}</Link>
        </div>
      </form>
    </>
  );
}
