import "./tasks.css";
import { useQuery } from "@tanstack/react-query";
import { countTasks } from "@zorgpact/domain/reminder";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { isNationalAdmin, useSignedInUser } from "../../auth/signed-in-user.ts";
import { messages } from "../../messages.ts";
import { taskMessages } from "../../messages/task.ts";
import { trpc } from "../../trpc.ts";
import { FailedMailSection } from "./FailedMailSection.tsx";
import { TaskSectionList } from "./TaskSectionList.tsx";
import { taskSections } from "./task-view.ts";

const m = taskMessages;

/** `/taken`: the signed-in user's tasks, computed live by the API from the reminder rules. */
export function TasksPage() {
  useDocumentTitle(m.title, messages.siteName);
  const national = isNationalAdmin(useSignedInUser());
  const list = useQuery(trpc.task.list.queryOptions());
  const data = list.data;
  const { open, overdue } = countTasks(data?.tasks ?? []);

  return (
    <>
      <h1>{m.heading}</h1>
      <p>{national ? m.introNational : m.introEditor}</p>
      <p aria-live="polite" aria-atomic="true" className="result-count">
        {data ? m.summary(open, overdue) : ""}
      </p>
      {list.isPending ? (
        <LoadingState />
      ) : !data ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : data.tasks.length === 0 ? (
        <EmptyState>{national ? m.emptyNational : m.empty}</EmptyState>
      ) : (
        taskSections(data.tasks).map((section) => <TaskSectionList key={section.kind} section={section} />)
      )}
      {national ? <FailedMailSection /> : null}
      <section className="task-rules" aria-labelledby="taken-regels-kop">
        <h2 id="taken-regels-kop">{m.rulesHeading}</h2>
        <ul>
          {m.rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
        <p>{m.mailNote}</p>
      </section>
    </>
  );
}
