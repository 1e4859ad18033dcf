import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { userCreateInputSchema } from "@zorgpact/domain/account";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { emptyUserForm, userFormInput, type UserFormValues } from "./user-form.ts";
import { UserFields } from "./UserFields.tsx";

export function NewUserPage() {
  useDocumentTitle(messages.users.newUser, messages.siteName);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<UserFormValues>(emptyUserForm);
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);

  const create = useMutation(
    trpc.user.create.mutationOptions({
      async onSuccess(user) {
        await queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
        await navigate("/gebruikers", { state: { notice: messages.users.created(user.name) } });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.reset();
    const result = validate(userCreateInputSchema, { ...userFormInput(values), password });
    setErrors(result.errors);
    if (result.ok) create.mutate(result.data);
  };

  return (
    <>
      <p className="back-link">
        <Link to="/gebruikers">← {messages.users.backToList}</Link>
      </p>
      <h1>{messages.users.newUser}</h1>
      {create.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(create.error, messages.userForm.checkFields)}</p>
        </FormAlert>
      ) : null}
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={messages.users.newUser}>
        <UserFields idPrefix="nieuw" values={values} onChange={setValues} errors={errors} />
        <TextField
          id="nieuw-wachtwoord"
          name="password"
          type="password"
          label={messages.userForm.password}
          hint={messages.userForm.passwordHint}
          autoComplete="new-password"
          value={password}
          onValueChange={setPassword}
          error={errors["password"]}
          required
        />
        <div className="form-actions">
          <button type="submit" aria-disabled={create.isPending || undefined}>
            {create.isPending ? messages.userForm.creating : messages.userForm.create}
          </button>
          <Link to="/gebruikers">{messages.userForm.cancel}</Link>
        </div>
      </form>
    </>
  );
}
