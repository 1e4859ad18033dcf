import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { passwordResetRequestSchema } from "@zorgpact/domain/account-token";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure, FormStatus } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { messages } from "../../messages.ts";
import { accountMessages } from "../../messages/accounts.ts";
import { trpc } from "../../trpc.ts";

const text = accountMessages.forgot;

/** "Wachtwoord vergeten?": asks for a link by e-mail; the answer is the same for every address. */
export function ForgotPasswordPage() {
  useDocumentTitle(text.title, messages.siteName);
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);

  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions({ onError: (error) => setErrors(apiFieldErrors(error)) }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    request.reset();
    const result = validate(passwordResetRequestSchema, { email });
    setErrors(result.errors);
    if (result.ok) request.mutate(result.data);
  };

  return (
    <div className="narrow">
      <h1>{text.heading}</h1>
      <p>{text.intro}</p>
      {request.isError ? (
        <FormAlert title={text.failed}>
          <p>{formFailure(request.error, text.checkFields)}</p>
        </FormAlert>
      ) : null}
      <FormStatus>{request.isSuccess ? request.data.message : null}</FormStatus>
      {request.isSuccess ? <p>{text.noMail}</p> : null}
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={text.heading}>
        <TextField
          id="vergeten-email"
          name="email"
          type="email"
          label={text.email}
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={email}
          onValueChange={setEmail}
          error={errors["email"]}
          required
        />
        <div className="form-actions">
          <button type="submit" aria-disabled={request.isPending || undefined}>
            {request.isPending ? text.submitting : text.submit}
          </button>
          <Link to="/inloggen">{text.backToLogin}</Link>
        </div>
      </form>
    </div>
  );
}
