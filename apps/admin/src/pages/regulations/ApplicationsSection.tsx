import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { applicationStatuses, type ApplicationRecord, type ApplicationStatus, type RegulationRecord } from "@zorgpact/domain/regulation";
import { ConfirmDialog } from "@zorgpact/ui/ConfirmDialog.tsx";
import { apiMessage, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { formatDate, formatEuroFromCents } from "@zorgpact/ui/format.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { SelectField } from "../../forms/fields.tsx";
import { FormAlert, formFailure, FormStatus } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { regulationMessages } from "../../messages/regulation.ts";
import { trpc } from "../../trpc.ts";
import { todayInNetherlands } from "../../forms/today.ts";
import {
  applicationAddInput,
  applicationFormValues,
  applicationUpdateInput,
  emptyApplicationForm,
  formFieldErrors,
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
      <ConfirmDialog
        open={removing !== null}
        title={m.removeTitle}
        confirmLabel={m.removeConfirm}
        cancelLabel={m.cancel}
        busy={remove.isPending}
        busyLabel={m.removing}
        error={remove.isError ? (apiMessage(remove.error) ?? messages.error.action) : null}
        destructive
        onConfirm={() => removing && remove.mutate({ id: removing.id, version: removing.version })}
        onCancel={() => setRemoving(null)}
      >
        <p>{removing ? m.removeBody(removing.pactName) : ""}</p>
      </ConfirmDialog>
    </section>
  );
}

function ApplicationFields({
  idPrefix,
  values,
  onChange,
  errors,
  withPact,
}: {
  idPrefix: string;
  values: ApplicationFormValues;
  onChange: (values: ApplicationFormValues) => void;
  errors: FieldErrors;
  withPact: boolean;
}) {
  const pacts = useQuery({ ...trpc.pact.listManaged.queryOptions({ pageSize: 100 }), enabled: withPact });
  const set = (key: keyof ApplicationFormValues) => (value: string) => onChange({ ...values, [key]: value });
  return (
    <>
      {withPact ? (
        <SelectField
          id={`${idPrefix}-zorgpact`}
          name="pactId"
          label={m.pact}
          hint={pacts.isError ? m.pactsFailed : undefined}
          value={values.pactId}
          onValueChange={set("pactId")}
          error={errors["pactId"]}
          required
        >
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
          name="appliedOn"
          label={m.appliedOn}
          hint={m.appliedOnHint}
          inputMode="numeric"
          autoComplete="off"
          value={values.appliedOn}
          onValueChange={set("appliedOn")}
          error={errors["appliedOn"]}
          required
        />
        <SelectField
          id={`${idPrefix}-status`}
          name="status"
          label={m.status}
          value={values.status}
          onValueChange={(status) => onChange({ ...values, status: status as ApplicationStatus })}
          error={errors["status"]}
        >
          {applicationStatuses.map((status) => (
            <option key={status} value={status}>
              {regulationMessages.applicationStatus[status]}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${idPrefix}-bedrag`}
          name="amount"
          label={`${m.amount} ${m.optional}`}
          inputMode="decimal"
          autoComplete="off"
          value={values.amount}
          onValueChange={set("amount")}
          error={errors["amount"]}
        />
      </div>
      <TextField
        id={`${idPrefix}-notitie`}
        name="note"
        label={`${m.note} ${m.optional}`}
        autoComplete="off"
        value={values.note}
        onValueChange={set("note")}
        error={errors["note"]}
      />
    </>
  );
}

function AddApplicationForm({ regulationId, onAdded }: { regulationId: string; onAdded: (saved: RegulationRecord, pactName: string) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ApplicationFormValues>(() => emptyApplicationForm(todayInNetherlands()));
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const add = useMutation(
    trpc.regulation.addApplication.mutationOptions({
      onSuccess(saved, input) {
        const pactName = saved.applications.find((a) => a.pactId === input.pactId)?.pactName ?? "";
        setValues(emptyApplicationForm(todayInNetherlands()));
        onAdded(saved, pactName);
      },
      onError: (error) => setErrors(formFieldErrors(error, { amountCents: "amount" })),
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    add.reset();
    const result = applicationAddInput(values, regulationId);
    setErrors(result.errors);
    if (result.ok) add.mutate(result.data);
  };
  return (
    <form ref={formRef} className="form-stack card" noValidate onSubmit={onSubmit} aria-labelledby="aanvraag-toevoegen-kop">
      <h3 id="aanvraag-toevoegen-kop">{m.addHeading}</h3>
      {add.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(add.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <ApplicationFields idPrefix="nieuwe-aanvraag" values={values} onChange={setValues} errors={errors} withPact />
      <div className="form-actions">
        <button type="submit" aria-disabled={add.isPending || undefined}>
          {add.isPending ? m.adding : m.add}
        </button>
      </div>
    </form>
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
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<ApplicationFormValues>(() => applicationFormValues(application));
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  // The panel opens with its heading focused, so keyboard and screen-reader users land in it.
  useEffect(() => headingRef.current?.focus(), []);
  const update = useMutation(
    trpc.regulation.updateApplication.mutationOptions({
      onSuccess: onSaved,
      onError: (error) => setErrors(formFieldErrors(error, { amountCents: "amount" })),
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    const result = applicationUpdateInput(values, { id: application.id, version: application.version });
    setErrors(result.errors);
    if (result.ok) update.mutate(result.data);
  };
  return (
    <form ref={formRef} className="form-stack card" noValidate onSubmit={onSubmit} aria-labelledby="aanvraag-wijzigen-kop">
      <h3 id="aanvraag-wijzigen-kop" ref={headingRef} tabIndex={-1}>
        {m.editHeading(application.pactName)}
      </h3>
      {update.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(update.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <ApplicationFields idPrefix="aanvraag" values={values} onChange={setValues} errors={errors} withPact={false} />
      <div className="form-actions">
        <button type="submit" aria-disabled={update.isPending || undefined}>
          {m.save}
        </button>
        <button type="button" className="button--secondary" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
