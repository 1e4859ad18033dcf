import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { NavLink } from "react-router";
import type { Me } from "@zorgpact/domain/account";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { messages } from "../messages.ts";
import { endSession, trpc } from "../trpc.ts";

/** Who is signed in, their role, and the ways out. Signing out clears every cached answer. */
export function UserMenu({ user }: { user: Me }) {
  const [confirmOpen, setConfirmOpen] = useState(false);
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: () => endSession({ notice: messages.auth.loggedOut, keepReturnPath: false }, { clearCache: true }),
    }),
  );
  const logoutEverywhere = useMutation(
    trpc.auth.logoutEverywhere.mutationOptions({
      onSuccess: () => endSession({ notice: messages.auth.loggedOutEverywhere, keepReturnPath: false }, { clearCache: true }),
    }),
  );

  return (
    <nav className="user-menu" aria-label={messages.layout.accountLabel}>
      <p className="user-menu__who">
        <span className="visually-hidden">{messages.layout.signedInAs} </span>
        <span className="user-menu__name">{user.name}</span> <span className="tag">{messages.roles[user.role]}</span>
      </p>
      <ul className="user-menu__actions">
        <li>
          <NavLink to="/wachtwoord">{messages.layout.myPassword}</NavLink>
        </li>
        <li>
          <button type="button" className="header-button" onClick={() => logout.isPending || logout.mutate()} aria-disabled={logout.isPending || undefined}>
            {logout.isPending ? messages.layout.loggingOut : messages.layout.logout}
          </button>
        </li>
        <li>
          <button
            type="button"
            className="header-button"
            aria-haspopup="dialog"
            onClick={() => {
              logoutEverywhere.reset();
              setConfirmOpen(true);
            }}
          >
            {messages.layout.logoutEverywhere}
          </button>
        </li>
      </ul>
      {logout.isError ? (
        <p role="alert" className="user-menu__error">
          {messages.layout.logoutFailed}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirmOpen}
        title={messages.layout.logoutEverywhereTitle}
        confirmLabel={messages.layout.logoutEverywhereConfirm}
        cancelLabel={messages.layout.cancel}
        busy={logoutEverywhere.isPending}
        busyLabel={messages.layout.loggingOut}
        error={logoutEverywhere.isError ? (apiMessage(logoutEverywhere.error) ?? messages.error.action) : null}
        onCancel={() => setConfirmOpen(false)}
        onConfirm={() => logoutEverywhere.mutate()}
      >
        <p>{messages.layout.logoutEverywhereBody}</p>
      </ConfirmDialog>
    </nav>
  );
}
