import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { OrganisationListInput, OrganisationRecord } from "@zorgpact/domain/organisation";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { levelLabels, sectorLabels } from "@zorgpact/ui/labels.ts";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { ConflictAlert } from "../pact-edit/ConflictAlert.tsx";
import { differingOrganisationFields, organisationFormValues, organisationUpdateInput, type OrganisationFormValues } from "./organisation-form.ts";
import { OrganisationFields } from "./OrganisationFields.tsx";

const m = adminMessages.organisations;

/**
 * The national team edits an organisation with the version it read; after a CONFLICT the newest
 * version is fetched (from the same list), what was typed stays, and the stored values are shown.
 */
export function EditOrganisationPanel({
  organisation,
  listInput,
  onSaved,
  onCancel,
}: {
  organisation: OrganisationRecord;
  listInput: OrganisationListInput;
  onSaved: (saved: OrganisationRecord) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<OrganisationFormValues>(() => organisationFormValues(organisation));
  const [version, setVersion] = useState(organisation.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [latest, setLatest] = useState<OrganisationRecord | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadFailed, setReloadFailed] = useState(false);
  const [gone, setGone] = useState(false);
  useFocusFirstError(formRef, errors);
  useEffect(() => headingRef.current?.focus(), []);

  const update = useMutation(
    trpc.organisation.update.mutationOptions({
      async onSuccess(saved) {
        await queryClient.invalidateQueries({ queryKey: trpc.organisation.list.queryKey() });
        onSaved(saved);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    const result = organisationUpdateInput(values, { id: organisation.id, version }, m.chooseSector);
    setErrors(result.errors);
    if (result.ok) update.mutate(result.data);
  };

  const loadLatest = async () => {
    setReloading(true);
    setReloadFailed(false);
    try {
      const page = await queryClient.fetchQuery({ ...trpc.organisation.list.queryOptions(listInput), staleTime: 0 });
      const found = page.items.find((o) => o.id === organisation.id);
      if (!found) {
        setGone(true);
      } else {
        setVersion(found.version);
        setLatest(found);
      }
      update.reset();
    } catch {
      setReloadFailed(true);
    } finally {
      setReloading(false);
    }
  };

  const differs = latest ? new Set(differingOrganisationFields(values, organisationFormValues(latest))) : new Set<string>();
  const rows = latest
    ? [
        { key: "name", label: m.name, value: latest.name },
        { key: "sector", label: m.columns.sector, value: sectorLabels[latest.sector] },
        { key: "level", label: m.level, value: latest.level ? levelLabels[latest.level] : m.noLevel },
        { key: "place", label: m.place, value: latest.place ?? "" },
      ]
    : [];

  return (
    <section className="edit-panel card" aria-labelledby="organisatie-bewerken-kop">
      <h2 id="organisatie-bewerken-kop" ref={headingRef} tabIndex={-1}>
        {m.editHeading(organisation.name)}
      </h2>
      <p className="field-hint">{m.editHint}</p>
      {gone ? (
        <FormAlert title={messages.error.title}>
          <p>{adminMessages.common.latestGone}</p>
        </FormAlert>
      ) : errorCode(update.error) === "CONFLICT" ? (
        <ConflictAlert error={update.error} onLoadLatest={() => void loadLatest()} loading={reloading} failed={reloadFailed} />
      ) : update.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(update.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      {latest ? (
        <div className="notice" role="status">
          <p>{m.latestLoaded}</p>
          <h3>{m.latestHeading}</h3>
          <dl className="compare-list">
            {rows.map((row) => (
              <div key={row.key} className={differs.has(row.key) ? "compare-list__row compare-list__row--differs" : "compare-list__row"}>
                <dt>{row.label}</dt>
                <dd>
                  {row.value}
                  {differs.has(row.key) ? <strong> {m.differs}</strong> : null}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-labelledby="organisatie-bewerken-kop">
        <OrganisationFields idPrefix="organisatie-bewerken" values={values} onChange={setValues} errors={errors} />
        <div className="form-actions">
          <button type="submit" aria-disabled={update.isPending || undefined}>
            {update.isPending ? adminMessages.common.saving : adminMessages.common.save}
          </button>
          <button type="button" className="button--secondary" onClick={onCancel}>
            {adminMessages.common.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
