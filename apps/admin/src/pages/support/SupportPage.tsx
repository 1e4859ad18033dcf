import "../pact-edit/pact-edit.css";
import "./support.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Link, useLocation, useParams } from "react-router";
import { editorMayEditQuestion, nextSupportStatuses, supportQuestionTypes, supportUpdateInputSchema, type SupportRecord } from "@zorgpact/domain/support";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { formatDate } from "@zorgpact/ui/format.ts";
import { FormStatus, ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { LatestUnavailable, useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { isNationalAdmin, useSignedInUser } from "../../auth/signed-in-user.ts";
import { SelectField, TextAreaField } from "../../forms/fields.tsx";
import { messages } from "../../messages.ts";
import { commonMessages } from "../../messages/common.ts";
import { supportMessages, supportQuestionTypeLabels, supportStatusLabels } from "../../messages/support.ts";
import { RecordPage } from "../../layout/RecordPage.tsx";
import { trpc } from "../../trpc.ts";
import { supportFormValues, supportHandlingErrors, supportToInput, type SupportFormValues } from "./support-form.ts";

const m = supportMessages.detail;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/ondersteuning/:id`: one trajectory; its pact's editors rephrase while requested, the national team handles it. */
export function SupportPage() {
  const { id = "" } = useParams();
  const valid = UUID.test(id);
  const query = useQuery(trpc.support.get.queryOptions({ id }, { enabled: valid }));
  useDocumentTitle(query.data ? m.title(query.data.pactName) : m.loadingTitle, messages.siteName);
  return (
    <RecordPage
      query={query}
      validId={valid}
      back={{ to: "/ondersteuning", label: m.back }}
      title={m.loadingTitle}
      notFound={{ title: m.loadingTitle, text: m.notFound }}
      // Another pact's trajectory is hidden as if it were not there.
      missingCodes={["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"]}
    >
      {(trajectory, back) => (
        <>
          {back}
          <Trajectory key={trajectory.id} trajectory={trajectory} />
        </>
      )}
    </RecordPage>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Trajectory({ trajectory }: { trajectory: SupportRecord }) {
  const admin = isNationalAdmin(useSignedInUser());
  const location = useLocation();
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  const editable = admin || editorMayEditQuestion(trajectory.status);
  return (
    <>
      <h1>{m.title(trajectory.pactName)}</h1>
      <FormStatus>{typeof notice === "string" ? notice : null}</FormStatus>
      <h2>{m.facts}</h2>
      <dl className="pact-meta">
        <Fact label={m.pact}>
          <Link to={`/zorgpacten/${trajectory.pactId}`}>{trajectory.pactName}</Link>
        </Fact>
        <Fact label={supportMessages.list.questionType}>{supportQuestionTypeLabels[trajectory.questionType]}</Fact>
        <Fact label={m.status}>{supportStatusLabels[trajectory.status]}</Fact>
        <Fact label={m.requestedOn}>{formatDate(trajectory.requestedOn)}</Fact>
        {trajectory.requestedByName ? <Fact label={m.requestedBy}>{trajectory.requestedByName}</Fact> : null}
        <Fact label={m.advisor}>{trajectory.advisorName ?? m.none}</Fact>
        {trajectory.startedOn ? <Fact label={m.startedOn}>{formatDate(trajectory.startedOn)}</Fact> : null}
        {trajectory.endedOn ? <Fact label={m.endedOn}>{formatDate(trajectory.endedOn)}</Fact> : null}
      </dl>
      <h2>{m.questionHeading}</h2>
      <p className="support-question-text">{trajectory.question}</p>
      {trajectory.outcome ? (
        <>
          <h2>{m.outcome}</h2>
          <p className="support-question-text">{trajectory.outcome}</p>
        </>
      ) : null}
      {editable ? <TrajectoryForm trajectory={trajectory} admin={admin} /> : <p className="notice">{m.questionLocked}</p>}
    </>
  );
}

function TrajectoryForm({ trajectory, admin }: { trajectory: SupportRecord; admin: boolean }) {
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(trajectory.version);
  const update = useMutation(trpc.support.update.mutationOptions());
  const form = useZodForm({
    schema: supportUpdateInputSchema,
    defaultValues: supportFormValues(trajectory),
    toInput: (values) => supportToInput(values, trajectory, version, admin),
    extraErrors: (values) => supportHandlingErrors(values, trajectory, version, admin),
    submit: update.mutateAsync,
    savedMessage: m.saved,
    onSaved(stored) {
      setVersion(stored.version);
      queryClient.setQueryData(trpc.support.get.queryKey({ id: trajectory.id }), stored);
      void queryClient.invalidateQueries({ queryKey: trpc.support.list.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.support.overview.queryKey() });
      return supportFormValues(stored);
    },
    // What was typed stays; saving again goes against the newest version.
    async loadLatest() {
      const latest = await queryClient.fetchQuery({ ...trpc.support.get.queryOptions({ id: trajectory.id }), staleTime: 0 }).catch((error: unknown) => {
        if (errorCode(error) === "NOT_FOUND") throw new LatestUnavailable(commonMessages.latestGone);
        throw error;
      });
      setVersion(latest.version);
      return m.latestLoaded;
    },
  });
  const { values, errors } = form;
  const set = (patch: Partial<SupportFormValues>) => form.setValues({ ...values, ...patch });
  const statuses = [trajectory.status, ...nextSupportStatuses(trajectory.status)];
  // A brand-new date field starts at today, which is what the team usually means.
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
  const heading = admin ? m.handlingHeading : m.editQuestion;

  return (
    <section aria-labelledby="traject-wijzigen">
      <h2 id="traject-wijzigen">{heading}</h2>
      <ZodFormView form={form} label={heading} submitLabel={m.save} pendingLabel={m.saving}>
        <SelectField
          id="traject-soort"
          name="questionType"
          label={supportMessages.list.questionType}
          value={values.questionType}
          onValueChange={(v) => set({ questionType: v as SupportFormValues["questionType"] })}
          error={errors["questionType"]}
          required
        >
          {supportQuestionTypes.map((type) => (
            <option key={type} value={type}>
              {supportQuestionTypeLabels[type]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id="traject-vraag"
          name="question"
          label={m.questionHeading}
          value={values.question}
          onValueChange={(question) => set({ question })}
          error={errors["question"]}
          maxLength={5000}
          rows={5}
          required
        />
        {admin ? (
          <fieldset>
            <legend>{m.handlingHeading}</legend>
            <p className="field-hint">{m.handlingIntro}</p>
            <SelectField
              id="traject-status"
              name="status"
              label={m.status}
              value={values.status}
              onValueChange={(v) => {
                const status = v as SupportFormValues["status"];
                set({
                  status,
                  startedOn: status === "in_progress" && !values.startedOn ? today : values.startedOn,
                  endedOn: (status === "completed" || status === "declined") && !values.endedOn ? today : values.endedOn,
                });
              }}
              error={errors["status"]}
            >
              {statuses.map((status) => (
                <option key={status} value={status}>
                  {supportStatusLabels[status]}
                </option>
              ))}
            </SelectField>
            <TextField
              id="traject-adviseur"
              name="advisorName"
              label={m.advisor}
              hint={m.advisorHint}
              value={values.advisorName}
              onValueChange={(advisorName) => set({ advisorName })}
              error={errors["advisorName"]}
              maxLength={200}
              autoComplete="off"
            />
            <div className="form-row">
              <TextField
                id="traject-start"
                name="startedOn"
                type="date"
                label={m.startedOn}
                hint={m.startedHint}
                value={values.startedOn}
                onValueChange={(startedOn) => set({ startedOn })}
                error={errors["startedOn"]}
              />
              <TextField
                id="traject-einde"
                name="endedOn"
                type="date"
                label={m.endedOn}
                hint={m.endedHint}
                value={values.endedOn}
                onValueChange={(endedOn) => set({ endedOn })}
                error={errors["endedOn"]}
              />
            </div>
            <TextAreaField
              id="traject-uitkomst"
              name="outcome"
              label={m.outcome}
              hint={m.outcomeHint}
              value={values.outcome}
              onValueChange={(outcome) => set({ outcome })}
              error={errors["outcome"]}
              maxLength={5000}
              rows={4}
            />
          </fieldset>
        ) : null}
      </ZodFormView>
    </section>
  );
}
