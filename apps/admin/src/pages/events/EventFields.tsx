import { useQuery } from "@tanstack/react-query";
import { eventKinds } from "@zorgpact/domain/event";
import type { ZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { ErrorState } from "@zorgpact/ui/Status.tsx";
import { ChoiceGroup, SelectField, TextAreaField } from "../../forms/fields.tsx";
import { commonMessages } from "../../messages/common.ts";
import { eventKindLabels, eventMessages } from "../../messages/event.ts";
import { trpc } from "../../trpc.ts";
import { PactPicker } from "../users/PactPicker.tsx";
import type { EventFormValues } from "./event-form.ts";

const m = eventMessages.form;

/** Every field of an event; the times are Amsterdam wall-clock time (datetime-local). */
export function EventFields({ form }: { form: ZodForm<EventFormValues> }) {
  const { values, errors } = form;
  const set = (patch: Partial<EventFormValues>) => form.setValues({ ...values, ...patch });
  const themes = useQuery(trpc.theme.list.queryOptions());
  return (
    <>
      <SelectField
        id="evenement-soort"
        name="kind"
        label={m.kind}
        value={values.kind}
        onValueChange={(v) => set({ kind: v as EventFormValues["kind"] })}
        error={errors["kind"]}
        required
      >
        <option value="">{commonMessages.choose}</option>
        {eventKinds.map((kind) => (
          <option key={kind} value={kind}>
            {eventKindLabels[kind]}
          </option>
        ))}
      </SelectField>
      <TextField
        id="evenement-titel"
        name="title"
        label={m.title}
        value={values.title}
        onValueChange={(title) => set({ title })}
        error={errors["title"]}
        maxLength={200}
        autoComplete="off"
        required
      />
      <TextAreaField
        id="evenement-omschrijving"
        name="description"
        label={m.description}
        value={values.description}
        onValueChange={(description) => set({ description })}
        error={errors["description"]}
        maxLength={5000}
        rows={4}
      />
      <DateTimeRange
        start={{ ...form.bind("startsAt"), id: "evenement-begin", label: m.startsAt }}
        end={{ ...form.bind("endsAt"), id: "evenement-einde", label: m.endsAt }}
        // A start typed first fills the end, so a one-day event needs one time changed.
        onStartChange={(startsAt) => set({ startsAt, endsAt: values.endsAt || startsAt })}
      />
      <TextField
        id="evenement-locatie"
        name="location"
        label={m.location}
        hint={m.locationHint}
        value={values.location}
        onValueChange={(location) => set({ location })}
        error={errors["location"]}
        maxLength={300}
      />
      <TextField
        id="evenement-online"
        name="onlineUrl"
        type="url"
        label={m.onlineUrl}
        hint={m.urlHint}
        value={values.onlineUrl}
        onValueChange={(onlineUrl) => set({ onlineUrl })}
        error={errors["onlineUrl"]}
        maxLength={500}
      />
      <TextField
        id="evenement-organisatie"
        name="organiser"
        label={m.organiser}
        value={values.organiser}
        onValueChange={(organiser) => set({ organiser })}
        error={errors["organiser"]}
        maxLength={200}
      />
      <PactPicker idPrefix="evenement" texts={m} selected={values.pactIds} onChange={(pactIds) => set({ pactIds })} error={errors["pactIds"]} />
      {themes.isError ? (
        <ErrorState message={m.themesFailed} onRetry={() => void themes.refetch()} />
      ) : (
        <ChoiceGroup
          id="evenement-themas"
          name="themeIds"
          type="checkbox"
          legend={m.themes}
          choices={(themes.data ?? []).map((t) => ({ value: t.id, label: t.label }))}
          selected={values.themeIds}
          onChange={(themeIds) => set({ themeIds })}
          error={errors["themeIds"]}
        />
      )}
      <div className="form-row">
        <TextField
          id="evenement-verwacht"
          name="expectedParticipants"
          inputMode="numeric"
          label={m.expected}
          hint={m.participantsHint}
          value={values.expectedParticipants}
          onValueChange={(expectedParticipants) => set({ expectedParticipants })}
          error={errors["expectedParticipants"]}
        />
        <TextField
          id="evenement-werkelijk"
          name="actualParticipants"
          inputMode="numeric"
          label={m.actual}
          hint={m.participantsHint}
          value={values.actualParticipants}
          onValueChange={(actualParticipants) => set({ actualParticipants })}
          error={errors["actualParticipants"]}
        />
      </div>
      <TextField
        id="evenement-aanmelden"
        name="registrationUrl"
        type="url"
        label={m.registrationUrl}
        hint={m.urlHint}
        value={values.registrationUrl}
        onValueChange={(registrationUrl) => set({ registrationUrl })}
        error={errors["registrationUrl"]}
        maxLength={500}
      />
      <TextAreaField
        id="evenement-bron"
        name="sourceNote"
        label={m.sourceNote}
        hint={m.sourceNoteHint}
        value={values.sourceNote}
        onValueChange={(sourceNote) => set({ sourceNote })}
        error={errors["sourceNote"]}
        maxLength={1000}
        rows={3}
      />
      <label className="checkbox">
        <input type="checkbox" name="published" checked={values.published} onChange={(event) => set({ published: event.currentTarget.checked })} />
        <span>{m.published}</span>
      </label>
    </>
  );
}

interface DateTimeHalf {
  id: string;
  name: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  error: string | undefined;
}

/** A start and an end as Amsterdam wall-clock time (datetime-local), side by side. */
function DateTimeRange({ start, end, onStartChange }: { start: DateTimeHalf; end: DateTimeHalf; onStartChange: (value: string) => void }) {
  return (
    <div className="form-row">
      {[{ ...start, onValueChange: onStartChange }, end].map((half) => (
        <TextField key={half.id} {...half} type="datetime-local" hint={m.timeHint} required />
      ))}
    </div>
  );
}
