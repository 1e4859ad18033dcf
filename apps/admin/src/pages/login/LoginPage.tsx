import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, Navigate, useLocation, useSearchParams } from "react-router";
import { loginInputSchema } from "@zorgpact/domain/account";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, apiMessage, retryAfterSeconds, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { RETURN_PARAM, safeReturnPath } from "../../auth/return-path.ts";
import { clearSignOut } from "../../auth/sign-out.ts";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
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

  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);

  // The notice of the last sign-out is shown now; a later redirect has its own reason.
  useEffect(() => clearSignOut(), []);

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      meta: { [HANDLES_UNAUTHORIZED]: true },
      onSuccess(user) {
        clearSignOut();
        // A fresh start: nothing cached for whoever used this tab before.
        clearUserData();
        queryClient.setQueryData(trpc.auth.me.queryKey(), { user, sessionEnded: null });
      },
      onError(error) {
        setErrors(apiFieldErrors(error));
        setPassword("");
      },
    }),
  );

  // Signed in (just now, or already): on to where the user was going. The guard reads the same data.
  if (me.data?.user) return <Navigate to={returnPath} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    login.reset();
    const result = validate(loginInputSchema, { email, password });
    setErrors(result.errors);
    if (result.ok) login.mutate(result.data);
  };

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
        <div role="alert" className="state state--error">
          <p>
            <strong>{messages.auth.failed}</strong>
          </p>
          <p>{loginFailure(login.error)}</p>
        </div>
      ) : null}
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={messages.auth.heading}>
        <TextField
          id="login-email"
          name="email"
          type="email"
          label={messages.auth.email}
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={email}
          onValueChange={setEmail}
          error={errors["email"]}
          required
        />
        <TextField
          id="login-password"
          name="password"
          type="password"
          label={messages.auth.password}
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={errors["password"]}
          required
        />
        <div className="form-actions">
          <button type="submit" aria-disabled={login.isPending || undefined}>
            {login.isPending ? messages.auth.submitting : messages.auth.submit}
          </button>
          <Link to="/wachtwoord-vergeten">{accountMessages.forgot.link}</Link>
        </div>
      </form>
    </div>
  );
}
