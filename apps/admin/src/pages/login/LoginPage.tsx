import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { Link, Navigate, useLocation, useSearchParams } from "react-router";
import { loginInputSchema } from "@zorgpact/domain/account";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiMessage, retryAfterSeconds } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { FormAlert, SubmitButton } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { RETURN_PARAM, safeReturnPath } from "../../auth/return-path.ts";
import { clearSignOut } from "../../auth/sign-out.ts";
import { messages } from "../../messages.ts";
import { accountMessages } from "../../messages/accounts.ts";
import { clearUserData, HANDLES_UNAUTHORIZED, trpc } from "../../trpc.ts";

function noticeFrom(state: unknown): string | null {
  if (state && typeof state === "object" && "notice" in state && typeof state.notice === "string") return state.notice;
  return null;
}

/** The Dutch text for a failed login: the wait in minutes when throttled, else the API's message. */
function loginFailure(error: unknown): string {
  if (errorCode(error) === "TOO_MANY_REQUESTS") {
    const seconds = retryAfterSeconds(error);
    if (seconds) return messages.auth.tooManyAttempts(Math.ceil(seconds / 60));
  }
  if (errorCode(error) === "BAD_REQUEST") return messages.auth.checkFields;
  return apiMessage(error) ?? messages.error.action;
}

export function LoginPage() {
  useDocumentTitle(messages.auth.title, messages.siteName);
  const [params] = useSearchParams();
  const location = useLocation();
  const notice = noticeFrom(location.state);
  const returnPath = safeReturnPath(params.get(RETURN_PARAM));
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());

  // The notice of the last sign-out is shown now; a later redirect has its own reason.
  useEffect(() => clearSignOut(), []);

  const login = useMutation(trpc.auth.login.mutationOptions({ meta: { [HANDLES_UNAUTHORIZED]: true } }));
  const form = useZodForm({
    schema: loginInputSchema,
    defaultValues: { email: "", password: "" },
    toInput: (values) => values,
    async submit(input) {
      try {
        return await login.mutateAsync(input);
      } catch (error) {
        form.hook.setValue("password", "");
        throw error;
      }
    },
    savedMessage: null,
    onSaved(user) {
      clearSignOut();
      // A fresh start: nothing cached for whoever used this tab before.
      clearUserData();
      queryClient.setQueryData(trpc.auth.me.queryKey(), { user, sessionEnded: null });
    },
  });

  // Signed in (just now, or already): on to where the user was going. The guard reads the same data.
  if (me.data?.user) return <Navigate to={returnPath} replace />;

  return (
    <div className="narrow">
      <h1>{messages.auth.heading}</h1>
      {notice ? (
        <div className="notice" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <p>{messages.auth.intro}</p>
      {login.isError ? (
        <FormAlert title={messages.auth.failed} attach={(element) => form.attachSummary(element)}>
          <p>{loginFailure(login.error)}</p>
        </FormAlert>
      ) : null}
      <form ref={(element) => form.attachForm(element)} className="form-stack" noValidate onSubmit={form.onSubmit} aria-label={messages.auth.heading}>
        <TextField
          id="login-email"
          type="email"
          label={messages.auth.email}
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          {...form.bind("email")}
          required
        />
        <TextField id="login-password" type="password" label={messages.auth.password} autoComplete="current-password" {...form.bind("password")} required />
        <div className="form-actions">
          <SubmitButton pending={form.pending} label={messages.auth.submit} pendingLabel={messages.auth.submitting} />
          <Link to="/wachtwoord-vergeten">{accountMessages.forgot.link}</Link>
        </div>
      </form>
    </div>
  );
}
