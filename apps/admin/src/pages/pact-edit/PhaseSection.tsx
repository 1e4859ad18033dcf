import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { checklistProgress, phases, phaseSetInputSchema, type PhaseNumber } from "@zorgpact/domain/phase";
import { formatDate } from "@zorgpact/ui/format.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { phaseNumberLabel } from "@zorgpact/ui/labels.ts";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { FormProblem, FormStatus, SubmitButton } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { commonMessages } from "../../messages/common.ts";
import { pactEditMessages } from "../../messages/pact-edit.ts";
import { trpc } from "../../trpc.ts";
import { ChecklistItemForm } from "./ChecklistItemForm.tsx";
import { SelectField, TextAreaField } from "../../forms/fields.tsx";
import { todayInNetherlands } from "../../forms/today.ts";
import { usePactCache } from "./usePactCache.ts";

const m = pactEditMessages.phases;
const phaseName = (n: number) => `${phaseNumberLabel(n)}: ${phases.find((p) => p.number === n)?.label ?? ""}`;

/** The phases of collaboration (figure 3): the current phase and moving it, its history, and each phase's checklist. */
export function PhaseSection({ pact, onChanged }: { pact: PactEditDetail; onChanged: (sentVersion: number, next: PactEditDetail) => void }) {
  return (
    <section id="fasen" aria-labelledby="fasen-kop">
      <h2 id="fasen-kop">{m.heading}</h2>
      <p>
        <strong>{m.current}: </strong>
        {pact.currentPhase ? phaseName(pact.currentPhase) : m.noPhase}
      </p>
      <SetPhaseForm pact={pact} onChanged={onChanged} />
      <History pact={pact} />
      <Checklists pact={pact} />
    </section>
  );
}

function SetPhaseForm({ pact, onChanged }: { pact: PactEditDetail; onChanged: (sentVersion: number, next: PactEditDetail) => void }) {
  const { store, fetchLatest } = usePactCache(pact.id);
  const set = useMutation(trpc.phase.set.mutationOptions());
  const form = useZodForm({
    schema: phaseSetInputSchema,
    defaultValues: { phase: String(pact.currentPhase ?? ""), changedOn: todayInNetherlands(), note: "" },
    toInput: ({ phase, changedOn, note }) => ({
      pactId: pact.id,
      version: pact.version,
      phase: Number(phase),
      changedOn,
      note: note.trim() === "" ? null : note,
    }),
    submit: set.mutateAsync,
    savedMessage: (next) => m.setDone(phaseName(next.currentPhase ?? 0)),
    onSaved(next, input) {
      store(next);
      onChanged(input.version, next);
      return { phase: String(input.phase), changedOn: input.changedOn, note: "" };
    },
    async loadLatest() {
      await fetchLatest();
    },
  });
  const phase = form.bind("phase");
  const changedOn = form.bind("changedOn");
  const note = form.bind("note");
  const { attachForm, onSubmit, pending, status } = form;
  return (
    <form ref={attachForm} className="form-stack card" noValidate onSubmit={onSubmit} aria-labelledby="fase-wijzigen-kop">
      <h3 id="fase-wijzigen-kop">{m.setHeading}</h3>
      <FormProblem form={form} />
      <FormStatus>{status}</FormStatus>
      <SelectField id="fase-nieuw" label={m.phase} {...phase}>
        <option value="">{commonMessages.choose}</option>
        {phases.map((p) => (
          <option key={p.number} value={p.number}>
            {phaseName(p.number)}
          </option>
        ))}
      </SelectField>
      <TextField id="fase-datum" type="date" label={m.changedOn} {...changedOn} required />
      <TextAreaField id="fase-toelichting" label={`${m.note} ${commonMessages.optional}`} hint={m.noteHint} {...note} rows={3} />
      <div className="form-actions">
        <SubmitButton pending={pending} label={m.set} pendingLabel={commonMessages.saving} />
      </div>
    </form>
  );
}

function History({ pact }: { pact: PactEditDetail }) {
  const entries = [...pact.phaseHistory].sort((a, b) => b.changedOn.localeCompare(a.changedOn));
  return (
    <>
      <h3>{m.historyHeading}</h3>
      {entries.length === 0 ? (
        <EmptyState>{m.historyEmpty}</EmptyState>
      ) : (
        <TableWrap label={m.historyCaption}>
          <table className="data-table">
            <caption>{m.historyCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.date}</th>
                <th scope="col">{m.phaseColumn}</th>
                <th scope="col">{m.who}</th>
                <th scope="col">{m.note}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row" className="nowrap">
                    {formatDate(entry.changedOn)}
                  </th>
                  <td>{phaseName(entry.phase)}</td>
                  <td>{entry.changedByName ?? m.unknownWho}</td>
                  <td>{entry.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}

function Checklists({ pact }: { pact: PactEditDetail }) {
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <h3>{m.checklistsHeading}</h3>
      <FormStatus>{status}</FormStatus>
      {phases.map((phase) => {
        const progress = checklistProgress(phase.number, pact.checklist);
        const current = pact.currentPhase === phase.number;
        const body = (
          <ul className="plain-list checklist">
            {phase.checklist.map((item) => {
              const tick = pact.checklist.find((t) => t.phase === phase.number && t.itemKey === item.key);
              return (
                <li key={item.key}>
                  <ChecklistItemForm
                    key={item.key}
                    pactId={pact.id}
                    phase={phase.number as PhaseNumber}
                    itemKey={item.key}
                    label={item.label}
                    tick={tick}
                    onSaved={setStatus}
                  />
                </li>
              );
            })}
          </ul>
        );
        const title = (
          <>
            {m.checklistOf(phaseName(phase.number))} {current ? m.currentMark : null} — {m.progress(progress.done, progress.total)}
          </>
        );
        return current ? (
          <div key={phase.number} className="checklist-phase" role="group" aria-labelledby={`checklist-${phase.number}`}>
            <h4 id={`checklist-${phase.number}`}>{title}</h4>
            {body}
          </div>
        ) : (
          <details key={phase.number} className="checklist-phase">
            <summary>{title}</summary>
            {body}
          </details>
        );
      })}
    </>
  );
}
