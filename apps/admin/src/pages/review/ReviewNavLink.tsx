import { useQuery } from "@tanstack/react-query";
import { NavLink } from "react-router";
import { measurementReviewMessages as m } from "../../messages/measurement-review.ts";
import { trpc } from "../../trpc.ts";

/** "Beoordelen" in the menu, with the number of measurements waiting for the signed-in reviewer. */
export function ReviewNavLink() {
  const count = useQuery(trpc.measurementReview.waiting.queryOptions(undefined, { staleTime: 60_000, refetchInterval: 5 * 60_000 }));
  const waiting = count.data?.waiting ?? 0;
  return (
    <NavLink to="/beoordelen">
      {m.nav}
      {waiting > 0 ? (
        <>
          <span className="visually-hidden">{m.navCountBefore}</span>
          <span className="nav-count">{waiting}</span>
          <span className="visually-hidden">{m.navCountAfter(waiting)}</span>
        </>
      ) : null}
    </NavLink>
  );
}
