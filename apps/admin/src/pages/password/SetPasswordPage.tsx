import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, type ReactNode } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { setPasswordWithTokenInputSchema } from "@zorgpact/domain/account-token";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { clearSignOut } from "../../auth/sign-out.ts";
import { NewPasswordForm, useNewPasswordForm } from "../../forms/NewPasswordForm.tsx";
import { messages } from "../../messages.ts";
import { passwordMessages } from "../../messages/password.ts";
import { accountMessages } from "../../messages/accounts.ts";
import { clearUserData, trpc } from "../../trpc.ts";

const text = accountMessages.setPassword;

/**
 * The page the link in an invitation or reset e-mail opens, without being signed in. It first asks
 * whether the link still works (and for whom), then sets the password; the API logs the user in.
 */
export function SetPasswordPage() {
  useDocumentTitle(text.title, messages.siteName);
  const [params] = useSearchParams();
  const token = params.get("token")?.trim() ?? "";
  const check = useMutation(trpc.auth.checkAccountToken.mutationOptions());
  const { mutate: checkToken } = check;
  useEffect(() => {
    if (token) checkToken({ token });
  }, [token, checkToken]);

  const linkProblem = (reason: string) => (
    <div className="narrow">
      <h1>{text.linkFailed}</h1>
      <div role="alert" className="state state--error">
        <p>{reason}</p>
      </div>
      <p className="form-actions">
        <Link to="/wachtwoord-vergeten" className="button">
          {text.requestNew}
        </Link>
        <Link to="/inloggen">{text.toLogin}</Link>
      </p>
    </div>
  );

  if (!token) return linkProblem(text.missingToken);
  if (check.isIdle || check.isPending) return <LoadingState label={text.checking} />;
  if (check.isError) return <ErrorState onRetry={() => check.mutate({ token })} />;
  if (!check.data.valid) return linkProblem(check.data.reason);
  return <SetPasswordForm token={token} account={check.data} onLinkFailed={linkProblem} />;
}

function SetPasswordForm({
  token,
  account,
  onLinkFailed,
}: {
  token: string;
  account: { purpose: "invitation" | "password_reset"; email: string; name: string };
  onLinkFailed: (reason: string) => ReactNode;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.auth.setPasswordWithToken.mutationOptions());
  const form = useNewPasswordForm({
    schema: setPasswordWithTokenInputSchema,
    toInput: ({ newPassword }) => ({ token, newPassword }),
    submit: save.mutateAsync,
    savedMessage: null,
    async onSaved(user) {
      clearSignOut();
      // A fresh start: nothing cached for whoever used this tab before.
      clearUserData();
      queryClient.setQueryData(trpc.auth.me.queryKey(), { user, sessionEnded: null });
      await navigate("/", { replace: true });
    },
  });

  // The link stopped working between opening the page and sending (used elsewhere, expired): say so plainly.
  const tokenError = form.errors["token"];
  if (tokenError) return onLinkFailed(tokenError);

  return (
    <div className="narrow">
      <h1>{account.purpose === "invitation" ? text.headingInvitation : text.headingReset}</h1>
      <p>{text.forAccount(account.name, account.email)}</p>
      <p>{text.afterwards}</p>
      <NewPasswordForm
        form={form}
        idPrefix="instellen"
        label={text.heading}
        labels={text}
        hint={
          <>
            <span>{passwordMessages.rulesIntro} </span>
            {passwordMessages.rules.join(" ")}
          </>
        }
        submitLabel={text.submit}
        pendingLabel={text.submitting}
      >
        {/* For password managers: the account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={account.email} readOnly hidden />
      </NewPasswordForm>
    </div>
  );
}
