import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { organisationFieldsSchema } from "@zorgpact/domain/organisation";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { FormAlert, ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { apiFieldErrors, apiMessage } from "@zorgpact/ui/form-errors.ts";
import { levelLabels, sectorLabels } from "@zorgpact/ui/labels.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { commonMessages } from "../../messages/common.ts";
import { pactEditMessages } from "../../messages/pact-edit.ts";
import { organisationMessages } from "../../messages/organisations.ts";
import { trpc } from "../../trpc.ts";
import { emptyOrganisationForm, organisationSectorErrors, organisationToInput } from "../organisations/organisation-form.ts";
import { OrganisationFields } from "../organisations/OrganisationFields.tsx";
import { usePactCache } from "./usePactCache.ts";

const m = pactEditMessages.partners;
const RESULTS = 10;

/** Find an organisation in the registry and make it a partner, or add a new one to the registry and make it a partner at once. */
export function AddPartner({ pact, onAdded }: { pact: PactEditDetail; onAdded: (message: string | null) => void }) {
  const queryClient = useQueryClient();
  const { store } = usePactCache(pact.id);
  const [text, setText] = useState("");
  const [search, setSearch] = useState<string | null>(null);
  const [showNew, setShowNew] = useState(false);
  const results = useQuery(
    trpc.organisation.list.queryOptions({ search: search ?? "", pageSize: RESULTS }, { enabled: search !== null, placeholderData: keepPreviousData }),
  );
  const add = useMutation(
    trpc.partner.add.mutationOptions({
      onSuccess(next, input) {
        store(next);
        onAdded(m.added(next.partners.find((p) => p.id === input.organisationId)?.name ?? ""));
        void queryClient.invalidateQueries({ queryKey: trpc.organisation.list.queryKey() });
      },
    }),
  );

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(text.trim());
  };
  const partnerIds = new Set(pact.partners.map((p) => p.id));
  const addError = add.isError
    ? (apiFieldErrors(add.error)["organisationId"] ?? apiFieldErrors(add.error)["role"] ?? apiMessage(add.error) ?? commonMessages.unknownError)
    : null;

  return (
    <div className="add-partner" role="group" aria-labelledby="partner-toevoegen-kop">
      <h3 id="partner-toevoegen-kop">{m.addHeading}</h3>
      <form role="search" aria-label={m.searchFormLabel} className="form-row" onSubmit={onSearch}>
        <div className="field field--grow">
          <label htmlFor="partner-zoek">{m.searchLabel}</label>
          <p id="partner-zoek-hint" className="field-hint">
            {m.searchHint}
          </p>
          <input
            id="partner-zoek"
            type="search"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            aria-describedby="partner-zoek-hint"
            maxLength={100}
            autoComplete="off"
          />
        </div>
        <button type="submit">{commonMessages.searchSubmit}</button>
      </form>
      {addError ? (
        <FormAlert>
          <p>{addError}</p>
        </FormAlert>
      ) : null}
      <div aria-live="polite" className="partner-results">
        {search === null ? null : results.isPending ? (
          <LoadingState label={m.searching} />
        ) : results.isError ? (
          <ErrorState onRetry={() => void results.refetch()} />
        ) : results.data.items.length === 0 ? (
          <p>{m.noResults}</p>
        ) : (
          <>
            <p className="result-count">{m.results(results.data.total)}</p>
            <ul className="plain-list result-list">
              {results.data.items.map((org) => (
                <li key={org.id}>
                  <span>
                    <strong>{org.name}</strong> — {sectorLabels[org.sector]}
                    {org.level ? ` (${levelLabels[org.level]})` : ""}
                    {org.place ? `, ${org.place}` : ""}
                  </span>
                  {partnerIds.has(org.id) ? (
                    <span className="muted"> ({m.already})</span>
                  ) : (
                    <button
                      type="button"
                      className="button--secondary"
                      aria-disabled={add.isPending || undefined}
                      onClick={() => {
                        if (add.isPending) return;
                        onAdded(null);
                        add.mutate({ pactId: pact.id, organisationId: org.id, role: "partner" });
                      }}
                    >
                      {m.add}
                      <span className="visually-hidden">{m.addOf(org.name)}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {results.data.total > results.data.items.length ? <p className="muted">{m.more(results.data.items.length, results.data.total)}</p> : null}
          </>
        )}
      </div>
      <p>
        <button type="button" className="button--secondary" aria-expanded={showNew} aria-controls="nieuwe-organisatie" onClick={() => setShowNew(!showNew)}>
          {m.newOrganisation}
        </button>
      </p>
      <div id="nieuwe-organisatie" hidden={!showNew}>
        {showNew ? (
          <NewOrganisationForm
            pactId={pact.id}
            initialName={search ?? ""}
            onDone={(next, name) => {
              store(next);
              onAdded(m.added(name));
              setShowNew(false);
              void queryClient.invalidateQueries({ queryKey: trpc.organisation.list.queryKey() });
            }}
          />
        ) : null}
      </div>
    </div>
  );
}

/** A new organisation for the registry, added to the pact as partner right after; a duplicate name is refused at the name field. */
function NewOrganisationForm({ pactId, initialName, onDone }: { pactId: string; initialName: string; onDone: (next: PactEditDetail, name: string) => void }) {
  const addPartner = useMutation(trpc.partner.add.mutationOptions());
  const create = useMutation(trpc.organisation.create.mutationOptions());
  const form = useZodForm({
    schema: organisationFieldsSchema,
    defaultValues: { ...emptyOrganisationForm, name: initialName },
    toInput: organisationToInput,
    extraErrors: (values) => organisationSectorErrors(values, organisationMessages.chooseSector),
    async submit(input) {
      const org = await create.mutateAsync(input);
      return { next: await addPartner.mutateAsync({ pactId, organisationId: org.id, role: "partner" }), name: org.name };
    },
    savedMessage: null,
    onSaved: ({ next, name }) => onDone(next, name),
  });
  return (
    <div className="card">
      <h4 id="nieuwe-organisatie-kop">{m.newOrganisationHeading}</h4>
      <ZodFormView form={form} label={m.newOrganisationHeading} submitLabel={m.createAndAdd}>
        <OrganisationFields idPrefix="nieuwe-partner" form={form} />
      </ZodFormView>
    </div>
  );
}
