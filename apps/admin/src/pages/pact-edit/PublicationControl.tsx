import { useMutation } from "@tanstack/react-query";
import { pactPublicationInputSchema, publicationStatuses, type PactEditDetail, type PublicationStatus } from "@zorgpact/domain/pact";
import { FormProblem, FormStatus, SubmitButton } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { publicationStatusLabels } from "@zorgpact/ui/labels.ts";
import { commonMessages } from "../../messages/common.ts";
import { pactEditMessages } from "../../messages/pact-edit.ts";
import { trpc } from "../../trpc.ts";
import { ChoiceGroup } from "../../forms/fields.tsx";
import { usePactCache } from "./usePactCache.ts";

const m = pactEditMessages.publication;

/** Concept or Gepubliceerd (`pact.setPublication`), with the pact's current version. */
export function PublicationControl({
  pact,
  onChanged,
  headingLevel = 2,
}: {
  pact: PactEditDetail;
  onChanged?: (sentVersion: number, next: PactEditDetail) => void;
  headingLevel?: 2 | 3;
}) {
  const { store, fetchLatest } = usePactCache(pact.id);
  const publish = useMutation(trpc.pact.setPublication.mutationOptions());
  const form = useZodForm({
    schema: pactPublicationInputSchema,
    defaultValues: { publicationStatus: pact.publicationStatus as PublicationStatus },
    toInput: ({ publicationStatus }) => ({ id: pact.id, version: pact.version, publicationStatus }),
    submit: publish.mutateAsync,
    savedMessage: (next) => m.saved(publicationStatusLabels[next.publicationStatus]),
    onSaved(next, input) {
      store(next);
      onChanged?.(input.version, next);
    },
    async loadLatest() {
      await fetchLatest();
    },
  });
  const status = form.bind("publicationStatus");
  const { attachForm, onSubmit, pending } = form;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const notAdmitted = pact.kind === "front_runner" && pact.admissionStatus !== "admitted";

  return (
    <section id="publicatie" aria-labelledby="publicatie-kop">
      <Heading id="publicatie-kop">{m.heading}</Heading>
      <FormProblem form={form} />
      <FormStatus>{form.status}</FormStatus>
      <form ref={attachForm} className="form-stack" noValidate onSubmit={onSubmit} aria-labelledby="publicatie-kop">
        <ChoiceGroup
          id="publicatiestatus"
          name="publicationStatus"
          type="radio"
          legend={m.legend}
          hint={notAdmitted ? `${m.hint} ${m.frontRunnerHint}` : m.hint}
          choices={publicationStatuses.map((value) => ({ value, label: publicationStatusLabels[value] }))}
          selected={[status.value]}
          onChange={([next]) => next && status.onValueChange(next)}
          error={status.error}
        />
        <div className="form-actions">
          <SubmitButton pending={pending} label={m.save} pendingLabel={commonMessages.saving} />
        </div>
      </form>
    </section>
  );
}
