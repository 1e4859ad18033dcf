import { useQuery } from "@tanstack/react-query";
import { Navigate, Outlet, useLocation } from "react-router";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { messages } from "../messages.ts";
import { trpc } from "../trpc.ts";
import { loginPathFor } from "./return-path.ts";
import { lastSignOut } from "./sign-out.ts";
import { SignedInUserContext } from "./signed-in-user.ts";

/**
 * The auth guard: every page behind it needs a signed-in user, as `auth.me` says. Without one
 * (never signed in, signed out, or a session that ended, see trpc.ts) the user goes to the login
 * page, with the reason, and comes back to this page afterwards.
 */
export function RequireAuth() {
  const location = useLocation();
  const me = useQuery(trpc.auth.me.queryOptions());

  if (me.isPending) return <LoadingState label={messages.auth.checking} />;
  if (me.isError) return <ErrorState onRetry={() => void me.refetch()} />;

  const { user, sessionEnded } = me.data;
  if (!user) {
    const signOut = lastSignOut();
    const notice = signOut ? signOut.notice : sessionEnded ? messages.auth.sessionEnded[sessionEnded] : null;
    const keepReturnPath = signOut?.keepReturnPath ?? true;
    const to = loginPathFor(keepReturnPath ? `${location.pathname}${location.search}` : null);
    return <Navigate to={to} state={notice ? { notice } : null} replace />;
  }

  return (
    <SignedInUserContext value={user}>
      <Outlet />
    </SignedInUserContext>
  );
}
