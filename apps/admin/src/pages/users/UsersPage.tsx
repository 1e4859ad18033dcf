import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import type { User } from "@zorgpact/domain/account";
import type { UserWithInvitation } from "@zorgpact/domain/account-token";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { DataList, listInHand, type DataListColumn } from "@zorgpact/ui/list/DataList.tsx";
import { ListFilterForm, SearchFilter, SelectFilter } from "@zorgpact/ui/list/ListFilterForm.tsx";
import { urlListFilters } from "@zorgpact/ui/list/list-filters.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { ListPageIntro } from "../../lists/ListPageIntro.tsx";
import { messages } from "../../messages.ts";
import { accountMessages } from "../../messages/accounts.ts";
import { userMessages } from "../../messages/users.ts";
import { pactNames, useAllManagedPacts } from "../../pacts/useAllManagedPacts.ts";
import { trpc } from "../../trpc.ts";
import { filterUsers, USER_PAGE_SIZE, userFilterCodec } from "./user-filters.ts";

const m = userMessages.users;

function PactsCell({ user, names }: { user: User; names: ReadonlyMap<string, string> }) {
  if (user.role === "national_admin") return <span className="muted">{m.allPacts}</span>;
  if (user.pactIds.length === 0) return <span className="muted">{m.noPacts}</span>;
  const sorted = user.pactIds.map((id) => names.get(id) ?? id).sort((a, b) => a.localeCompare(b, "nl"));
  return (
    <ul className="plain-list compact-list">
      {sorted.map((name) => (
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

/** `/gebruikers` (national team): every account, searchable by name or e-mail and by role, 25 to a page. */
export function UsersPage() {
  useDocumentTitle(m.title, messages.siteName);
  const me = useSignedInUser();
  const [now] = useState(() => Date.now());
  const { filters, apply, setPage } = urlListFilters(userFilterCodec, useSearchParams());
  const users = useQuery(trpc.user.list.queryOptions());
  const names = pactNames(useAllManagedPacts().pacts);

  const columns: DataListColumn<UserWithInvitation>[] = [
    {
      header: m.columns.name,
      primary: true,
      cell: (user) => (
        <>
          <Link to={`/gebruikers/${user.id}`}>{user.name}</Link>
          {user.id === me.id ? <span className="muted"> {m.you}</span> : null}
        </>
      ),
    },
    { header: m.columns.email, className: "break", cell: (user) => user.email },
    { header: m.columns.role, cell: (user) => messages.roles[user.role] },
    { header: m.columns.pacts, cell: (user) => <PactsCell user={user} names={names} /> },
    { header: accountMessages.status.column, cell: (user) => <UserStatus user={user} now={now} /> },
    {
      header: m.columns.lastLogin,
      nowrap: true,
      cell: (user) => (user.lastLoginAt ? formatTimestamp(user.lastLoginAt) : <span className="muted">{m.neverLoggedIn}</span>),
    },
  ];

  const list = users.data
    ? listInHand(filterUsers(users.data, filters), filters.page, USER_PAGE_SIZE)
    : { data: undefined, isPending: users.isPending, isError: users.isError, refetch: users.refetch };

  return (
    <>
      <ListPageIntro heading={m.heading} intro={m.intro} add={{ to: "/gebruikers/nieuw", label: accountMessages.invite.heading }} showNotice />
      <DataList
        query={{ ...list, isError: users.isError, refetch: users.refetch }}
        label={m.caption}
        columns={columns}
        rowKey={(user) => user.id}
        rowClassName={(user) => (user.active ? undefined : "row--inactive")}
        empty={userFilterCodec.isActive(filters) ? m.noMatch : m.empty}
        count={m.count}
        onPageChange={setPage}
        filters={
          <ListFilterForm label={m.filtersLabel} codec={userFilterCodec} filters={filters} onChange={apply}>
            <SearchFilter id="gebruiker-zoek" name="zoek" label={m.search} value={filters.search} />
            <SelectFilter
              id="gebruiker-rol"
              name="rol"
              label={m.columns.role}
              value={filters.role ?? ""}
              allLabel={m.allRoles}
              options={Object.entries(messages.roles).map(([value, label]) => ({ value, label }))}
            />
          </ListFilterForm>
        }
      />
    </>
  );
}
