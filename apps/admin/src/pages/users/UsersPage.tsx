import { useQuery } from "@tanstack/react-query";
import { Link, useLocation } from "react-router";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { messages } from "../../messages.ts";
import { userMessages } from "../../messages/users.ts";
import { accountMessages } from "../../messages/accounts.ts";
import { pactNames, useAllManagedPacts } from "../../pacts/useAllManagedPacts.ts";
import { trpc } from "../../trpc.ts";
import { UserTable } from "./UserTable.tsx";

function noticeFrom(state: unknown): string | null {
  if (state && typeof state === "object" && "notice" in state && typeof state.notice === "string") return state.notice;
  return null;
}

export function UsersPage() {
  useDocumentTitle(userMessages.users.title, messages.siteName);
  const me = useSignedInUser();
  const location = useLocation();
  const notice = noticeFrom(location.state);
  const users = useQuery(trpc.user.list.queryOptions());
  const pacts = useAllManagedPacts();

  return (
    <>
      <h1>{userMessages.users.heading}</h1>
      <div role="status">{notice ? <p className="notice notice--ok">{notice}</p> : null}</div>
      <p>{userMessages.users.intro}</p>
      <p>
        <Link to="/gebruikers/nieuw" className="button">
          {accountMessages.invite.heading}
        </Link>
      </p>
      {users.isPending ? (
        <LoadingState />
      ) : users.isError ? (
        <ErrorState onRetry={() => void users.refetch()} />
      ) : users.data.length === 0 ? (
        <EmptyState>{userMessages.users.empty}</EmptyState>
      ) : (
        <>
          <p className="result-count">{userMessages.users.count(users.data.length)}</p>
          <UserTable users={users.data} pactNames={pactNames(pacts.pacts)} currentUserId={me.id} />
        </>
      )}
    </>
  );
}
