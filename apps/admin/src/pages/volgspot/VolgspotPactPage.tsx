import "./volgspot.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { volgspotRecordInputSchema, type VolgspotPactList } from "@zorgpact/domain/volgspot";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { apiFieldErrors, type FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { formatDate, formatNumber } from "@zorgpact/ui/format.ts";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { FormAlert, formFailure } from "../../forms/FormAlert.tsx";
import { useFocusFirstError } from "../../forms/useFocusFirstError.ts";
import { validate } from "../../forms/validate.ts";
import { adminMessages, messages } from "../../messages.ts";
import { volgspotMessages } from "../../messages/volgspot.ts";
import { trpc } from "../../trpc.ts";
import { AgreementLine } from "./AgreementLine.tsx";
import { isUuid } from "./ids.ts";

const m = volgspotMessages.pact;

/** `/zorgpacten/:pactId/volgspot`: a pact's Volgspots per year, its open agreements, and a new one. */
export function VolgspotPactPage() {
  const { pactId = "" } = useParams();
  const valid = isUuid(pactId);
  const query = useQuery(trpc.volgspot.list.queryOptions({ pactId }, { enabled: valid }));
  useDocumentTitle(query.data ? m.title(query.data.pact.name) : m.loadingTitle, messages.siteName);
  const back = (
    <p className="back-link">
      <Link to={`/zorgpacten/${pactId}`}>← {m.back}</Link>
    </p>
  );
  const code = errorCode(query.error);
  if (!valid || code === "NOT_FOUND" || code === "BAD_REQUEST") return <Problem back={back} text={m.notFound} />;
  if (code === "FORBIDDEN") return <Problem back={back} text={m.forbidden} />;
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <>
        {back}
        <h1>{m.heading}</h1>
        <ErrorState onRetry={() => void query.refetch()} />
      </>
    );
  }
  const list = query.data;
  return (
    <>
      {back}
      <h1>{m.title(list.pact.name)}</h1>
      <p className="lead">{m.intro}</p>
      <YearsTable list={list} />
      <section className="volgspot-section" aria-labelledby="open-afspraken-kop">
        <h2 id="open-afspraken-kop">{m.openAgreementsHeading}</h2>
        {list.openAgreements.length === 0 ? (
          <EmptyState>{m.noOpenAgreements}</EmptyState>
        ) : (
          <ul className="plain-list volgspot-agreements">
            {list.openAgreements.map((a) => (
              <li key={a.id}>
                <AgreementLine agreement={a} showYear />
              </li>
            ))}
          </ul>
        )}
      </section>
      {list.mayRecord ? <NewVolgspotForm pactId={list.pact.id} /> : <p className="notice">{m.notRegional}</p>}
    </>
  );
}

function YearsTable({ list }: { list: VolgspotPactList }) {
  return (
    <section className="volgspot-section" aria-labelledby="jaren-kop">
      <h2 id="jaren-kop">{m.yearsHeading}</h2>
      {list.years.length === 0 ? (
        <EmptyState>{m.noYears}</EmptyState>
      ) : (
        <TableWrap label={m.yearsLabel}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{m.year}</th>
                <th scope="col">{m.heldOn}</th>
                <th scope="col">{m.status}</th>
                <th scope="col">{m.openAgreements}</th>
              </tr>
            </thead>
            <tbody>
              {list.years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">
                    <Link to={`/zorgpacten/${list.pact.id}/volgspot/${y.year}`} aria-label={m.open(y.year)}>
                      {y.year}
                    </Link>
                  </th>
                  <td>{formatDate(y.heldOn)}</td>
                  <td>
                    {volgspotMessages.status[y.status]}
                    {y.revision > 1 ? ` (${m.revision(y.revision)})` : null}
                    {y.held && y.status !== "accepted" ? ` · ${volgspotMessages.status.accepted}` : null}
                  </td>
                  <td>{formatNumber(y.openAgreements)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

/** Only the date: the year follows from it, and the rest is filled in on the year's page. */
function NewVolgspotForm({ pactId }: { pactId: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [heldOn, setHeldOn] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  useFocusFirstError(formRef, errors);
  const record = useMutation(
    trpc.volgspot.record.mutationOptions({
      async onSuccess(created) {
        await queryClient.invalidateQueries({ queryKey: trpc.volgspot.list.queryKey({ pactId }) });
        await navigate(`/zorgpacten/${pactId}/volgspot/${created.year}`);
      },
      onError: (error) => {
        const found = apiFieldErrors(error);
        // The year is not a field of this form: its message belongs at the date.
        setErrors(found.year ? { heldOn: found.year } : found);
      },
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    record.reset();
    const result = validate(volgspotRecordInputSchema, { pactId, heldOn: heldOn.trim() });
    setErrors(result.errors);
    if (result.ok) record.mutate(result.data);
  };
  return (
    <section className="volgspot-section" aria-labelledby="nieuw-kop">
      <h2 id="nieuw-kop">{m.newHeading}</h2>
      <p>{m.newIntro}</p>
      {record.isError && !errors.heldOn ? (
        <FormAlert title={messages.error.title}>
          <p>{formFailure(record.error, adminMessages.common.checkFields)}</p>
        </FormAlert>
      ) : null}
      <form ref={formRef} className="form-stack narrow" noValidate onSubmit={onSubmit} aria-labelledby="nieuw-kop">
        <TextField
          id="nieuw-gehouden-op"
          label={volgspotMessages.form.heldOn}
          type="date"
          value={heldOn}
          onValueChange={setHeldOn}
          hint={volgspotMessages.form.heldOnHint}
          error={errors.heldOn}
          required
        />
        <div className="form-actions">
          <button type="submit" aria-disabled={record.isPending || undefined}>
            {record.isPending ? m.creating : m.newSubmit}
          </button>
        </div>
      </form>
    </section>
  );
}

function Problem({ back, text }: { back: ReactNode; text: string }) {
  return (
    <>
      {back}
      <h1>{m.heading}</h1>
      <p>{text}</p>
    </>
  );
}
