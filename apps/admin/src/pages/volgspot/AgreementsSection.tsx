import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { agreementAddInputSchema, type VolgspotYearView } from "@zorgpact/domain/volgspot";
import { FormStatus, ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
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
  const add = useMutation(trpc.volgspot.addAgreement.mutationOptions());
  const form = useZodForm({
    schema: agreementAddInputSchema,
    defaultValues: empty,
    toInput: (values: AgreementValues) => ({ volgspotId: view.current.id, ...values }),
    submit: add.mutateAsync,
    savedMessage: null,
    async onSaved() {
      onNotice(m.added);
      await onChanged();
      return empty;
    },
  });
  return (
    <div>
      <h3 id="afspraak-toevoegen-kop">{m.add}</h3>
      <ZodFormView form={form} label={m.add} submitLabel={m.add} pendingLabel={m.adding}>
        <AgreementFields idPrefix="nieuwe-afspraak" values={form.values} onChange={form.setValues} errors={form.errors} partners={view.known.partners} />
      </ZodFormView>
    </div>
  );
}
