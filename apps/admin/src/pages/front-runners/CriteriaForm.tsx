import { useMutation } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
import { frontRunnerCriteria, type CriterionInput, type CriterionReview } from "@zorgpact/domain/front-runner";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { formatTimestamp } from "@zorgpact/ui/format.ts";
import { FormProblem, SubmitButton } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { TextAreaField } from "../../forms/fields.tsx";
import { commonMessages } from "../../messages/common.ts";
import { frontRunnerMessages } from "../../messages/front-runners.ts";
import { trpc } from "../../trpc.ts";
import { usePactCache } from "../pact-edit/usePactCache.ts";
import { changedCriteria, criteriaFormSchema, criteriaValues } from "./criteria-form.ts";

const m = frontRunnerMessages.review;

/** Every criterion with "Voldaan" and a note; saving sends only the criteria that changed, one by one. */
export function CriteriaForm({
  pact,
  criteria,
  onStatus,
}: {
  pact: PactEditDetail;
  criteria: readonly CriterionReview[];
  onStatus: (message: string | null) => void;
}) {
  const { store } = usePactCache(pact.id);
  const setCriterion = useMutation(trpc.frontRunner.setCriterion.mutationOptions());
  // What the server holds per criterion, moved on after each criterion saved: a save that fails halfway resends only the rest.
  const stored = useRef(criteriaValues(criteria));
  const form = useZodForm({
    schema: criteriaFormSchema,
    defaultValues: criteriaValues(criteria),
    toInput: (typed) => changedCriteria(pact.id, typed, stored.current),
    async submit(inputs) {
      let next: PactEditDetail | null = null;
      try {
        for (const input of Object.values(inputs).filter((i): i is CriterionInput => i !== null)) {
          next = await setCriterion.mutateAsync(input);
          stored.current = { ...stored.current, [input.criterionKey]: { met: input.met, note: input.note ?? "" } };
        }
      } finally {
        if (next) store(next);
      }
      return next;
    },
    savedMessage: null,
    onSaved: (next) => onStatus(next ? m.criteriaSaved : commonMessages.nothingChanged),
  });
  const { attachForm, onSubmit, pending, errors } = form;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    onStatus(null);
    onSubmit(event);
  };
  const metCount = criteria.filter((c) => c.met).length;

  return (
    <form ref={attachForm} className="form-stack form-stack--wide" noValidate onSubmit={submit} aria-labelledby="criteria-kop">
      <h3 id="criteria-kop">{m.criteriaLegend}</h3>
      <p className="field-hint">{m.criteriaHint}</p>
      <p>{m.criteriaProgress(metCount, frontRunnerCriteria.length)}</p>
      <FormProblem form={form} />
      {frontRunnerCriteria.map((c) => {
        const met = form.bind(`${c.key}.met`);
        const note = form.bind(`${c.key}.note`);
        const checked = criteria.find((r) => r.key === c.key);
        return (
          <fieldset key={c.key}>
            <legend>{c.label}</legend>
            <label className="checkbox">
              <input type="checkbox" name={met.name} checked={met.value} onChange={(event) => met.onValueChange(event.currentTarget.checked)} />
              <span>{m.met}</span>
            </label>
            <TextAreaField
              id={`criterium-${c.key}-toelichting`}
              label={`${m.criterionNote} ${commonMessages.optional}`}
              rows={2}
              name={note.name}
              value={note.value}
              onValueChange={note.onValueChange}
              error={errors[c.key]}
            />
            {checked?.checkedAt ? <p className="muted">{m.checkedBy(checked.checkedByName ?? m.unknownWho, formatTimestamp(checked.checkedAt))}</p> : null}
          </fieldset>
        );
      })}
      <div className="form-actions">
        <SubmitButton pending={pending} label={m.saveCriteria} pendingLabel={commonMessages.saving} />
      </div>
    </form>
  );
}
