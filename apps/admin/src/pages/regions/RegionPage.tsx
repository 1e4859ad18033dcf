import "../pact-edit/pact-edit.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import type { RegionRecord } from "@zorgpact/domain/region";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure, FormStatus } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { adminMessages, messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import { ConflictAlert } from "../pact-edit/ConflictAlert.tsx";
import { decimalText } from "@zorgpact/ui/dutch-number.ts";
import { differingRegionFields, regionFormValues, regionUpdateInput, type RegionFormValues } from "./region-form.ts";
import { RegionFields } from "./RegionFields.tsx";

const m = adminMessages.regions;
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
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<RegionFormValues>(() => regionFormValues(region));
  const [version, setVersion] = useState(region.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [latest, setLatest] = useState<RegionRecord | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadFailed, setReloadFailed] = useState(false);
  useFocusFirstError(formRef, errors);
  const update = useMutation(
    trpc.region.update.mutationOptions({
      onSuccess(stored) {
        setVersion(stored.version);
        setValues(regionFormValues(stored));
        setLatest(null);
        setSaved(true);
        void queryClient.invalidateQueries({ queryKey: trpc.region.list.queryKey() });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    setSaved(false);
    const result = regionUpdateInput(values, { id: region.id, version });
    setErrors(result.errors);
    if (result.ok) update.mutate(result.data);
  };
  const loadLatest = async () => {
    setReloading(true);
    setReloadFailed(false);
    try {
      const page = await queryClient.fetchQuery({ ...trpc.region.list.queryOptions(LIST), staleTime: 0 });
      const found = page.items.find((r) => r.id === region.id);
      if (!found) throw new Error("gone");
      setVersion(found.version);
      setLatest(found);
      update.reset();
    } catch {
      setReloadFailed(true);
    } finally {
      setReloading(false);
    }
  };
  const differs = latest ? new Set<string>(differingRegionFields(values, regionFormValues(latest))) : new Set<string>();
  const rows = latest
    ? [
        { key: "name", label: m.name, value: latest.name },
        { key: "provinces", label: m.provinces, value: latest.provinces.join(", ") },
        { key: "latitude", label: m.latitude, value: decimalText(latest.latitude) },
        { key: "longitude", label: m.longitude, value: decimalText(latest.longitude) },
      ]
    : [];

  return (
    <>
      {errorCode(update.error) === "CONFLICT" ? (
        <ConflictAlert error={update.error} onLoadLatest={() => void loadLatest()} loading={reloading} failed={reloadFailed} />
      ) : update.isError ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(update.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      {latest ? (
        <div className="notice" role="status">
          <p>{m.latestLoaded}</p>
          <h2>{m.latestHeading}</h2>
          <dl className="compare-list">
            {rows.map((row) => (
              <div key={row.key} className={differs.has(row.key) ? "compare-list__row compare-list__row--differs" : "compare-list__row"}>
                <dt>{row.label}</dt>
                <dd>
                  {row.value}
                  {differs.has(row.key) ? <strong> {m.differs}</strong> : null}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <FormStatus>{saved ? m.saved : null}</FormStatus>
      <form ref={formRef} className="form-stack" noValidate onSubmit={onSubmit} aria-label={m.editLabel}>
        <RegionFields idPrefix="regio" values={values} onChange={setValues} errors={errors} />
        <div className="form-actions">
          <button type="submit" aria-disabled={update.isPending || undefined}>
            {update.isPending ? adminMessages.common.saving : adminMessages.common.save}
          </button>
        </div>
      </form>
    </>
  );
}
