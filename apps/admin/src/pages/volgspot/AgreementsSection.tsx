import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { agreementAddInputSchema, type VolgspotYearView } from "@zorgpact/domain/volgspot";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { FormAlert, formFailure, FormStatus } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { adminMessages, messages } from "../../messages.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";
import { trpc } from "../../trpc.ts";
import { AgreementFields, type AgreementValues } from "./AgreementFields.tsx";
import { AgreementItem } from "./AgreementItem.tsx";

const m = volgspotMessages.agreements;
const empty: AgreementValues = { text: "", ownerOrganisationId: "", dueOn: "" };

/** Open agreements of earlier years, reviewed first in this Volgspot. */
export function CarriedOverSection({ view, onChanged }: { view: VolgspotYearView; onChanged: () => Promise<unknown> }) {
  const [notice, setNotice] = useState<string | null>(null);
  if (view.carriedOver.length === 0) return null;
  return (
    <section className="volgspot-section" aria-labelledby="eerder-kop">
      <h2 id="eerder-kop">{m.carriedHeading}</h2>
      <p>{m.carriedIntro}</p>
      <FormStatus>{notice}</FormStatus>
      <ul className="plain-list volgspot-agreements">
        {view.carriedOver.map((a) => (
          <AgreementItem key={a.id} agreement={a} editable={false} partners={view.known.partners} showYear onChanged={onChanged} onNotice={setNotice} />
        ))}
      </ul>
    </section>
  );
}

/** This year's agreements: added and changed while the Volgspot is a draft, their status always. */
export function AgreementsSection({ view, onChanged }: { view: VolgspotYearView; onChanged: () => Promise<unknown> }) {
  const [notice, setNotice] = useState<string | null>(null);
  const editable = view.actions.edit;
  return (
    <section className="volgspot-section" aria-labelledby="afspraken-kop">
      <h2 id="afspraken-kop">{m.heading}</h2>
      <p>{m.intro}</p>
      {!editable ? <p className="volgspot-meta">{m.lockedNote}</p> : null}
      <FormStatus>{notice}</FormStatus>
      {view.agreements.length === 0 ? (
        <EmptyState>{m.none}</EmptyState>
      ) : (
        <ul className="plain-list volgspot-agreements">
          {view.agreements.map((a) => (
            <AgreementItem key={a.id} agreement={a} editable={editable} partners={view.known.partners} onChanged={onChanged} onNotice={setNotice} />
          ))}
        </ul>
      )}
      {editable ? <AddAgreementForm view={view} onChanged={onChanged} onNotice={setNotice} /> : null}
    </section>
  );
}

function AddAgreementForm({ view, onChanged, onNotice }: { view: VolgspotYearView; onChanged: () => Promise<unknown>; onNotice: (text: string) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<AgreementValues>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const add = useMutation(
    trpc.volgspot.addAgreement.mutationOptions({
      async onSuccess() {
        setValues(empty);
        onNotice(m.added);
        await onChanged();
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    add.reset();
    const result = validate(agreementAddInputSchema, { volgspotId: view.current.id, ...values });
    setErrors(result.errors);
    if (result.ok) add.mutate(result.data);
  };
  return (
    <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-labelledby="afspraak-toevoegen-kop">
      <h3 id="afspraak-toevoegen-kop">{m.add}</h3>
      {add.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(add.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <AgreementFields idPrefix="nieuwe-afspraak" values={values} onChange={setValues} errors={errors} partners={view.known.partners} />
      <div className="form-actions">
        <button type="submit" aria-disabled={add.isPending || undefined}>
          {add.isPending ? m.adding : m.add}
        </button>
      </div>
    </form>
  );
}
