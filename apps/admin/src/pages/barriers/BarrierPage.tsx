import "../pact-edit/pact-edit.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation, useParams } from "react-router";
import { barrierUpdateInputSchema, isTreated, type BarrierRecord } from "@zorgpact/domain/barrier";
import { isNotFound } from "@zorgpact/ui/errors.ts";
import { formatDate } from "@zorgpact/ui/format.ts";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
import { barrierMessages } from "../../messages/barrier.ts";
import { RecordPage } from "../../layout/RecordPage.tsx";
import { trpc } from "../../trpc.ts";
import { barrierFormValues, barrierUpdateShape } from "./barrier-form.ts";
import { IntakeFields, TriageFields } from "./BarrierFields.tsx";
import { DiscardBarrier } from "./DiscardBarrier.tsx";

const m = barrierMessages.detail;

/** `/drempels/:id` (national team): the report and its triage form. */
export function BarrierPage() {
  const { id = "" } = useParams();
  const barrier = useQuery(trpc.barrier.get.queryOptions({ id }, { retry: (count, error) => !isNotFound(error) && count < 2 }));
  useDocumentTitle(barrier.data ? m.title(barrier.data.reference) : m.loadingTitle, messages.siteName);
  return (
    <RecordPage query={barrier} back={{ to: "/drempels", label: m.back }} title={m.loadingTitle} notFound={{ title: m.notFound }}>
      {(record, back) => (
        <>
          {back}
          <h1>{m.title(record.reference)}</h1>
          <Facts barrier={record} />
          <TriageForm key={record.id} barrier={record} />
          <DiscardBarrier barrier={record} />
        </>
      )}
    </RecordPage>
  );
}

function Facts({ barrier }: { barrier: BarrierRecord }) {
  const published = isTreated(barrier.status);
  return (
    <section aria-labelledby="drempel-gegevens">
      <h2 id="drempel-gegevens">{m.facts}</h2>
      <dl className="compare-list">
        <div className="compare-list__row">
          <dt>{m.channel}</dt>
          <dd>{barrierMessages.channel[barrier.channel]}</dd>
        </div>
        <div className="compare-list__row">
          <dt>{m.receivedOn}</dt>
          <dd>{formatDate(barrier.receivedOn)}</dd>
        </div>
        {barrier.answeredOn ? (
          <div className="compare-list__row">
            <dt>{m.answeredOn}</dt>
            <dd>{formatDate(barrier.answeredOn)}</dd>
          </div>
        ) : null}
        <div className="compare-list__row">
          <dt>{m.published}</dt>
          <dd>
            {published ? (
              // The public site lives outside the /admin basename.
              <a href={`/ruimte-in-de-regels/${barrier.number}`}>{m.publicLink}</a>
            ) : (
              m.notPublished
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function TriageForm({ barrier }: { barrier: BarrierRecord }) {
  const location = useLocation();
  const queryClient = useQueryClient();
  const [stored, setStored] = useState(barrier);
  const update = useMutation(trpc.barrier.update.mutationOptions());
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  const form = useZodForm({
    schema: barrierUpdateInputSchema,
    defaultValues: barrierFormValues(barrier),
    toInput: (values) => barrierUpdateShape(values, { id: stored.id, version: stored.version }),
    submit: update.mutateAsync,
    savedMessage: m.saved,
    initialStatus: typeof notice === "string" ? notice : null,
    onSaved(saved) {
      setStored(saved);
      queryClient.setQueryData(trpc.barrier.get.queryKey({ id: saved.id }), saved);
      void queryClient.invalidateQueries({ queryKey: trpc.barrier.list.queryKey() });
      return barrierFormValues(saved);
    },
    // After a CONFLICT: take the newest version number (and its status), keep what was typed.
    async loadLatest() {
      const latest = await queryClient.fetchQuery({ ...trpc.barrier.get.queryOptions({ id: stored.id }), staleTime: 0 });
      setStored(latest);
      form.setValues({ ...form.values, status: latest.status });
      return m.latestLoaded;
    },
  });
  return (
    <ZodFormView form={form} label={m.editLabel} submitLabel={m.save} pendingLabel={m.saving}>
      <TriageFields idPrefix="drempel" form={form} storedStatus={stored.status} />
      <IntakeFields idPrefix="drempel" form={form} />
    </ZodFormView>
  );
}
