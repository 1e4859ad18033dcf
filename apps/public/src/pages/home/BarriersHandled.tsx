import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { formatNumber } from "@zorgpact/ui/format.ts";
import { messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";

/** The number of barriers handled, counted from the register (`barrier.stats`); quiet while it loads or fails. */
export function BarriersHandled() {
  const stats = useQuery(trpc.barrier.stats.queryOptions());
  if (!stats.data) return null;
  return (
    <>
      <h3>{messages.home.barriersHeading}</h3>
      <div className="card figure figures">
        <p>
          <span className="figure__number">{formatNumber(stats.data.total)}</span>{" "}
          <span className="figure__label">{messages.home.barriersLabel(stats.data.total)}</span>
        </p>
        <p className="muted">{messages.home.barriersNote}</p>
        <p>
          <Link to="/ruimte-in-de-regels">{messages.home.barriersLink}</Link>
        </p>
      </div>
    </>
  );
}
