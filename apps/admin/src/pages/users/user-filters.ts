import { roleSchema, type User } from "@zorgpact/domain/account";
import { listFilterCodec, schemaParam, searchParam, type ListFilters } from "@zorgpact/ui/list/list-filters.ts";

/** The users list's filters in the URL: `?zoek=…&rol=…&pagina=…`. */
export const userFilterCodec = listFilterCodec({
  search: searchParam("zoek"),
  role: schemaParam("rol", roleSchema),
});

export type UserFilters = ListFilters<typeof userFilterCodec.params>;

export const USER_PAGE_SIZE = 25;

/**
 * The national team has a few hundred accounts at most, all in one answer: searched here by
 * name or e-mail address (case and accents ignored), and by role.
 */
export function filterUsers<U extends Pick<User, "name" | "email" | "role">>(users: readonly U[], filters: UserFilters): U[] {
  const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("nl");
  const needle = filters.search ? fold(filters.search) : null;
  return users.filter((user) => (!needle || fold(`${user.name} ${user.email}`).includes(needle)) && (!filters.role || user.role === filters.role));
}
