import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { versionedIdSchema } from "@zorgpact/domain/common";
import { frontRunnerCriteria } from "@zorgpact/domain/front-runner";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { FormProblem, FormStatus, SubmitButton } from "@zorgpact/ui/forms/FormParts.tsx";
import { formMessages } from "@zorgpact/ui/forms/form-messages.ts";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { commonMessages } from "../../messages/common.ts";
import { frontRunnerMessages } from "../../messages/front-runners.ts";
import { trpc } from "../../trpc.ts";
import { usePactCache } from "../pact-edit/usePactCache.ts";
import { AdmissionDecision } from "./AdmissionDecision.tsx";
import { CriteriaForm } from "./CriteriaForm.tsx";

const m = frontRunnerMessages.review;
const who = (name: string | null) => name ?? m.unknownWho;

/**
 * applied → "Beoordeling starten"; under review → criteria and the decision; decided → what was
 * decided. One status for the section: each step's outcome replaces the previous one (the start
 * and the decision's forms are gone once they succeed).
 */
export function ReviewSection({ pact }: { pact: PactEditDetail }) {
  const [status, setStatus] = useState<string | null>(null);
  const review = pact.review;
  return (
    <section aria-labelledby="beoordeling-kop">
      <h2 id="beoordeling-kop">{m.reviewHeading}</h2>
      <FormStatus>{status}</FormStatus>
      {review?.startedAt ? <p>{m.startedBy(who(review.startedByName), formatTimestamp(review.startedAt))}</p> : null}
      {pact.admissionStatus === "applied" ? (
        <StartReview pact={pact} onStatus={setStatus} />
      ) : pact.admissionStatus === "under_review" && review ? (
        <>
          <CriteriaForm pact={pact} criteria={review.criteria} onStatus={setStatus} />
          <AdmissionDecision pact={pact} onStatus={setStatus} />
        </>
      ) : review ? (
        <Decided pact={pact} />
      ) : null}
    </section>
  );
}

/** applied → under review; it carries the pact's version, so a stale page offers the newest one. */
function StartReview({ pact, onStatus }: { pact: PactEditDetail; onStatus: (message: string | null) => void }) {
  const { store, fetchLatest } = usePactCache(pact.id);
  const start = useMutation(trpc.frontRunner.startReview.mutationOptions());
  const form = useZodForm({
    schema: versionedIdSchema,
    defaultValues: {},
    toInput: () => ({ id: pact.id, version: pact.version }),
    submit: start.mutateAsync,
    savedMessage: null,
    onSaved(next) {
      store(next);
      onStatus(m.started);
    },
    async loadLatest() {
      await fetchLatest();
      onStatus(formMessages.latestLoaded);
      return "";
    },
  });
  const { attachForm, onSubmit, pending } = form;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    onStatus(null);
    onSubmit(event);
  };
  return (
    <form ref={attachForm} noValidate onSubmit={submit} aria-label={m.start}>
      <FormProblem form={form} />
      <p>{m.startHint}</p>
      <SubmitButton pending={pending} label={m.start} pendingLabel={m.starting} />
    </form>
  );
}

function Decided({ pact }: { pact: PactEditDetail }) {
  const review = pact.review!;
  return (
    <>
      <h3>{m.criteriaLegend}</h3>
      <ul>
        {frontRunnerCriteria.map((c) => {
          const stored = review.criteria.find((r) => r.key === c.key);
          return (
            <li key={c.key}>
              {c.label}: <strong>{stored?.met ? commonMessages.yes : commonMessages.no}</strong>
              {stored?.note ? ` — ${stored.note}` : ""}
            </li>
          );
        })}
      </ul>
      <h3>{m.decisionHeading}</h3>
      {review.decidedAt ? <p>{m.decidedBy(who(review.decidedByName), formatTimestamp(review.decidedAt))}</p> : null}
      {review.decisionReason ? (
        <p>
          <strong>{m.decisionReason}: </strong>
          {review.decisionReason}
        </p>
      ) : null}
    </>
  );
}
