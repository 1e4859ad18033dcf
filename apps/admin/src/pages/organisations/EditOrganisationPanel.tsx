import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { organisationUpdateInputSchema, type OrganisationListInput, type OrganisationRecord } from "@zorgpact/domain/organisation";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { LatestUnavailable, useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { levelLabels, sectorLabels } from "@zorgpact/ui/labels.ts";
import { LatestComparison } from "../../forms/LatestComparison.tsx";
import { commonMessages } from "../../messages/common.ts";
import { organisationMessages as m } from "../../messages/organisations.ts";
import { trpc } from "../../trpc.ts";
import { differingOrganisationFields, organisationFormValues, organisationSectorErrors, organisationToInput } from "./organisation-form.ts";
import { OrganisationFields } from "./OrganisationFields.tsx";

/**
 * The national team edits an organisation with the version it read; after a CONFLICT the newest
 * version is fetched (from the same list), what was typed stays, and the stored values are shown.
 */
export function EditOrganisationPanel({
  organisation,
  listInput,
  onSaved,
  onCancel,
}: {
  organisation: OrganisationRecord;
  listInput: OrganisationListInput;
  onSaved: (saved: OrganisationRecord) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [version, setVersion] = useState(organisation.version);
  const [latest, setLatest] = useState<OrganisationRecord | null>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const update = useMutation(trpc.organisation.update.mutationOptions());
  const form = useZodForm({
    schema: organisationUpdateInputSchema,
    defaultValues: organisationFormValues(organisation),
    toInput: (values) => ({ ...organisationToInput(values), id: organisation.id, version }),
    extraErrors: (values) => organisationSectorErrors(values, m.chooseSector),
    submit: update.mutateAsync,
    savedMessage: null,
    async onSaved(saved) {
      await queryClient.invalidateQueries({ queryKey: trpc.organisation.list.queryKey() });
      onSaved(saved);
    },
    async loadLatest() {
      const page = await queryClient.fetchQuery({ ...trpc.organisation.list.queryOptions(listInput), staleTime: 0 });
      const found = page.items.find((o) => o.id === organisation.id);
      if (!found) throw new LatestUnavailable(commonMessages.latestGone);
      setVersion(found.version);
      setLatest(found);
      return "";
    },
  });
  const differs = latest ? new Set<string>(differingOrganisationFields(form.values, organisationFormValues(latest))) : new Set<string>();
  const compared = latest
    ? [
        { key: "name", label: m.name, value: latest.name },
        { key: "sector", label: m.columns.sector, value: sectorLabels[latest.sector] },
        { key: "level", label: m.level, value: latest.level ? levelLabels[latest.level] : m.noLevel },
        { key: "place", label: m.place, value: latest.place ?? "" },
      ].map((field) => ({ ...field, differs: differs.has(field.key) }))
    : [];
  return (
    <section className="edit-panel card" aria-labelledby="organisatie-bewerken-kop">
      <h2 id="organisatie-bewerken-kop" ref={headingRef} tabIndex={-1}>
        {m.editHeading(organisation.name)}
      </h2>
      <p className="field-hint">{m.editHint}</p>
      <ZodFormView
        form={form}
        label={m.editHeading(organisation.name)}
        notice={latest ? <LatestComparison intro={m.latestLoaded} heading={m.latestHeading} differsLabel={m.differs} fields={compared} level={3} /> : null}
        actions={
          <button type="button" className="button--secondary" onClick={onCancel}>
            {commonMessages.cancel}
          </button>
        }
      >
        <OrganisationFields idPrefix="organisatie-bewerken" form={form} />
      </ZodFormView>
    </section>
  );
}
