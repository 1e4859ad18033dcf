import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { admissionDecisionInputSchema, type AdmissionDecisionInput } from "@zorgpact/domain/front-runner";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { FormProblem } from "@zorgpact/ui/forms/FormParts.tsx";
import { formMessages } from "@zorgpact/ui/forms/form-messages.ts";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { TextAreaField } from "../../forms/fields.tsx";
import { commonMessages } from "../../messages/common.ts";
import { frontRunnerMessages } from "../../messages/front-runners.ts";
import { trpc } from "../../trpc.ts";
import { usePactCache } from "../pact-edit/usePactCache.ts";

const m = frontRunnerMessages.review;

interface DecisionValues {
  decision: "" | "admit" | "reject";
  reason: string;
}

/** The confirmation the checked decision waits for: confirmed, it is sent; cancelled, nothing is saved. */
interface Asked {
  input: AdmissionDecisionInput;
  settle: (outcome: { next: PactEditDetail | null } | { error: unknown }) => void;
}

/**
 * "Toelaten" (every criterion met) or "Afwijzen" (with a reason): checked with `decide`'s input
 * schema, then confirmed in a dialog, since the decision is final. A refusal of the server shows
 * on the form (a stale version with "Nieuwste versie laden").
 */
export function AdmissionDecision({ pact, onStatus }: { pact: PactEditDetail; onStatus: (message: string | null) => void }) {
  const { store, fetchLatest } = usePactCache(pact.id);
  const decide = useMutation(trpc.frontRunner.decide.mutationOptions());
  const [asked, setAsked] = useState<Asked | null>(null);
  const complete = pact.review?.criteriaComplete ?? false;
  const form = useZodForm({
    schema: admissionDecisionInputSchema,
    defaultValues: { decision: "", reason: "" } as DecisionValues,
    toInput: ({ decision, reason }) => ({ id: pact.id, version: pact.version, decision, reason: reason.trim() === "" ? null : reason }),
    // Admitting needs every criterion met; the server says which are missing if the page is behind.
    extraErrors: ({ decision }) => (decision === "admit" && !complete ? { decision: m.admitHintIncomplete } : {}),
    submit: (input) =>
      new Promise<PactEditDetail | null>((resolve, reject) =>
        setAsked({ input, settle: (outcome) => ("error" in outcome ? reject(outcome.error) : resolve(outcome.next)) }),
      ),
    savedMessage: null,
    onSaved(next) {
      if (!next) return;
      store(next);
      onStatus(next.admissionStatus === "admitted" ? m.admitted : m.rejected);
    },
    async loadLatest() {
      await fetchLatest();
      onStatus(formMessages.latestLoaded);
      return "";
    },
  });
  const close = (outcome: Parameters<Asked["settle"]>[0]) => {
    setAsked(null);
    asked?.settle(outcome);
  };
  const confirm = () => {
    if (!asked) return;
    decide.mutate(asked.input, { onSuccess: (next) => close({ next }), onError: (error) => close({ error }) });
  };
  const reason = form.bind("reason");
  const { attachForm, onSubmit, pending, errors } = form;
  const choose = (decision: DecisionValues["decision"]) => () => form.hook.setValue("decision", decision);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    onStatus(null);
    onSubmit(event);
  };
  const rejecting = asked?.input.decision === "reject";

  return (
    <form ref={attachForm} noValidate onSubmit={submit} aria-labelledby="besluit-kop">
      <h3 id="besluit-kop">{m.decisionHeading}</h3>
      <FormProblem form={form} />
      {errors["decision"] ? (
        <p role="alert" className="field-error">
          {errors["decision"]}
        </p>
      ) : null}
      {!complete ? <p className="field-hint">{m.admitHintIncomplete}</p> : null}
      <div className="form-stack form-stack--wide">
        <TextAreaField id="besluit-reden" label={m.reason} hint={m.reasonHint} rows={3} {...reason} />
        <div className="decision-actions">
          {/* Both submit the form: the click first says which decision it is. */}
          <button type="submit" onClick={choose("admit")} aria-disabled={pending || undefined}>
            {m.admit}
          </button>
          <button type="submit" className="button--danger" onClick={choose("reject")} aria-disabled={pending || undefined}>
            {m.reject}
          </button>
        </div>
      </div>
      <ConfirmDialog
        open={asked !== null}
        title={rejecting ? m.rejectTitle : m.admitTitle}
        confirmLabel={rejecting ? m.rejectConfirm : m.admitConfirm}
        cancelLabel={commonMessages.cancel}
        busy={decide.isPending}
        busyLabel={m.deciding}
        destructive={rejecting}
        onCancel={() => close({ next: null })}
        onConfirm={confirm}
      >
        <p>{rejecting ? m.rejectBody(pact.name) : m.admitBody(pact.name)}</p>
      </ConfirmDialog>
    </form>
  );
}
