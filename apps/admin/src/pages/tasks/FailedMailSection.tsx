import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { apiMessage } from "@zorgpact/ui/form-errors.ts";
import { ListStates } from "@zorgpact/ui/list/ListStates.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { FormAlert, FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { taskMessages } from "../../messages/task.ts";
import { trpc } from "../../trpc.ts";

const m = taskMessages.failedMail;

/** For the national team: e-mail the outbox gave up on, kept until someone sends it again. */
export function FailedMailSection() {
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const list = useQuery(trpc.task.failedMail.queryOptions({ page }, { placeholderData: keepPreviousData }));
  const retry = useMutation(
    trpc.task.retryMail.mutationOptions({
      onSuccess: (_result, input) => {
        const recipient = list.data?.items.find((item) => item.id === input.id)?.recipient ?? "";
        setProblem(null);
        setStatus(m.retried(recipient));
        void queryClient.invalidateQueries({ queryKey: trpc.task.pathKey() });
      },
      onError: (error) => {
        setStatus(null);
        setProblem(apiMessage(error) ?? m.retryFailed);
      },
    }),
  );

  return (
    <section className="task-section" aria-labelledby="niet-bezorgd-kop">
      <h2 id="niet-bezorgd-kop">{m.heading}</h2>
      <p>{m.intro}</p>
      <FormStatus>{status}</FormStatus>
      {problem ? <FormAlert title={m.retryFailed}>{problem !== m.retryFailed ? <p>{problem}</p> : null}</FormAlert> : null}
      <ListStates query={list} empty={m.empty} onPageChange={setPage}>
        {(mails) => (
          <TableWrap label={m.caption}>
            <table className="data-table" aria-busy={list.isPlaceholderData}>
              <caption>{m.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.columns.actions}</th>
                  <th scope="col">{m.columns.subject}</th>
                  <th scope="col">{m.columns.recipient}</th>
                  <th scope="col">{m.columns.lastAttempt}</th>
                  <th scope="col">{m.columns.error}</th>
                </tr>
              </thead>
              <tbody>
                {mails.map((mail) => (
                  <tr key={mail.id}>
                    <td>
                      <button type="button" className="button--secondary" disabled={retry.isPending} onClick={() => retry.mutate({ id: mail.id })}>
                        {retry.isPending && retry.variables?.id === mail.id ? m.retrying : m.retry}
                        <span className="visually-hidden">{m.retryOf(mail.subject, mail.recipient)}</span>
                      </button>
                    </td>
                    <th scope="row">
                      {mail.subject}
                      <br />
                      <span className="task__pact">{m.topic[mail.topic]}</span>
                    </th>
                    <td className="task-mail__recipient">{mail.recipient}</td>
                    <td>
                      {m.lastAttempt(mail.lastAttemptAt)}
                      <br />
                      <span className="task__pact">{m.attempts(mail.attempts)}</span>
                    </td>
                    <td className="task-mail__error">{mail.lastError ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </ListStates>
    </section>
  );
}
