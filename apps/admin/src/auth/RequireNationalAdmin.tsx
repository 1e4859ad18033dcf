import { Outlet } from "react-router";
import { NoAccessPage } from "../pages/no-access/NoAccessPage.tsx";
import { isNationalAdmin, useSignedInUser } from "./signed-in-user.ts";

/** Pages for the national team only; a regional editor sees "Geen toegang" (the API refuses them too). */
export function RequireNationalAdmin() {
  const user = useSignedInUser();
  return isNationalAdmin(user) ? <Outlet /> : <NoAccessPage />;
}
