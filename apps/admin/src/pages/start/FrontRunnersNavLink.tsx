import { useQuery } from "@tanstack/react-query";
import { NavLink } from "react-router";
import { adminNavMessages } from "../../messages/common.ts";
import { startMessages } from "../../messages/start.ts";
import { trpc } from "../../trpc.ts";

/** "Koplopers" in the national team's menu, with the number of applications waiting for review. */
export function FrontRunnersNavLink() {
  const count = useQuery(trpc.workQueue.frontRunnersWaiting.queryOptions(undefined, { staleTime: 60_000, refetchInterval: 5 * 60_000 }));
  const waiting = count.data?.waiting ?? 0;
  return (
    // Named in full ("Koplopers, 3 wachten op beoordeling") with the visible number as part of the name.
    <NavLink to="/koplopers">
      {adminNavMessages.frontRunners}
      {waiting > 0 ? (
        <>
          <span className="visually-hidden">{startMessages.frontRunnersBefore}</span>
          <span className="nav-count">{waiting}</span>
          <span className="visually-hidden">{startMessages.frontRunnersAfter(waiting)}</span>
        </>
      ) : null}
    </NavLink>
  );
}
