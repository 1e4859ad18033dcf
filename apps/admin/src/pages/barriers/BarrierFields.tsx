import { useQuery } from "@tanstack/react-query";
import { barrierOutcomes, ministries, reachableBarrierStatuses, type BarrierStatus } from "@zorgpact/domain/barrier";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import type { ZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { SelectField, TextAreaField } from "../../forms/fields.tsx";
import { barrierMessages } from "../../messages/barrier.ts";
import { trpc } from "../../trpc.ts";
import type { BarrierFormValues } from "./barrier-form.ts";

const m = barrierMessages;
const f = m.form;

interface FieldsProps {
  idPrefix: string;
  form: ZodForm<BarrierFormValues>;
}

const withOptional = (label: string) => `${label} ${f.optional}`;

/** The report itself: question, context, submitter, pact, date and source. */
export function IntakeFields({ idPrefix, form }: FieldsProps) {
  const { values, errors } = form;
  const pacts = useQuery(trpc.pact.listManaged.queryOptions({ pageSize: 100 }));
  const set = (key: keyof BarrierFormValues) => (value: string) => form.setValues({ ...values, [key]: value });
  return (
    <fieldset className="form-stack">
      <legend>{f.intakeHeading}</legend>
      <TextAreaField
        id={`${idPrefix}-vraag`}
        name="question"
        label={f.question}
        hint={f.questionHint}
        value={values.question}
        onValueChange={set("question")}
        error={errors["question"]}
        required
      />
      <TextAreaField
        id={`${idPrefix}-toelichting`}
        name="context"
        label={withOptional(f.context)}
        hint={f.contextHint}
        value={values.context}
        onValueChange={set("context")}
        error={errors["context"]}
      />
      <div className="form-row">
        <TextField
          id={`${idPrefix}-organisatie`}
          name="organisation"
          label={withOptional(f.organisation)}
          autoComplete="off"
          value={values.organisation}
          onValueChange={set("organisation")}
          error={errors["organisation"]}
        />
        <TextField
          id={`${idPrefix}-naam`}
          name="submitterName"
          label={withOptional(f.submitterName)}
          hint={f.submitterHint}
          autoComplete="off"
          value={values.submitterName}
          onValueChange={set("submitterName")}
          error={errors["submitterName"]}
        />
        <TextField
          id={`${idPrefix}-email`}
          name="submitterEmail"
          type="email"
          label={withOptional(f.submitterEmail)}
          hint={f.submitterHint}
          autoComplete="off"
          spellCheck={false}
          value={values.submitterEmail}
          onValueChange={set("submitterEmail")}
          error={errors["submitterEmail"]}
        />
      </div>
      <div className="form-row">
        <SelectField
          id={`${idPrefix}-zorgpact`}
          name="pactId"
          label={withOptional(f.pact)}
          hint={pacts.isError ? f.pactsFailed : undefined}
          value={values.pactId}
          onValueChange={set("pactId")}
          error={errors["pactId"]}
        >
          <option value="">{f.noPact}</option>
          {(pacts.data?.items ?? []).map((pact) => (
            <option key={pact.id} value={pact.id}>
              {pact.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${idPrefix}-ontvangen`}
          name="receivedOn"
          label={f.receivedOn}
          hint={f.receivedOnHint}
          inputMode="numeric"
          autoComplete="off"
          value={values.receivedOn}
          onValueChange={set("receivedOn")}
          error={errors["receivedOn"]}
          required
        />
      </div>
      <TextField
        id={`${idPrefix}-bron`}
        name="source"
        label={withOptional(f.source)}
        hint={f.sourceHint}
        autoComplete="off"
        value={values.source}
        onValueChange={set("source")}
        error={errors["source"]}
      />
    </fieldset>
  );
}

/** Triage: ministry, topic, status (only the ones the stored status can reach), answer and outcome. */
export function TriageFields({ idPrefix, form, storedStatus }: FieldsProps & { storedStatus: BarrierStatus }) {
  const { values, errors } = form;
  const set = (key: keyof BarrierFormValues) => (value: string) => form.setValues({ ...values, [key]: value });
  return (
    <fieldset className="form-stack">
      <legend>{f.triageHeading}</legend>
      <div className="form-row">
        <SelectField
          id={`${idPrefix}-status`}
          name="status"
          label={f.status}
          hint={f.statusHint}
          value={values.status}
          onValueChange={set("status")}
          error={errors["status"]}
        >
          {reachableBarrierStatuses(storedStatus).map((status) => (
            <option key={status} value={status}>
              {m.status[status]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${idPrefix}-ministerie`}
          name="ministry"
          label={f.ministry}
          value={values.ministry}
          onValueChange={set("ministry")}
          error={errors["ministry"]}
        >
          <option value="">{f.noMinistry}</option>
          {ministries.map((ministry) => (
            <option key={ministry} value={ministry}>
              {m.ministry[ministry]}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${idPrefix}-onderwerp`}
          name="topic"
          label={withOptional(f.topic)}
          hint={f.topicHint}
          autoComplete="off"
          value={values.topic}
          onValueChange={set("topic")}
          error={errors["topic"]}
        />
      </div>
      <TextAreaField
        id={`${idPrefix}-antwoord`}
        name="answer"
        label={f.answer}
        hint={f.answerHint}
        rows={6}
        value={values.answer}
        onValueChange={set("answer")}
        error={errors["answer"]}
      />
      <SelectField id={`${idPrefix}-uitkomst`} name="outcome" label={f.outcome} value={values.outcome} onValueChange={set("outcome")} error={errors["outcome"]}>
        <option value="">{f.noOutcome}</option>
        {barrierOutcomes.map((outcome) => (
          <option key={outcome} value={outcome}>
            {m.outcome[outcome]}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}
