import { useMutation } from "@tanstack/react-query";
import { checklistTickInputSchema, type PhaseNumber } from "@zorgpact/domain/phase";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { FormProblem, SubmitButton } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { commonMessages } from "../../messages/common.ts";
import { pactEditMessages } from "../../messages/pact-edit.ts";
import { trpc } from "../../trpc.ts";
import { TextAreaField } from "../../forms/fields.tsx";
import { todayInNetherlands } from "../../forms/today.ts";
import { usePactCache } from "./usePactCache.ts";

const m = pactEditMessages.phases;

/** One checklist item: done or not, the day it was done and a note (`phase.tickItem`; the last save wins). */
export function ChecklistItemForm({
  pactId,
  phase,
  itemKey,
  label,
  tick,
  onSaved,
}: {
  pactId: string;
  phase: PhaseNumber;
  itemKey: string;
  label: string;
  tick: { done: boolean; doneOn: string | null; note: string | null } | undefined;
  onSaved: (message: string | null) => void;
}) {
  const { store } = usePactCache(pactId);
  const tickItem = useMutation(trpc.phase.tickItem.mutationOptions());
  const form = useZodForm({
    schema: checklistTickInputSchema,
    defaultValues: { done: tick?.done ?? false, doneOn: tick?.doneOn ?? "", note: tick?.note ?? "" },
    toInput: ({ done, doneOn, note }) => ({
      pactId,
      phase,
      itemKey,
      done,
      doneOn: done && doneOn !== "" ? doneOn : null,
      note: note.trim() === "" ? null : note,
    }),
    async submit(input) {
      onSaved(null);
      return tickItem.mutateAsync(input);
    },
    // The form already shows what was saved; the message lives in the checklist's live region.
    savedMessage: null,
    onSaved(next) {
      onSaved(m.itemSaved(label));
      store(next);
    },
  });
  const { values, setValues } = form;
  const id = `checklist-${phase}-${itemKey}`;

  const toggle = (checked: boolean) => setValues({ ...values, done: checked, doneOn: checked && values.doneOn === "" ? todayInNetherlands() : values.doneOn });

  return (
    <form ref={(element) => form.attachForm(element)} className="checklist-item" noValidate onSubmit={form.onSubmit}>
      <fieldset>
        <legend>{label}</legend>
        <FormProblem form={form} />
        <label className="checkbox">
          <input type="checkbox" name="done" checked={values.done} onChange={(event) => toggle(event.currentTarget.checked)} />
          <span>{m.done}</span>
        </label>
        <div className="form-row">
          <TextField id={`${id}-datum`} type="date" label={m.doneOn} {...form.bind("doneOn")} />
          <div className="field--grow">
            <TextAreaField id={`${id}-notitie`} label={m.itemNote} rows={2} {...form.bind("note")} />
          </div>
        </div>
        <SubmitButton
          pending={form.pending}
          className="button--secondary"
          label={
            <>
              {m.saveItem}
              <span className="visually-hidden">{m.saveItemOf(label)}</span>
            </>
          }
          pendingLabel={commonMessages.saving}
        />
      </fieldset>
    </form>
  );
}
