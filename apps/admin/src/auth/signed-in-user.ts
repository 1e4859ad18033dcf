import { createContext, useContext } from "react";
import type { Me } from "@zorgpact/domain/account";

/** The signed-in user, provided by RequireAuth to every page behind it. */
export const SignedInUserContext = createContext<Me | null>(null);

export function useSignedInUser(): Me {
  const user = useContext(SignedInUserContext);
  if (!user) throw new Error("useSignedInUser buiten RequireAuth gebruikt");
  return user;
}

export function isNationalAdmin(user: Pick<Me, "role">): boolean {
  return user.role === "national_admin";
}
