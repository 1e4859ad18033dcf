import "./agenda.css";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { Link, useParams } from "react-router";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { agendaMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { AgendaContext, type AgendaContextValue } from "./agenda-context.ts";
import { AgendaEditor } from "./AgendaEditor.tsx";
import { useTaxonomies } from "./taxonomies.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/zorgpacten/:pactId/agenda`: the action agenda and effect chain of one pact, for its editors. */
export function AgendaPage() {
  const { pactId = "" } = useParams();
  const queryClient = useQueryClient();
  const valid = UUID.test(pactId);
  const options = trpc.agenda.get.queryOptions({ pactId }, { enabled: valid });
  const query = useQuery(options);
  const taxonomies = useTaxonomies();
  const m = agendaMessages.page;
  useDocumentTitle(query.data ? m.title(query.data.pact.name) : m.loadingTitle, messages.siteName);

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
      <Link to="/zorgpacten">← {m.back}</Link>
    </p>
  );
  const code = errorCode(query.error);
  if (!valid || code === "NOT_FOUND" || code === "BAD_REQUEST") return <Problem back={back} text={m.notFound} />;
  if (code === "FORBIDDEN") return <Problem back={back} text={m.forbidden} />;
  if (query.isPending) return <LoadingState />;
  if (!context) {
    return (
      <>
        {back}
        <h1>{m.heading}</h1>
        <ErrorState onRetry={() => void query.refetch()} />
      </>
    );
  }
  return (
    <AgendaContext value={context}>
      {back}
      <AgendaEditor />
    </AgendaContext>
  );
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
