import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { pactUpdateInputSchema, type PactEditDetail } from "@zorgpact/domain/pact";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { LatestUnavailable, useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { commonMessages } from "../../messages/common.ts";
import { pactEditMessages } from "../../messages/pact-edit.ts";
import { trpc } from "../../trpc.ts";
import { BasicFields } from "./BasicFields.tsx";
import { FollowUpFields } from "./FollowUpFields.tsx";
import { FundingFields } from "./FundingFields.tsx";
import {
  changedFields,
  fundingErrors,
  pactFormFields,
  pactFormValues,
  pactUpdateFields,
  rebase,
  type PactFormField,
  type PactFormValues,
} from "./pact-form.ts";
import { RegionalFields } from "./RegionalFields.tsx";
import { usePactCache } from "./usePactCache.ts";

const m = pactEditMessages.details;

interface Rebased {
  mine: PactFormField[];
  theirs: PactFormField[];
  both: PactFormField[];
  latest: PactFormValues;
}

/**
 * The pact's own fields, saved with `pact.update` and the version they were read with; only the
 * changed fields are sent, and nothing when nothing changed. After a CONFLICT, "Nieuwste versie
 * laden" takes the stored version and puts the user's own changes back on top, and says which
 * fields changed on which side.
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
  const [rebased, setRebased] = useState<Rebased | null>(null);
  const fields = pactFormFields(pact, admin);
  const update = useMutation(trpc.pact.update.mutationOptions());
  const form = useZodForm({
    schema: pactUpdateInputSchema,
    defaultValues: pactFormValues(pact),
    toInput: (values: PactFormValues, saved) => pactUpdateFields(values, changedFields(saved, values, fields), { id: pact.id, version }),
    // The rows are checked only when they changed, as only then are they sent.
    extraErrors: (values, saved) =>
      changedFields(saved, values, ["fundingStreams"]).length > 0 ? fundingErrors(values.fundingStreams, commonMessages.invalidAmount) : {},
    skipUnchanged: (saved, typed) => changedFields(saved, typed, fields).length === 0,
    unchangedMessage: commonMessages.nothingChanged,
    submit: update.mutateAsync,
    onSaved(stored) {
      store(stored);
      onVersion(stored.version);
      setRebased(null);
      return pactFormValues(stored);
    },
    async loadLatest(typed, saved) {
      const latest = await fetchLatest().catch((error: unknown) => {
        throw errorCode(error) === "NOT_FOUND" ? new LatestUnavailable(commonMessages.latestGone) : error;
      });
      const stored = pactFormValues(latest);
      const merged = rebase(saved, typed, stored, fields);
      onVersion(latest.version);
      setRebased({ mine: merged.mine, theirs: merged.theirs, both: merged.both, latest: stored });
      return { stored, values: merged.values, status: "" };
    },
  });
  const { values, setValues, errors } = form;

  const names = (list: readonly PactFormField[]) => (list.length === 0 ? m.conflictNone : list.map((f) => m.fieldNames[f]).join(", "));

  return (
    <section id="gegevens" aria-labelledby="gegevens-kop">
      <h2 id="gegevens-kop">{m.heading}</h2>
      <ZodFormView
        form={form}
        label={m.heading}
        submitLabel={m.save}
        pendingLabel={commonMessages.saving}
        className="form-stack form-stack--wide"
        notice={
          rebased ? (
            <div ref={(element) => element?.focus()} tabIndex={-1} className="notice" role="status">
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
          ) : null
        }
      >
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
      </ZodFormView>
    </section>
  );
}

const TEXT_FIELDS: readonly PactFormField[] = ["name", "description", "startDate", "contactName", "contactEmail"];

/** What is stored now in a text field both sides changed; other fields are only named. */
function storedText(values: PactFormValues, field: PactFormField): string | null {
  if (!TEXT_FIELDS.includes(field)) return null;
  const value = String(values[field]).trim();
  return value === "" ? commonMessages.none : value;
}
