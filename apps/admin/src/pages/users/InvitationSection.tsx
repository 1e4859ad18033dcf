import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { UserWithInvitation } from "@zorgpact/domain/account-token";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { FormAlert, FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { messages } from "../../messages.ts";
import { accountMessages } from "../../messages/accounts.ts";
import { trpc } from "../../trpc.ts";

const text = accountMessages.invitation;

/** For a user who has not yet used the invitation: when it expires, and a new one on request (the old link stops working). */
export function InvitationSection({ user }: { user: UserWithInvitation }) {
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  const resend = useMutation(
    trpc.user.resendInvitation.mutationOptions({
      async onSuccess(stored) {
        setDone(text.resent(stored.email));
        await queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
      },
    }),
  );
  // Shown while the invitation is open, and once more with the message after a resend.
  if (user.invitationExpiresAt === null && !done) return null;
  const expired = user.invitationExpiresAt !== null && new Date(user.invitationExpiresAt).getTime() <= now;

  return (
    <section aria-labelledby="uitnodiging-kop">
      <h2 id="uitnodiging-kop">{text.heading}</h2>
      {user.invitationExpiresAt ? <p>{expired ? text.expired(user.invitationExpiresAt) : text.pending(user.invitationExpiresAt)}</p> : null}
      <FormStatus>{done}</FormStatus>
      {resend.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{apiMessage(resend.error) ?? messages.error.action}</p>
        </FormAlert>
      ) : null}
      {user.invitationExpiresAt && user.active ? (
        <button
          type="button"
          aria-disabled={resend.isPending || undefined}
          onClick={() => {
            if (resend.isPending) return;
            setDone(null);
            resend.mutate({ id: user.id });
          }}
        >
          {resend.isPending ? text.resending : text.resend}
        </button>
      ) : null}
    </section>
  );
}
