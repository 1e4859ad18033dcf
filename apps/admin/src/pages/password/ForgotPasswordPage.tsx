import { useMutation } from "@tanstack/react-query";
import { Link } from "react-router";
import { passwordResetRequestSchema } from "@zorgpact/domain/account-token";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { accountMessages } from "../../messages/accounts.ts";
import { trpc } from "../../trpc.ts";

const text = accountMessages.forgot;

/** "Wachtwoord vergeten?": asks for a link by e-mail; the answer is the same for every address. */
export function ForgotPasswordPage() {
  useDocumentTitle(text.title, messages.siteName);
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const form = useZodForm({
    schema: passwordResetRequestSchema,
    defaultValues: { email: "" },
    toInput: (values) => values,
    submit: request.mutateAsync,
    savedMessage: (answer) => answer.message,
  });

  return (
    <div className="narrow">
      <h1>{text.heading}</h1>
      <p>{text.intro}</p>
      <ZodFormView
        form={form}
        label={text.heading}
        problemTitle={text.failed}
        submitLabel={text.submit}
        pendingLabel={text.submitting}
        notice={request.isSuccess ? <p>{text.noMail}</p> : null}
        actions={<Link to="/inloggen">{text.backToLogin}</Link>}
      >
        <TextField
          id="vergeten-email"
          type="email"
          label={text.email}
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          {...form.bind("email")}
          required
        />
      </ZodFormView>
    </div>
  );
}
