import { useState } from "react";
import { Link } from "react-router";
import type { User } from "@zorgpact/domain/account";
import type { UserWithInvitation } from "@zorgpact/domain/account-token";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { messages } from "../../messages.ts";
import { userMessages } from "../../messages/users.ts";
import { accountMessages } from "../../messages/accounts.ts";

function PactsCell({ user, pactNames }: { user: User; pactNames: ReadonlyMap<string, string> }) {
  if (user.role === "national_admin") return <span className="muted">{userMessages.users.allPacts}</span>;
  if (user.pactIds.length === 0) return <span className="muted">{userMessages.users.noPacts}</span>;
  const names = user.pactIds.map((id) => pactNames.get(id) ?? id).sort((a, b) => a.localeCompare(b, "nl"));
  return (
    <ul className="plain-list compact-list">
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

/** Active, disabled, or invited and not yet active (with an expired invitation said plainly). */
function UserStatus({ user, now }: { user: UserWithInvitation; now: number }) {
  if (!user.active) return <strong>{accountMessages.status.inactive}</strong>;
  if (user.invitationExpiresAt === null) return <>{accountMessages.status.active}</>;
  if (new Date(user.invitationExpiresAt).getTime() <= now) return <strong>{accountMessages.status.invitationExpired}</strong>;
  return <em>{accountMessages.status.invited}</em>;
}

export function UserTable({
  users,
  pactNames,
  currentUserId,
}: {
  users: readonly UserWithInvitation[];
  pactNames: ReadonlyMap<string, string>;
  currentUserId: string;
}) {
  const { columns } = userMessages.users;
  const [now] = useState(() => Date.now());
  return (
    <TableWrap label={userMessages.users.caption}>
      <table className="data-table">
        <caption>{userMessages.users.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.name}</th>
            <th scope="col">{columns.email}</th>
            <th scope="col">{columns.role}</th>
            <th scope="col">{columns.pacts}</th>
            <th scope="col">{accountMessages.status.column}</th>
            <th scope="col">{columns.lastLogin}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.active ? undefined : "row--inactive"}>
              <th scope="row">
                <Link to={`/gebruikers/${user.id}`}>{user.name}</Link>
                {user.id === currentUserId ? <span className="muted"> {userMessages.users.you}</span> : null}
              </th>
              <td className="break">{user.email}</td>
              <td>{messages.roles[user.role]}</td>
              <td>
                <PactsCell user={user} pactNames={pactNames} />
              </td>
              <td>
                <UserStatus user={user} now={now} />
              </td>
              <td>{user.lastLoginAt ? formatTimestamp(user.lastLoginAt) : <span className="muted">{userMessages.users.neverLoggedIn}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
