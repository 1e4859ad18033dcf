import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { mapMessages } from "../../messages/map.ts";
import { trpc } from "../../trpc.ts";
// Imported directly, not lazily: the server renders the map into the page's HTML (a lazy
// component would only render its fallback there); this page is its own chunk already.
import { ProvinceMap } from "./ProvinceMap.tsx";
import { RegionTable } from "./RegionTable.tsx";

const VIEW_PARAM = "weergave";
const TABLE_VIEW = "tabel";

export function MapPage() {
  useDocumentTitle(mapMessages.title, messages.siteName);
  const [params, setParams] = useSearchParams();
  const view = params.get(VIEW_PARAM) === TABLE_VIEW ? "table" : "map";
  const regions = useQuery(trpc.map.regions.queryOptions());
  const show = (next: "map" | "table") => setParams(next === "table" ? { [VIEW_PARAM]: TABLE_VIEW } : {}, { replace: true });

  return (
    <>
      <h1>{mapMessages.heading}</h1>
      <p className="lead">{mapMessages.lead}</p>
      <div role="group" aria-label={mapMessages.viewLabel} className="view-toggle">
        <button type="button" className={view === "map" ? undefined : "button--secondary"} aria-pressed={view === "map"} onClick={() => show("map")}>
          {mapMessages.showMap}
        </button>
        <button type="button" className={view === "table" ? undefined : "button--secondary"} aria-pressed={view === "table"} onClick={() => show("table")}>
          {mapMessages.showTable}
        </button>
      </div>
      {regions.isPending ? (
        <LoadingState />
      ) : regions.isError ? (
        <ErrorState onRetry={() => void regions.refetch()} />
      ) : regions.data.length === 0 ? (
        <EmptyState>{mapMessages.empty}</EmptyState>
      ) : view === "map" ? (
        <ProvinceMap regions={regions.data} />
      ) : (
        <RegionTable regions={regions.data} />
      )}
      <p className="muted attribution">{mapMessages.attribution}</p>
    </>
  );
}
