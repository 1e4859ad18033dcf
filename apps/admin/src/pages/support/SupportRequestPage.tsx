import "../pact-edit/pact-edit.css";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useSearchParams } from "react-router";
import { pactMayRequestSupport, supportCreateInputSchema, supportQuestionTypes } from "@zorgpact/domain/support";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { SelectField, TextAreaField } from "../../forms/fields.tsx";
import { messages } from "../../messages.ts";
import { commonMessages } from "../../messages/common.ts";
import { supportMessages, supportQuestionTypeLabels } from "../../messages/support.ts";
import { useAllManagedPacts } from "../../pacts/useAllManagedPacts.ts";
import { trpc } from "../../trpc.ts";

const m = supportMessages.request;

/** `/ondersteuning/nieuw?zorgpact=…`: an editor (or the national team) asks for support for a pact. */
export function SupportRequestPage() {
  useDocumentTitle(m.title, messages.siteName);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const managed = useAllManagedPacts();
  const pacts = managed.pacts.filter((p) => pactMayRequestSupport(p.kind));
  const create = useMutation(trpc.support.create.mutationOptions());
  const form = useZodForm({
    schema: supportCreateInputSchema,
    defaultValues: { pactId: params.get("zorgpact") ?? "", questionType: "", question: "" },
    // Only one pact to choose: it is the one.
    toInput: (values) => ({ ...values, pactId: values.pactId || (pacts.length === 1 ? pacts[0]!.id : "") }),
    submit: create.mutateAsync,
    savedMessage: null,
    async onSaved(created) {
      await queryClient.invalidateQueries({ queryKey: trpc.support.list.queryKey() });
      await navigate(`/ondersteuning/${created.id}`, { state: { notice: m.created } });
    },
  });
  const pactId = form.values.pactId || (pacts.length === 1 ? pacts[0]!.id : "");
  const pactField = form.bind("pactId");
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
        <ZodFormView
          form={form}
          label={m.heading}
          submitLabel={m.submit}
          pendingLabel={m.submitting}
          actions={<Link to="/ondersteuning">{commonMessages.cancel}</Link>}
        >
          <SelectField id="aanvraag-zorgpact" {...pactField} label={m.pact} value={pactId} required>
            <option value="">{commonMessages.choose}</option>
            {pacts.map((pact) => (
              <option key={pact.id} value={pact.id}>
                {pact.name}
              </option>
            ))}
          </SelectField>
          <SelectField id="aanvraag-soort" {...form.bind("questionType")} label={m.questionType} required>
            <option value="">{commonMessages.choose}</option>
            {supportQuestionTypes.map((type) => (
              <option key={type} value={type}>
                {supportQuestionTypeLabels[type]}
              </option>
            ))}
          </SelectField>
          <TextAreaField id="aanvraag-vraag" {...form.bind("question")} label={m.question} hint={m.questionHint} maxLength={5000} rows={6} required />
        </ZodFormView>
      )}
    </>
  );
}
