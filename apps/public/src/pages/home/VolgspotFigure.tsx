import { useQuery } from "@tanstack/react-query";
import { volgspotFigureMessages as m } from "../../messages/volgspot-figure.ts";
import { trpc } from "../../trpc.ts";

/**
 * "N van M regionale zorgpacten hielden in JAAR een Volgspot": the latest finished year with
 * accepted Volgspots (the API's default), and the year under way when that is another one.
 * Quietly absent while loading or when the figure is not available: the rest of the page stands.
 */
export function VolgspotFigure() {
  const latest = useQuery(trpc.volgspot.overview.queryOptions({}));
  const thisYear = new Date().getFullYear();
  const current = useQuery(trpc.volgspot.overview.queryOptions({ year: thisYear }, { enabled: latest.data !== undefined && latest.data.year !== thisYear }));
  if (!latest.data || latest.data.total === 0) return null;
  return (
    <>
      <h3>{m.heading}</h3>
      <div className="card figure">
        <p>
          <strong>{m.figure(latest.data.held, latest.data.total, latest.data.year)}</strong>
        </p>
        <p>{m.explained}</p>
        {current.data ? <p>{m.soFar(current.data.held, current.data.total, current.data.year)}</p> : null}
      </div>
    </>
  );
}
