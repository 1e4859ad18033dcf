import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { User } from "@zorgpact/domain/account";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { FormAlert, FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { messages } from "../../messages.ts";
import { userMessages } from "../../messages/users.ts";
import { trpc } from "../../trpc.ts";

/** Disable (after confirmation: the user is signed out at once) or enable an account. */
export function AccountSection({
  user,
  isSelf,
  onChanged,
  reload,
}: {
  user: User;
  isSelf: boolean;
  onChanged: (versionBefore: number, versionAfter: number) => void;
  reload: () => Promise<User | undefined>;
}) {
  const queryClient = useQueryClient();
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const setActive = useMutation(
    trpc.user.setActive.mutationOptions({
      onSuccess(stored, input) {
        onChanged(input.version, stored.version);
        setConfirmOpen(false);
        setDone(stored.active ? userMessages.userAccount.enabled(stored.name) : userMessages.userAccount.disabled(stored.name));
        void queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
      },
      onError(error) {
        // Someone else changed this user: fetch the latest state so a second try can succeed.
        if (errorCode(error) === "CONFLICT") void reload();
      },
    }),
  );
  const failure = setActive.isError ? (apiMessage(setActive.error) ?? messages.error.action) : null;
  const change = (active: boolean) => {
    setDone(null);
    setActive.mutate({ id: user.id, active, version: user.version });
  };

  return (
    <section aria-labelledby="account-kop">
      <h2 id="account-kop">{userMessages.userAccount.heading}</h2>
      <p>{user.active ? userMessages.userAccount.activeStatus : userMessages.userAccount.inactiveStatus}</p>
      <FormStatus>{done}</FormStatus>
      {failure && !confirmOpen ? (
        <FormAlert title={messages.error.title}>
          <p>{failure}</p>
        </FormAlert>
      ) : null}
      {isSelf ? (
        <p className="muted">{userMessages.userAccount.ownAccount}</p>
      ) : user.active ? (
        <button
          type="button"
          className="button--secondary"
          aria-haspopup="dialog"
          onClick={() => {
            setActive.reset();
            setConfirmOpen(true);
          }}
        >
          {userMessages.userAccount.disable}
        </button>
      ) : (
        <button type="button" onClick={() => setActive.isPending || change(true)} aria-disabled={setActive.isPending || undefined}>
          {setActive.isPending ? userMessages.userAccount.busy : userMessages.userAccount.enable}
        </button>
      )}
      <ConfirmDialog
        open={confirmOpen}
        destructive
        title={userMessages.userAccount.disableTitle}
        confirmLabel={userMessages.userAccount.disableConfirm}
        cancelLabel={messages.layout.cancel}
        busy={setActive.isPending}
        busyLabel={userMessages.userAccount.busy}
        error={failure}
        onCancel={() => setConfirmOpen(false)}
        onConfirm={() => change(false)}
      >
        <p>{userMessages.userAccount.disableBody(user.name)}</p>
      </ConfirmDialog>
    </section>
  );
}
