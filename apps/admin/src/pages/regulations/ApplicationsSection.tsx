import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import {
  applicationAddInputSchema,
  applicationStatuses,
  applicationUpdateInputSchema,
  type ApplicationRecord,
  type ApplicationStatus,
  type RegulationRecord,
} from "@zorgpact/domain/regulation";
import { FormStatus, ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm, type ZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { formatDate, formatEuroFromCents } from "@zorgpact/ui/format.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { SelectField } from "../../forms/fields.tsx";
import { RemoveDialog } from "../../lists/RemoveDialog.tsx";
import { regulationMessages } from "../../messages/regulation.ts";
import { trpc } from "../../trpc.ts";
import { todayInNetherlands } from "../../forms/today.ts";
import {
  applicationAddToInput,
  applicationFieldNames,
  applicationFormValues,
  applicationNumberErrors,
  applicationUpdateToInput,
  emptyApplicationForm,
  type ApplicationFormValues,
} from "./regulation-form.ts";

const m = regulationMessages.applications;

/** The applications of every pact for this regeling: a table to change or remove them, and a form to add one. */
export function ApplicationsSection({ regulation }: { regulation: RegulationRecord }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<ApplicationRecord | null>(null);
  const [removing, setRemoving] = useState<ApplicationRecord | null>(null);
  const store = (saved: RegulationRecord) => {
    queryClient.setQueryData(trpc.regulation.getForEdit.queryKey({ id: saved.id }), saved);
    void queryClient.invalidateQueries({ queryKey: trpc.regulation.list.queryKey() });
  };
  const remove = useMutation(
    trpc.regulation.deleteApplication.mutationOptions({
      onSuccess(saved) {
        store(saved);
        if (removing) setStatus(m.removed(removing.pactName));
        setRemoving(null);
      },
    }),
  );
  const focusRow = (id: string) => requestAnimationFrame(() => document.getElementById(`aanvraag-wijzig-${id}`)?.focus());

  return (
    <section aria-labelledby="aanvragen-kop">
      <h2 id="aanvragen-kop">{m.heading}</h2>
      <p>{m.intro}</p>
      <FormStatus>{status}</FormStatus>
      {regulation.applications.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : (
        <TableWrap label={m.caption}>
          <table className="data-table">
            <caption>{m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columns.pact}</th>
                <th scope="col">{m.columns.appliedOn}</th>
                <th scope="col">{m.columns.status}</th>
                <th scope="col" className="num">
                  {m.columns.amount}
                </th>
                <th scope="col">{m.columns.note}</th>
                <th scope="col">{m.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {regulation.applications.map((application) => (
                <tr key={application.id}>
                  <th scope="row">{application.pactName}</th>
                  <td className="nowrap">{formatDate(application.appliedOn)}</td>
                  <td>{regulationMessages.applicationStatus[application.status]}</td>
                  <td className="num nowrap">{application.amountCents === null ? "" : formatEuroFromCents(application.amountCents)}</td>
                  <td>{application.note ?? ""}</td>
                  <td>
                    <div className="row-actions">
                      <button
                        id={`aanvraag-wijzig-${application.id}`}
                        type="button"
                        className="button--secondary"
                        onClick={() => {
                          setStatus(null);
                          setEditing(application);
                        }}
                      >
                        {m.edit}
                        <span className="visually-hidden">{m.editOf(application.pactName)}</span>
                      </button>
                      <button
                        type="button"
                        className="button--secondary"
                        onClick={() => {
                          setStatus(null);
                          remove.reset();
                          setRemoving(application);
                        }}
                      >
                        {m.remove}
                        <span className="visually-hidden">{m.removeOf(application.pactName)}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {editing ? (
        <EditApplicationForm
          key={editing.id}
          application={editing}
          onSaved={(saved) => {
            store(saved);
            setStatus(m.saved(editing.pactName));
            setEditing(null);
            focusRow(editing.id);
          }}
          onCancel={() => {
            setEditing(null);
            focusRow(editing.id);
          }}
        />
      ) : null}
      <AddApplicationForm
        regulationId={regulation.id}
        onAdded={(saved, pactName) => {
          store(saved);
          setStatus(m.added(pactName));
        }}
      />
      <RemoveDialog
        row={removing}
        name={(application) => application.pactName}
        texts={m}
        action={remove}
        onConfirm={(application) => remove.mutate({ id: application.id, version: application.version })}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}

function ApplicationFields({ idPrefix, form, withPact }: { idPrefix: string; form: ZodForm<ApplicationFormValues>; withPact: boolean }) {
  const pacts = useQuery({ ...trpc.pact.listManaged.queryOptions({ pageSize: 100 }), enabled: withPact });
  const status = form.bind("status");
  return (
    <>
      {withPact ? (
        <SelectField id={`${idPrefix}-zorgpact`} {...form.bind("pactId")} label={m.pact} hint={pacts.isError ? m.pactsFailed : undefined} required>
          <option value="">{m.choosePact}</option>
          {(pacts.data?.items ?? []).map((pact) => (
            <option key={pact.id} value={pact.id}>
              {pact.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="form-row">
        <TextField
          id={`${idPrefix}-datum`}
          {...form.bind("appliedOn")}
          label={m.appliedOn}
          hint={m.appliedOnHint}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <SelectField
          id={`${idPrefix}-status`}
          name={status.name}
          label={m.status}
          value={status.value}
          onValueChange={(value) => status.onValueChange(value as ApplicationStatus)}
          error={status.error}
        >
          {applicationStatuses.map((each) => (
            <option key={each} value={each}>
              {regulationMessages.applicationStatus[each]}
            </option>
          ))}
        </SelectField>
        <TextField id={`${idPrefix}-bedrag`} {...form.bind("amount")} label={`${m.amount} ${m.optional}`} inputMode="decimal" autoComplete="off" />
      </div>
      <TextField id={`${idPrefix}-notitie`} {...form.bind("note")} label={`${m.note} ${m.optional}`} autoComplete="off" />
    </>
  );
}

function AddApplicationForm({ regulationId, onAdded }: { regulationId: string; onAdded: (saved: RegulationRecord, pactName: string) => void }) {
  const add = useMutation(trpc.regulation.addApplication.mutationOptions());
  const form = useZodForm({
    schema: applicationAddInputSchema,
    defaultValues: emptyApplicationForm(todayInNetherlands()),
    toInput: (values) => applicationAddToInput(values, regulationId),
    extraErrors: applicationNumberErrors,
    fieldNames: applicationFieldNames,
    submit: add.mutateAsync,
    // The section's status says which pact's application was added.
    savedMessage: null,
    onSaved(saved, input) {
      onAdded(saved, saved.applications.find((a) => a.pactId === input.pactId)?.pactName ?? "");
      return emptyApplicationForm(todayInNetherlands());
    },
  });
  return (
    <div className="card">
      <h3 id="aanvraag-toevoegen-kop">{m.addHeading}</h3>
      <ZodFormView form={form} label={m.addHeading} submitLabel={m.add} pendingLabel={m.adding}>
        <ApplicationFields idPrefix="nieuwe-aanvraag" form={form} withPact />
      </ZodFormView>
    </div>
  );
}

function EditApplicationForm({
  application,
  onSaved,
  onCancel,
}: {
  application: ApplicationRecord;
  onSaved: (saved: RegulationRecord) => void;
  onCancel: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The panel opens with its heading focused, so keyboard and screen-reader users land in it.
  useEffect(() => headingRef.current?.focus(), []);
  const update = useMutation(trpc.regulation.updateApplication.mutationOptions());
  const form = useZodForm({
    schema: applicationUpdateInputSchema,
    defaultValues: applicationFormValues(application),
    toInput: (values) => applicationUpdateToInput(values, { id: application.id, version: application.version }),
    extraErrors: applicationNumberErrors,
    fieldNames: applicationFieldNames,
    submit: update.mutateAsync,
    // The panel closes; the section's status says it was saved.
    savedMessage: null,
    onSaved: (saved) => onSaved(saved),
  });
  const heading = m.editHeading(application.pactName);
  return (
    <div className="card">
      <h3 id="aanvraag-wijzigen-kop" ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <ZodFormView
        form={form}
        label={heading}
        submitLabel={m.save}
        pendingLabel={m.save}
        actions={
          <button type="button" className="button--secondary" onClick={onCancel}>
            {m.cancel}
          </button>
        }
      >
        <ApplicationFields idPrefix="aanvraag" form={form} withPact={false} />
      </ZodFormView>
    </div>
  );
}
