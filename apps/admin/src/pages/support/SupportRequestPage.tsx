import "../pact-edit/pact-edit.css";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { pactMayRequestSupport, supportQuestionTypes } from "@zorgpact/domain/support";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { SelectField, TextAreaField } from "../../forms/fields.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { supportMessages, supportQuestionTypeLabels } from "../../messages/support.ts";
import { useAllManagedPacts } from "../../pacts/useAllManagedPacts.ts";
import { trpc } from "../../trpc.ts";
import { supportRequestInput } from "./support-form.ts";

const m = supportMessages.request;

/** `/ondersteuning/nieuw?zorgpact=…`: an editor (or the national team) asks for support for a pact. */
export function SupportRequestPage() {
  useDocumentTitle(m.title, messages.siteName);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const managed = useAllManagedPacts();
  const pacts = managed.pacts.filter((p) => pactMayRequestSupport(p.kind));
  const [values, setValues] = useState({ pactId: params.get("zorgpact") ?? "", questionType: "", question: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const create = useMutation(
    trpc.support.create.mutationOptions({
      async onSuccess(created) {
        await queryClient.invalidateQueries({ queryKey: trpc.support.list.queryKey() });
        await navigate(`/ondersteuning/${created.id}`, { state: { notice: m.created } });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  // Only one pact to choose: it is the one.
  const pactId = values.pactId || (pacts.length === 1 ? pacts[0]!.id : "");
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.reset();
    const result = supportRequestInput({ ...values, pactId });
    setErrors(result.errors);
    if (result.ok) create.mutate(result.data);
  };
  const back = (
    <p className="back-link">
      <Link to="/ondersteuning">← {supportMessages.detail.back}</Link>
    </p>
  );

  if (managed.isPending) return <LoadingState />;
  if (managed.isError) return <ErrorState message={m.pactsFailed} onRetry={managed.refetch} />;
  return (
    <>
      {back}
      <h1>{m.heading}</h1>
      <p>{m.intro}</p>
      {pacts.length === 0 ? (
        <p className="notice">{m.noPacts}</p>
      ) : (
        <>
          {create.isError ? (
            <FormAlert title={messages.error.title}>
              <p>{formFailure(create.error, adminMessages.common.checkFields)}</p>
            </FormAlert>
          ) : null}
          <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={m.heading}>
            <SelectField
              id="aanvraag-zorgpact"
              name="pactId"
              label={m.pact}
              value={pactId}
              onValueChange={(v) => setValues({ ...values, pactId: v })}
              error={errors["pactId"]}
              required
            >
              <option value="">{adminMessages.common.choose}</option>
              {pacts.map((pact) => (
                <option key={pact.id} value={pact.id}>
                  {pact.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              id="aanvraag-soort"
              name="questionType"
              label={m.questionType}
              value={values.questionType}
              onValueChange={(v) => setValues({ ...values, questionType: v })}
              error={errors["questionType"]}
              required
            >
              <option value="">{adminMessages.common.choose}</option>
              {supportQuestionTypes.map((type) => (
                <option key={type} value={type}>
                  {supportQuestionTypeLabels[type]}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              id="aanvraag-vraag"
              name="question"
              label={m.question}
              hint={m.questionHint}
              value={values.question}
              onValueChange={(v) => setValues({ ...values, question: v })}
              error={errors["question"]}
              maxLength={5000}
              rows={6}
              required
            />
            <div className="form-actions">
              <button type="submit" aria-disabled={create.isPending || undefined}>
                {create.isPending ? m.submitting : m.submit}
              </button>
              <Link to="/ondersteuning">{adminMessages.common.cancel}</Link>
            </div>
          </form>
        </>
      )}
    </>
  );
}
