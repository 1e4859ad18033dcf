import "./agenda.css";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState, type ReactNode } from "react";
import { Link, Navigate, Outlet, useLocation, useParams } from "react-router";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { agendaMessages } from "../../messages/agenda.ts";
import { trpc } from "../../trpc.ts";
import { AgendaContext, type AgendaContextValue } from "./agenda-context.ts";
import { agendaParts } from "./agenda-parts.ts";
import { AgendaStatusContext, type AgendaStatus, type AgendaStatusMessage } from "./agenda-status.ts";
import { AgendaHeader } from "./AgendaHeader.tsx";
import { AgendaStatusRegion } from "./AgendaStatusRegion.tsx";
import { useTaxonomies } from "./taxonomies.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `/zorgpacten/:pactId/agenda/*`: the action agenda and effect chain of one pact, for its editors.
 * Loads the agenda once for all parts, and shows the header (parts, completeness) and the one
 * status region above the part's own route.
 */
export function AgendaPage() {
  const { pactId = "" } = useParams();
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  const valid = UUID.test(pactId);
  const options = trpc.agenda.get.queryOptions({ pactId }, { enabled: valid });
  const query = useQuery(options);
  const taxonomies = useTaxonomies();
  const m = agendaMessages;
  const part = agendaParts.find((p) => pathname.endsWith(`/agenda/${p.slug}`));
  const title = query.data ? m.page.title(query.data.pact.name) : m.page.loadingTitle;
  useDocumentTitle(part ? `${m.parts[part.key]} · ${title}` : title, messages.siteName);

  // The message belongs to the part it was given on: another part starts without one.
  const [status, setStatus] = useState<(AgendaStatusMessage & { pathname: string }) | null>(null);
  const counter = useRef(0);
  const statusApi = useMemo<AgendaStatus>(
    () => ({
      show: (text, tone = "ok") => {
        counter.current += 1;
        setStatus({ id: counter.current, text, tone, pathname: window.location.pathname });
      },
      clear: () => setStatus(null),
    }),
    [],
  );

  const agenda = query.data;
  const context = useMemo<AgendaContextValue | null>(
    () =>
      agenda
        ? {
            pactId,
            agenda,
            taxonomies,
            refresh: () => queryClient.fetchQuery({ ...trpc.agenda.get.queryOptions({ pactId }), staleTime: 0 }),
            invalidate: () => queryClient.invalidateQueries({ queryKey: trpc.agenda.get.queryKey({ pactId }) }),
          }
        : null,
    [agenda, pactId, queryClient, taxonomies],
  );

  const back = (
    <p className="back-link">
      <Link to="/zorgpacten">← {m.page.back}</Link>
    </p>
  );
  const code = errorCode(query.error);
  if (!valid || code === "NOT_FOUND" || code === "BAD_REQUEST") return <Problem back={back} text={m.page.notFound} />;
  if (code === "FORBIDDEN") return <Problem back={back} text={m.page.forbidden} />;
  if (query.isPending) return <LoadingState />;
  if (!context) {
    return (
      <>
        {back}
        <h1>{m.page.heading}</h1>
        <ErrorState onRetry={() => void query.refetch()} />
      </>
    );
  }
  const shown = status && window.location.pathname === status.pathname ? status : null;
  return (
    <AgendaContext value={context}>
      <AgendaStatusContext value={statusApi}>
        {back}
        <AgendaHeader />
        <AgendaStatusRegion message={shown} />
        <Outlet />
      </AgendaStatusContext>
    </AgendaContext>
  );
}

/** The bare agenda URL shows the first part. */
export function AgendaFirstPart() {
  return <Navigate to={agendaParts[0].slug} replace />;
}

function Problem({ back, text }: { back: ReactNode; text: string }) {
  return (
    <>
      {back}
      <h1>{agendaMessages.page.heading}</h1>
      <p>{text}</p>
    </>
  );
}
