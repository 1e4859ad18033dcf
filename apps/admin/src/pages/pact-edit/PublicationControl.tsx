import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { publicationStatuses, type PactEditDetail, type PublicationStatus } from "@zorgpact/domain/pact";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors } from "@zorgpact/ui/form-errors.ts";
import { publicationStatusLabels } from "@zorgpact/ui/labels.ts";
import { FormAlert, formFailure, FormStatus } from "../../forms/FormAlert.tsx";
import { adminMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { ConflictAlert } from "./ConflictAlert.tsx";
import { ChoiceGroup } from "../../forms/fields.tsx";
import { usePactCache } from "./usePactCache.ts";

const m = adminMessages.publication;

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
  const [status, setStatus] = useState<PublicationStatus>(pact.publicationStatus);
  const [done, setDone] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadFailed, setReloadFailed] = useState(false);
  const publish = useMutation(
    trpc.pact.setPublication.mutationOptions({
      onSuccess(next, input) {
        store(next);
        onChanged?.(input.version, next);
        setDone(m.saved(publicationStatusLabels[next.publicationStatus]));
      },
    }),
  );
  const error = apiFieldErrors(publish.error)["publicationStatus"];
  const isConflict = errorCode(publish.error) === "CONFLICT";
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const notAdmitted = pact.kind === "front_runner" && pact.admissionStatus !== "admitted";

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (publish.isPending) return;
    setDone(null);
    publish.mutate({ id: pact.id, version: pact.version, publicationStatus: status });
  };
  const loadLatest = async () => {
    setReloading(true);
    setReloadFailed(false);
    try {
      await fetchLatest();
      publish.reset();
    } catch {
      setReloadFailed(true);
    } finally {
      setReloading(false);
    }
  };

  return (
    <section id="publicatie" aria-labelledby="publicatie-kop">
      <Heading id="publicatie-kop">{m.heading}</Heading>
      {isConflict ? (
        <ConflictAlert error={publish.error} onLoadLatest={() => void loadLatest()} loading={reloading} failed={reloadFailed} />
      ) : publish.isError && !error ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(publish.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <FormStatus>{done}</FormStatus>
      <form className="form-stack" noValidate onSubmit={onSubmit} aria-labelledby="publicatie-kop">
        <ChoiceGroup
          id="publicatiestatus"
          name="publicationStatus"
          type="radio"
          legend={m.legend}
          hint={notAdmitted ? `${m.hint} ${m.frontRunnerHint}` : m.hint}
          choices={publicationStatuses.map((value) => ({ value, label: publicationStatusLabels[value] }))}
          selected={[status]}
          onChange={([next]) => next && setStatus(next)}
          error={error}
        />
        <div className="form-actions">
          <button type="submit" aria-disabled={publish.isPending || undefined}>
            {publish.isPending ? adminMessages.common.saving : m.save}
          </button>
        </div>
      </form>
    </section>
  );
}
