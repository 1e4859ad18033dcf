import { describe, expect, it } from "vitest";
import { filterUsers, userFilterCodec } from "./user-filters.ts";

const users = [
  { name: "Anne de Vries", email: "anne@noord.example", role: "regional_editor" as const },
  { name: "Ömer Şahin", email: "omer@landelijk.example", role: "national_admin" as const },
  { name: "Bas Jansen", email: "bas@zuid.example", role: "regional_editor" as const },
];

describe("filterUsers", () => {
  it("finds a user by part of the name or the e-mail address, ignoring case and accents", () => {
    expect(filterUsers(users, { page: 1, search: "omer" }).map((u) => u.name)).toEqual(["Ömer Şahin"]);
    expect(filterUsers(users, { page: 1, search: "ZUID" }).map((u) => u.name)).toEqual(["Bas Jansen"]);
  });

  it("narrows to one role, and keeps everyone without filters", () => {
    expect(filterUsers(users, { page: 1, role: "regional_editor" })).toHaveLength(2);
    expect(filterUsers(users, { page: 1 })).toHaveLength(3);
  });

  it("reads the filters from the URL and drops a role the API does not know", () => {
    expect(userFilterCodec.parse(new URLSearchParams("zoek=anne&rol=regional_editor&pagina=2"))).toEqual({ search: "anne", role: "regional_editor", page: 2 });
    expect(userFilterCodec.parse(new URLSearchParams("rol=koning")).role).toBeUndefined();
  });
});
