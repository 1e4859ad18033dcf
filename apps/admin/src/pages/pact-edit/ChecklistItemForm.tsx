import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { checklistTickInputSchema, type PhaseNumber } from "@zorgpact/domain/phase";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { validate } from "../../forms/validate.ts";
import { adminMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { TextAreaField } from "../../forms/fields.tsx";
import { todayInNetherlands } from "../../forms/today.ts";
import { usePactCache } from "./usePactCache.ts";

const m = adminMessages.phases;

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
  const [done, setDone] = useState(tick?.done ?? false);
  const [doneOn, setDoneOn] = useState(tick?.doneOn ?? "");
  const [note, setNote] = useState(tick?.note ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const tickItem = useMutation(
    trpc.phase.tickItem.mutationOptions({
      onSuccess(next) {
        // The form already shows what was saved; the message lives in the checklist's live region.
        onSaved(m.itemSaved(label));
        store(next);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const id = `checklist-${phase}-${itemKey}`;

  const toggle = (checked: boolean) => {
    setDone(checked);
    if (checked && doneOn === "") setDoneOn(todayInNetherlands());
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (tickItem.isPending) return;
    tickItem.reset();
    onSaved(null);
    const result = validate(checklistTickInputSchema, {
      pactId,
      phase,
      itemKey,
      done,
      doneOn: done && doneOn !== "" ? doneOn : null,
      note: note.trim() === "" ? null : note,
    });
    setErrors(result.errors);
    if (result.ok) tickItem.mutate(result.data);
  };

  return (
    <form className="checklist-item" noValidate onSubmit={onSubmit}>
      <fieldset>
        <legend>{label}</legend>
        {tickItem.isError && !errors["doneOn"] && !errors["note"] ? (
          <FormAlert title={messages.error.title}>
            <p>{formFailure(tickItem.error, adminMessages.common.checkFields)}</p>
          </FormAlert>
        ) : null}
        <label className="checkbox">
          <input type="checkbox" name="done" checked={done} onChange={(event) => toggle(event.currentTarget.checked)} />
          <span>{m.done}</span>
        </label>
        <div className="form-row">
          <TextField id={`${id}-datum`} name="doneOn" type="date" label={m.doneOn} value={doneOn} onValueChange={setDoneOn} error={errors["doneOn"]} />
          <div className="field--grow">
            <TextAreaField id={`${id}-notitie`} name="note" label={m.itemNote} value={note} onValueChange={setNote} error={errors["note"]} rows={2} />
          </div>
        </div>
        <button type="submit" className="button--secondary" aria-disabled={tickItem.isPending || undefined}>
          {tickItem.isPending ? adminMessages.common.saving : m.saveItem}
          <span className="visually-hidden">{m.saveItemOf(label)}</span>
        </button>
      </fieldset>
    </form>
  );
}
