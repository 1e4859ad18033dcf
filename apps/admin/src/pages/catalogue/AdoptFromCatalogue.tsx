import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { catalogueAdoptInputSchema, catalogueUnitLabels } from "@zorgpact/domain/indicator-catalogue";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { SelectField } from "../../forms/fields.tsx";
import { catalogueMessages } from "../../messages/catalogue.ts";
import { trpc } from "../../trpc.ts";
import { useAgenda } from "../agenda/agenda-context.ts";
import { adoptNumberErrors, adoptToInput, emptyAdoptForm } from "./adopt-form.ts";

const m = catalogueMessages.adopt;

/**
 * The agenda's "Uit de catalogus": adopt a national catalogue indicator on a result or effect.
 * A button that opens a small form; name, unit and direction come from the entry.
 */
export function AdoptFromCatalogue({ nodeId, nodeTitle, onAdopted }: { nodeId: string; nodeTitle: string; onAdopted: (name: string) => void }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    window.setTimeout(() => buttonRef.current?.focus(), 0);
  };
  if (open) {
    return (
      <AdoptForm
        nodeId={nodeId}
        onCancel={close}
        onDone={(name) => {
          onAdopted(name);
          close();
        }}
      />
    );
  }
  return (
    <p>
      <button ref={buttonRef} type="button" className="button--secondary" onClick={() => setOpen(true)}>
        {m.open}
        <span className="visually-hidden"> {nodeTitle}</span>
      </button>
    </p>
  );
}

function AdoptForm({ nodeId, onCancel, onDone }: { nodeId: string; onCancel: () => void; onDone: (name: string) => void }) {
  const id = useId();
  const { invalidate } = useAgenda();
  const options = useQuery(trpc.indicatorCatalogue.options.queryOptions());
  const adopt = useMutation(trpc.indicatorCatalogue.adopt.mutationOptions());
  const unitOf = (catalogueId: string) => options.data?.find((o) => o.id === catalogueId)?.unit;
  const form = useZodForm({
    schema: catalogueAdoptInputSchema,
    defaultValues: emptyAdoptForm,
    toInput: (values) => adoptToInput(values, nodeId, unitOf(values.catalogueId)),
    extraErrors: (values) => adoptNumberErrors(values, unitOf(values.catalogueId)),
    submit: adopt.mutateAsync,
    savedMessage: null,
    async onSaved(adopted) {
      await invalidate();
      onDone(adopted.name);
    },
  });
  const chosen = options.data?.find((o) => o.id === form.values.catalogueId);
  const euroHint = chosen?.unit === "euro" ? m.euroHint : undefined;
  return (
    <section aria-labelledby={`${id}-kop`} className="card">
      <h5 id={`${id}-kop`}>{m.heading}</h5>
      <p>{m.intro}</p>
      {options.data && options.data.length === 0 ? (
        <p className="muted">{m.none}</p>
      ) : (
        <ZodFormView
          form={form}
          label={m.heading}
          submitLabel={m.submit}
          pendingLabel={m.pending}
          actions={
            <button type="button" className="button--secondary" onClick={onCancel}>
              {m.cancel}
            </button>
          }
        >
          <SelectField id={`${id}-catalogus`} label={m.choose} {...form.bind("catalogueId")} required>
            <option value="">{m.chooseFirst}</option>
            {(options.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({catalogueUnitLabels[o.unit].toLowerCase()})
              </option>
            ))}
          </SelectField>
          {chosen ? <p className="field-hint">{chosen.definition}</p> : null}
          <div className="form-row">
            <TextField
              id={`${id}-nulwaarde`}
              label={m.baselineValue}
              hint={euroHint}
              inputMode="decimal"
              autoComplete="off"
              {...form.bind("baselineValue")}
              required
            />
            <TextField id={`${id}-nuldatum`} label={m.baselineDate} type="date" {...form.bind("baselineDate")} required />
          </div>
          <div className="form-row">
            <TextField
              id={`${id}-streefwaarde`}
              label={m.targetValue}
              hint={euroHint}
              inputMode="decimal"
              autoComplete="off"
              {...form.bind("targetValue")}
              required
            />
            <TextField id={`${id}-streefdatum`} label={m.targetDate} type="date" {...form.bind("targetDate")} required />
          </div>
        </ZodFormView>
      )}
    </section>
  );
}
