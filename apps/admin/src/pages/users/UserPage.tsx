import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import type { UserWithInvitation } from "@zorgpact/domain/account-token";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { messages } from "../../messages.ts";
import { userMessages } from "../../messages/users.ts";
import { trpc } from "../../trpc.ts";
import { AccountSection } from "./AccountSection.tsx";
import { EditUserForm } from "./EditUserForm.tsx";
import { InvitationSection } from "./InvitationSection.tsx";
import { ResetPasswordSection } from "./ResetPasswordSection.tsx";

/** One user: edit the details, disable or enable the account, set a new password. */
export function UserPage() {
  const { id } = useParams();
  const users = useQuery(trpc.user.list.queryOptions());
  const user = users.data?.find((u) => u.id === id);
  useDocumentTitle(user?.name ?? userMessages.users.title, messages.siteName);

  const back = (
    <p className="back-link">
      <Link to="/gebruikers">← {userMessages.users.backToList}</Link>
    </p>
  );
  if (users.isPending) return <LoadingState />;
  if (users.isError) return <ErrorState onRetry={() => void users.refetch()} />;
  if (!user) {
    return (
      <>
        {back}
        <h1>{userMessages.users.notFound}</h1>
      </>
    );
  }
  return (
    <>
      {back}
      <UserDetail key={user.id} user={user} reload={async () => (await users.refetch()).data?.find((u) => u.id === user.id)} />
    </>
  );
}

function UserDetail({ user, reload }: { user: UserWithInvitation; reload: () => Promise<UserWithInvitation | undefined> }) {
  const me = useSignedInUser();
  const isSelf = me.id === user.id;
  // The version the edit form is based on. Our own other changes (enable/disable, new password)
  // raise the stored version by one; the form moves along only when nobody else changed it in between.
  const [formVersion, setFormVersion] = useState(user.version);
  const followOwnChange = (before: number, after: number) => setFormVersion((v) => (v === before && after === before + 1 ? after : v));

  return (
    <>
      <h1>{user.name}</h1>
      <p className="muted">
        {user.email} · {messages.roles[user.role]}
      </p>
      <InvitationSection user={user} />
      <EditUserForm user={user} isSelf={isSelf} version={formVersion} onVersion={setFormVersion} reload={reload} />
      <AccountSection user={user} isSelf={isSelf} onChanged={followOwnChange} reload={reload} />
      <ResetPasswordSection user={user} onChanged={followOwnChange} reload={reload} />
    </>
  );
}
