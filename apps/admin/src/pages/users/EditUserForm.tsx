import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { userUpdateInputSchema, type User } from "@zorgpact/domain/account";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { LatestUnavailable, useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { messages } from "../../messages.ts";
import { userMessages } from "../../messages/users.ts";
import { pactNames, useAllManagedPacts } from "../../pacts/useAllManagedPacts.ts";
import { trpc } from "../../trpc.ts";
import { differingFields, userFormInput, userFormValues, type UserFormValues } from "./user-form.ts";
import { UserFields } from "./UserFields.tsx";

/**
 * Edits name, e-mail, role and pacts with the `version` it read. When someone else saved in the
 * meantime (CONFLICT), "Nieuwste versie laden" takes the new version while keeping what was typed,
 * and shows what is stored now so the two can be compared.
 */
export function EditUserForm({
  user,
  isSelf,
  version,
  onVersion,
  reload,
}: {
  user: User;
  isSelf: boolean;
  version: number;
  onVersion: (version: number) => void;
  reload: () => Promise<User | undefined>;
}) {
  const queryClient = useQueryClient();
  const [latest, setLatest] = useState<User | null>(null);
  const names = pactNames(useAllManagedPacts().pacts);
  const update = useMutation(trpc.user.update.mutationOptions());
  const form = useZodForm({
    schema: userUpdateInputSchema,
    defaultValues: userFormValues(user),
    toInput: (values) => ({ ...userFormInput(values), id: user.id, version }),
    submit: update.mutateAsync,
    savedMessage: userMessages.userForm.saved,
    onSaved(stored) {
      onVersion(stored.version);
      setLatest(null);
      void queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
      return userFormValues(stored);
    },
    async loadLatest() {
      const stored = await reload().catch(() => undefined);
      if (!stored) throw new LatestUnavailable(messages.error.action);
      onVersion(stored.version);
      setLatest(stored);
      // The comparison below says that the newest version is loaded.
      return "";
    },
  });

  return (
    <section aria-labelledby="gegevens-kop">
      <h2 id="gegevens-kop">{userMessages.userForm.detailsHeading}</h2>
      <ZodFormView
        form={form}
        label={userMessages.userForm.detailsHeading}
        submitLabel={userMessages.userForm.save}
        pendingLabel={userMessages.userForm.saving}
        notice={latest ? <LatestVersion typed={form.values} latest={latest} pactNames={names} /> : null}
      >
        <UserFields idPrefix="gebruiker" values={form.values} onChange={form.setValues} errors={form.errors} roleLocked={isSelf} />
      </ZodFormView>
    </section>
  );
}

/** After "Nieuwste versie laden": what is stored now, with the fields that differ from the form marked. */
function LatestVersion({ typed, latest, pactNames }: { typed: UserFormValues; latest: User; pactNames: ReadonlyMap<string, string> }) {
  const differs = new Set(differingFields(typed, userFormValues(latest)));
  const rows: { key: keyof UserFormValues; label: string; value: string }[] = [
    { key: "name", label: userMessages.userForm.name, value: latest.name },
    { key: "email", label: userMessages.userForm.email, value: latest.email },
    { key: "role", label: userMessages.userForm.role, value: messages.roles[latest.role] },
    {
      key: "pactIds",
      label: userMessages.userForm.pacts,
      value:
        latest.role === "national_admin"
          ? userMessages.users.allPacts
          : latest.pactIds.map((id) => pactNames.get(id) ?? id).join(", ") || userMessages.users.noPacts,
    },
  ];
  return (
    <div className="notice" role="status">
      <p>{userMessages.userForm.latestLoaded}</p>
      <h3>{userMessages.userForm.latestHeading}</h3>
      <dl className="compare-list">
        {rows.map((row) => (
          <div key={row.key} className={differs.has(row.key) ? "compare-list__row compare-list__row--differs" : "compare-list__row"}>
            <dt>{row.label}</dt>
            <dd>
              {row.value}
              {differs.has(row.key) ? <strong> {userMessages.userForm.differs}</strong> : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
