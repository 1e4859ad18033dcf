import type { Role, User } from "@zorgpact/domain/account";
import type { PactSummary } from "@zorgpact/domain/pact";

/** What the user form edits; the names are the API's input fields, so API errors land on them. */
export interface UserFormValues {
  name: string;
  email: string;
  role: Role;
  pactIds: string[];
}

export const emptyUserForm: UserFormValues = { name: "", email: "", role: "regional_editor", pactIds: [] };

export function userFormValues(user: Pick<User, "name" | "email" | "role" | "pactIds">): UserFormValues {
  return { name: user.name, email: user.email, role: user.role, pactIds: [...user.pactIds] };
}

/** The national team manages every pact: its pact list is not sent (the form keeps it while the role is switched back and forth). */
export function userFormInput(values: UserFormValues): UserFormValues {
  return { ...values, pactIds: values.role === "national_admin" ? [] : values.pactIds };
}

/** Pacts whose name contains the filter text, ignoring case and accents. */
export function filterPacts<T extends Pick<PactSummary, "name">>(pacts: readonly T[], filter: string): T[] {
  const fold = (text: string) =>
    text
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLocaleLowerCase("nl");
  const needle = fold(filter.trim());
  return needle ? pacts.filter((p) => fold(p.name).includes(needle)) : [...pacts];
}

export function togglePact(pactIds: readonly string[], pactId: string, checked: boolean): string[] {
  const without = pactIds.filter((id) => id !== pactId);
  return checked ? [...without, pactId] : without;
}

/** Fields where what the user typed differs from what is now stored (after a CONFLICT). */
export function differingFields(typed: UserFormValues, saved: UserFormValues): (keyof UserFormValues)[] {
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));
  const fields: (keyof UserFormValues)[] = [];
  if (typed.name.trim() !== saved.name) fields.push("name");
  if (typed.email.trim().toLowerCase() !== saved.email) fields.push("email");
  if (typed.role !== saved.role) fields.push("role");
  if (!sameSet(userFormInput(typed).pactIds, saved.pactIds)) fields.push("pactIds");
  return fields;
}
