import { Link } from "react-router";
import type { User } from "@zorgpact/domain/account";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { messages } from "../../messages.ts";

function PactsCell({ user, pactNames }: { user: User; pactNames: ReadonlyMap<string, string> }) {
  if (user.role === "national_admin") return <span className="muted">{messages.users.allPacts}</span>;
  if (user.pactIds.length === 0) return <span className="muted">{messages.users.noPacts}</span>;
  const names = user.pactIds.map((id) => pactNames.get(id) ?? id).sort((a, b) => a.localeCompare(b, "nl"));
  return (
    <ul className="plain-list compact-list">
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

export function UserTable({ users, pactNames, currentUserId }: { users: readonly User[]; pactNames: ReadonlyMap<string, string>; currentUserId: string }) {
  const { columns } = messages.users;
  return (
    <TableWrap label={messages.users.caption}>
      <table className="data-table">
        <caption>{messages.users.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.name}</th>
            <th scope="col">{columns.email}</th>
            <th scope="col">{columns.role}</th>
            <th scope="col">{columns.pacts}</th>
            <th scope="col">{columns.active}</th>
            <th scope="col">{columns.lastLogin}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.active ? undefined : "row--inactive"}>
              <th scope="row">
                <Link to={`/gebruikers/${user.id}`}>{user.name}</Link>
                {user.id === currentUserId ? <span className="muted"> {messages.users.you}</span> : null}
              </th>
              <td className="break">{user.email}</td>
              <td>{messages.roles[user.role]}</td>
              <td>
                <PactsCell user={user} pactNames={pactNames} />
              </td>
              <td>{user.active ? messages.users.yes : <strong>{messages.users.no}</strong>}</td>
              <td>{user.lastLoginAt ? formatTimestamp(user.lastLoginAt) : <span className="muted">{messages.users.neverLoggedIn}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
