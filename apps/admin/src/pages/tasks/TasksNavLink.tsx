import "./tasks.css";
import { useQuery } from "@tanstack/react-query";
import { NavLink } from "react-router";
import { taskMessages } from "../../messages/task.ts";
import { trpc } from "../../trpc.ts";

/** "Mijn taken" in the menu, with the number of open tasks (and, for the national team, undelivered e-mail). */
export function TasksNavLink() {
  const count = useQuery(trpc.task.count.queryOptions(undefined, { staleTime: 60_000, refetchInterval: 5 * 60_000 }));
  const open = count.data ? count.data.open + count.data.failedMail : 0;
  return (
    <NavLink to="/taken">
      {taskMessages.nav}
      {open > 0 ? (
        <>
          <span className="nav-count" aria-hidden="true">
            {open}
          </span>
          <span className="visually-hidden">{taskMessages.navCountLong(open)}</span>
        </>
      ) : null}
    </NavLink>
  );
}
