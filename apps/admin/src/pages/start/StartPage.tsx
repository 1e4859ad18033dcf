import "../tasks/tasks.css";
import "./start.css";
import { useQuery } from "@tanstack/react-query";
import { Navigate } from "react-router";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { isNationalAdmin, useSignedInUser } from "../../auth/signed-in-user.ts";
import { messages } from "../../messages.ts";
import { startMessages as m } from "../../messages/start.ts";
import { trpc } from "../../trpc.ts";
import { EditorStart } from "./EditorStart.tsx";
import { NationalStart } from "./NationalStart.tsx";

/**
 * `/` (the admin's index): the national team lands on its work queue; an editor with one pact on
 * that pact, an editor with several on a short list of them. The pacts list is at `/zorgpacten`.
 */
export function StartPage() {
  const national = isNationalAdmin(useSignedInUser());
  useDocumentTitle(national ? m.national.heading : m.editor.heading, messages.siteName);
  const queue = useQuery(trpc.workQueue.get.queryOptions());
  const data = queue.data;

  if (data?.myPacts && data.myPacts.length === 1) {
    const only = data.myPacts[0]!;
    return <Navigate to={`/zorgpacten/${only.id}`} replace />;
  }
  return (
    <>
      <h1>{national ? m.national.heading : m.editor.heading}</h1>
      {queue.isPending ? (
        <LoadingState />
      ) : !data ? (
        <ErrorState onRetry={() => void queue.refetch()} />
      ) : national ? (
        <NationalStart queue={data} />
      ) : (
        <EditorStart queue={data} />
      )}
    </>
  );
}
