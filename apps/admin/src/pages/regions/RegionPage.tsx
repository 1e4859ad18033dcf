import "../pact-edit/pact-edit.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { regionUpdateInputSchema, type RegionRecord } from "@zorgpact/domain/region";
import { decimalText } from "@zorgpact/ui/dutch-number.ts";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { LatestUnavailable, useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { LatestComparison } from "../../forms/LatestComparison.tsx";
import { messages } from "../../messages.ts";
import { commonMessages } from "../../messages/common.ts";
import { regionMessages as m } from "../../messages/regions.ts";
import { trpc } from "../../trpc.ts";
import { differingRegionFields, regionFormValues, regionNumberErrors, regionToInput } from "./region-form.ts";
import { RegionFields } from "./RegionFields.tsx";

const LIST = { pageSize: 100 } as const;

/** `/regios/:id` (national team): edit a region with the version read; a CONFLICT keeps what was typed. */
export function RegionPage() {
  const { id } = useParams();
  const list = useQuery(trpc.region.list.queryOptions(LIST));
  const region = list.data?.items.find((r) => r.id === id);
  useDocumentTitle(region?.name ?? m.title, messages.siteName);
  const back = (
    <p className="back-link">
      <Link to="/regios">← {m.backToList}</Link>
    </p>
  );
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState onRetry={() => void list.refetch()} />;
  if (!region) {
    return (
      <>
        {back}
        <h1>{m.notFound}</h1>
      </>
    );
  }
  return (
    <>
      {back}
      <h1>{region.name}</h1>
      <EditRegionForm key={region.id} region={region} />
    </>
  );
}

function EditRegionForm({ region }: { region: RegionRecord }) {
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(region.version);
  const [latest, setLatest] = useState<RegionRecord | null>(null);
  const update = useMutation(trpc.region.update.mutationOptions());
  const form = useZodForm({
    schema: regionUpdateInputSchema,
    defaultValues: regionFormValues(region),
    toInput: (values) => ({ ...regionToInput(values), id: region.id, version }),
    extraErrors: regionNumberErrors,
    submit: update.mutateAsync,
    savedMessage: m.saved,
    onSaved(stored) {
      setVersion(stored.version);
      setLatest(null);
      void queryClient.invalidateQueries({ queryKey: trpc.region.list.queryKey() });
      return regionFormValues(stored);
    },
    // After a CONFLICT: take the newest version number and show what is stored now beside what was typed.
    async loadLatest() {
      const page = await queryClient.fetchQuery({ ...trpc.region.list.queryOptions(LIST), staleTime: 0 });
      const found = page.items.find((r) => r.id === region.id);
      if (!found) throw new LatestUnavailable(commonMessages.latestGone);
      setVersion(found.version);
      setLatest(found);
      return "";
    },
  });
  const differs = latest ? new Set<string>(differingRegionFields(form.values, regionFormValues(latest))) : new Set<string>();
  const compared = latest
    ? [
        { key: "name", label: m.name, value: latest.name },
        { key: "provinces", label: m.provinces, value: latest.provinces.join(", ") },
        { key: "latitude", label: m.latitude, value: decimalText(latest.latitude) },
        { key: "longitude", label: m.longitude, value: decimalText(latest.longitude) },
      ].map((field) => ({ ...field, differs: differs.has(field.key) }))
    : [];
  return (
    <ZodFormView
      form={form}
      label={m.editLabel}
      notice={latest ? <LatestComparison intro={m.latestLoaded} heading={m.latestHeading} differsLabel={m.differs} fields={compared} /> : null}
    >
      <RegionFields idPrefix="regio" form={form} />
    </ZodFormView>
  );
}
