import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { userUpdateInputSchema, type User } from "@zorgpact/domain/account";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, apiMessage, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { FormAlert, formFailure, FormStatus } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { messages } from "../../messages.ts";
import { userMessages } from "../../messages/users.ts";
import { pactNames, useAllManagedPacts } from "../../pacts/useAllManagedPacts.ts";
import { trpc } from "../../trpc.ts";
import { differingFields, userFormInput, userFormValues, type UserFormValues } from "./user-form.ts";
import { UserFields } from "./UserFields.tsx";

type Conflict = { state: "none" } | { state: "reloaded"; latest: User };

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
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<UserFormValues>(() => userFormValues(user));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState<Conflict>({ state: "none" });
  const [reloading, setReloading] = useState(false);
  const [reloadFailed, setReloadFailed] = useState(false);
  const names = pactNames(useAllManagedPacts().pacts);
  useFocusFirstError(formRef, errors);

  const update = useMutation(
    trpc.user.update.mutationOptions({
      onSuccess(stored) {
        onVersion(stored.version);
        setValues(userFormValues(stored));
        setConflict({ state: "none" });
        setSaved(true);
        void queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const isConflict = update.isError && errorCode(update.error) === "CONFLICT";

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    setSaved(false);
    const result = validate(userUpdateInputSchema, { ...userFormInput(values), id: user.id, version });
    setErrors(result.errors);
    if (result.ok) update.mutate(result.data);
  };

  const loadLatest = async () => {
    setReloading(true);
    setReloadFailed(false);
    try {
      const latest = await reload();
      if (!latest) throw new Error("not found");
      onVersion(latest.version);
      setConflict({ state: "reloaded", latest });
      update.reset();
    } catch {
      setReloadFailed(true);
    } finally {
      setReloading(false);
    }
  };

  return (
    <section aria-labelledby="gegevens-kop">
      <h2 id="gegevens-kop">{userMessages.userForm.detailsHeading}</h2>
      {isConflict ? (
        <FormAlert title={messages.error.title}>
          <p>{apiMessage(update.error)}</p>
          <p>
            <button type="button" onClick={() => void loadLatest()} aria-disabled={reloading || undefined}>
              {reloading ? userMessages.userForm.loadingLatest : userMessages.userForm.loadLatest}
            </button>
          </p>
          {reloadFailed ? <p>{messages.error.action}</p> : null}
        </FormAlert>
      ) : update.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(update.error, userMessages.userForm.checkFields)}</p>
        </FormAlert>
      ) : null}
      {conflict.state === "reloaded" ? <LatestVersion typed={values} latest={conflict.latest} pactNames={names} /> : null}
      <FormStatus>{saved ? userMessages.userForm.saved : null}</FormStatus>
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-labelledby="gegevens-kop">
        <UserFields idPrefix="gebruiker" values={values} onChange={setValues} errors={errors} roleLocked={isSelf} />
        <div className="form-actions">
          <button type="submit" aria-disabled={update.isPending || undefined}>
            {update.isPending ? userMessages.userForm.saving : userMessages.userForm.save}
          </button>
        </div>
      </form>
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
