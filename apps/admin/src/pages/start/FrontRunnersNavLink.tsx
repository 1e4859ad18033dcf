import { useQuery } from "@tanstack/react-query";
import { NavLink } from "react-router";
import { adminMessages } from "../../messages.ts";
import { startMessages } from "../../messages/start.ts";
import { trpc } from "../../trpc.ts";

/** "Koplopers" in the national team's menu, with the number of applications waiting for review. */
export function FrontRunnersNavLink() {
  const count = useQuery(trpc.workQueue.frontRunnersWaiting.queryOptions(undefined, { staleTime: 60_000, refetchInterval: 5 * 60_000 }));
  const waiting = count.data?.waiting ?? 0;
  return (
    <NavLink to="/koplopers">
      {adminMessages.nav.frontRunners}
      {waiting > 0 ? (
        <>
          <span className="nav-count" aria-hidden="true">
            {waiting}
          </span>
          <span className="visually-hidden">{startMessages.frontRunnersWaiting(waiting)}</span>
        </>
      ) : null}
    </NavLink>
  );
}
