import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { FormAlert, formFailure, FormStatus } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { BasicFields } from "./BasicFields.tsx";
import { ConflictAlert } from "./ConflictAlert.tsx";
import { FollowUpFields } from "./FollowUpFields.tsx";
import { FundingFields } from "./FundingFields.tsx";
import { changedFields, pactFormFields, pactFormValues, pactUpdateInput, rebase, type PactFormField, type PactFormValues } from "./pact-form.ts";
import { RegionalFields } from "./RegionalFields.tsx";
import { usePactCache } from "./usePactCache.ts";

const m = adminMessages.details;

interface Rebased {
  mine: PactFormField[];
  theirs: PactFormField[];
  both: PactFormField[];
  latest: PactFormValues;
}

/**
 * The pact's own fields, saved with `pact.update` and the version they were read with; only the
 * changed fields are sent. After a CONFLICT, "Nieuwste versie laden" takes the stored version and
 * puts the user's own changes back on top, and says which fields changed on which side.
 */
export function DetailsForm({
  pact,
  admin,
  version,
  onVersion,
}: {
  pact: PactEditDetail;
  admin: boolean;
  version: number;
  onVersion: (version: number) => void;
}) {
  const { store, fetchLatest } = usePactCache(pact.id);
  const formRef = useRef<HTMLFormElement>(null);
  const rebasedRef = useRef<HTMLDivElement>(null);
  const [base, setBase] = useState<PactFormValues>(() => pactFormValues(pact));
  const [values, setValues] = useState<PactFormValues>(base);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const [rebased, setRebased] = useState<Rebased | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadFailed, setReloadFailed] = useState(false);
  const [gone, setGone] = useState(false);
  useFocusFirstError(formRef, errors);
  const fields = pactFormFields(pact, admin);

  const update = useMutation(
    trpc.pact.update.mutationOptions({
      onSuccess(stored) {
        store(stored);
        onVersion(stored.version);
        const next = pactFormValues(stored);
        setBase(next);
        setValues(next);
        setRebased(null);
        setStatus(adminMessages.common.saved);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const isConflict = errorCode(update.error) === "CONFLICT";

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    setStatus(null);
    const changed = changedFields(base, values, fields);
    if (changed.length === 0) {
      setErrors({});
      setStatus(adminMessages.common.nothingChanged);
      return;
    }
    const result = pactUpdateInput(values, changed, { id: pact.id, version }, adminMessages.common.invalidAmount);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    update.mutate(result.input);
  };

  const loadLatest = async () => {
    setReloading(true);
    setReloadFailed(false);
    try {
      const latest = await fetchLatest();
      const latestValues = pactFormValues(latest);
      const result = rebase(base, values, latestValues, fields);
      setBase(latestValues);
      setValues(result.values);
      onVersion(latest.version);
      setRebased({ mine: result.mine, theirs: result.theirs, both: result.both, latest: latestValues });
      update.reset();
      requestAnimationFrame(() => rebasedRef.current?.focus());
    } catch (error) {
      if (errorCode(error) === "NOT_FOUND") setGone(true);
      else setReloadFailed(true);
    } finally {
      setReloading(false);
    }
  };

  const names = (list: readonly PactFormField[]) => (list.length === 0 ? m.conflictNone : list.map((f) => m.fieldNames[f]).join(", "));

  return (
    <section id="gegevens" aria-labelledby="gegevens-kop">
      <h2 id="gegevens-kop">{m.heading}</h2>
      {gone ? (
        <FormAlert title={messages.error.title}>
          <p>{adminMessages.common.latestGone}</p>
        </FormAlert>
      ) : isConflict ? (
        <ConflictAlert error={update.error} onLoadLatest={() => void loadLatest()} loading={reloading} failed={reloadFailed} />
      ) : update.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(update.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      {rebased ? (
        <div ref={rebasedRef} tabIndex={-1} className="notice" role="status">
          <p>{m.conflictLoaded}</p>
          <dl className="compare-list">
            <div className="compare-list__row">
              <dt>{m.conflictMine}</dt>
              <dd>{names(rebased.mine)}</dd>
            </div>
            <div className="compare-list__row">
              <dt>{m.conflictTheirs}</dt>
              <dd>{names(rebased.theirs)}</dd>
            </div>
            {rebased.both.length > 0 ? (
              <div className="compare-list__row compare-list__row--differs">
                <dt>{m.conflictBoth}</dt>
                <dd>
                  <ul className="compact-list">
                    {rebased.both.map((field) => (
                      <li key={field}>
                        {m.fieldNames[field]}
                        {storedText(rebased.latest, field) !== null ? `: ${storedText(rebased.latest, field)}` : null}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
          </dl>
        </div>
      ) : null}
      <FormStatus>{status}</FormStatus>
      <form ref={formRef} className="form-stack form-stack--wide" noValidate onSubmit={onSubmit} aria-labelledby="gegevens-kop">
        <BasicFields pact={pact} values={values} onChange={setValues} errors={errors} />
        <FundingFields rows={values.fundingStreams} onChange={(fundingStreams) => setValues({ ...values, fundingStreams })} errors={errors} />
        {fields.includes("governance") ? <RegionalFields values={values} onChange={setValues} errors={errors} /> : null}
        {pact.kind === "front_runner" ? (
          <FollowUpFields
            pact={pact}
            values={values}
            onChange={setValues}
            errors={errors}
            showFollowUp={fields.includes("adoption")}
            canLink={fields.includes("parentPactId")}
          />
        ) : null}
        <div className="form-actions">
          <button type="submit" aria-disabled={update.isPending || undefined}>
            {update.isPending ? adminMessages.common.saving : m.save}
          </button>
        </div>
      </form>
    </section>
  );
}

const TEXT_FIELDS: readonly PactFormField[] = ["name", "description", "startDate", "contactName", "contactEmail"];

/** What is stored now in a text field both sides changed; other fields are only named. */
function storedText(values: PactFormValues, field: PactFormField): string | null {
  if (!TEXT_FIELDS.includes(field)) return null;
  const value = String(values[field]).trim();
  return value === "" ? adminMessages.common.none : value;
}
