import { useId, type ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { Heading, type HeadingLevel } from "@zorgpact/ui/chain/Heading.tsx";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import type { ZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { agendaMessages } from "../../messages/agenda.ts";

/** An agenda record's form in its panel: heading, the form with its problem and status, save and "Annuleren". */
export function AgendaFormPanel<V extends FieldValues>({
  form,
  heading,
  level = 3,
  submitLabel,
  onCancel,
  children,
}: {
  form: ZodForm<V>;
  heading: string;
  /** The heading's level, so the panel fits under the page's outline (an indicator's measurement sits deep). */
  level?: HeadingLevel;
  submitLabel: string;
  onCancel: () => void;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="agenda-panel">
      <Heading level={level} id={`${id}-kop`} tabIndex={-1}>
        {heading}
      </Heading>
      <ZodFormView
        form={form}
        label={heading}
        submitLabel={submitLabel}
        pendingLabel={agendaMessages.common.saving}
        actions={
          <button type="button" className="button--secondary" onClick={onCancel}>
            {agendaMessages.common.cancel}
          </button>
        }
      >
        {children(id)}
      </ZodFormView>
    </div>
  );
}
