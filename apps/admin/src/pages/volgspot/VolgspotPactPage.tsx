import "./volgspot.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { volgspotRecordInputSchema, type VolgspotPactList } from "@zorgpact/domain/volgspot";
import { errorCode } from "@zorgpact/ui/errors.ts";
import { ZodFormView } from "@zorgpact/ui/forms/FormParts.tsx";
import { useZodForm } from "@zorgpact/ui/forms/useZodForm.ts";
import { TextField } from "@zorgpact/ui/FormField.tsx";
import { formatDate, formatNumber } from "@zorgpact/ui/format.ts";
import { EmptyState, ErrorState, LoadingState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { useDocumentTitle } from "@zorgpact/ui/useDocumentTitle.ts";
import { messages } from "../../messages.ts";
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
  const record = useMutation(trpc.volgspot.record.mutationOptions());
  const form = useZodForm({
    schema: volgspotRecordInputSchema,
    defaultValues: { heldOn: "" },
    toInput: ({ heldOn }) => ({ pactId, heldOn: heldOn.trim() }),
    // The year is not a field of this form: its message belongs at the date.
    fieldNames: { year: "heldOn" },
    submit: record.mutateAsync,
    savedMessage: null,
    async onSaved(created) {
      await queryClient.invalidateQueries({ queryKey: trpc.volgspot.list.queryKey({ pactId }) });
      await navigate(`/zorgpacten/${pactId}/volgspot/${created.year}`);
    },
  });
  return (
    <section className="volgspot-section" aria-labelledby="nieuw-kop">
      <h2 id="nieuw-kop">{m.newHeading}</h2>
      <p>{m.newIntro}</p>
      <ZodFormView form={form} label={m.newHeading} submitLabel={m.newSubmit} pendingLabel={m.creating} className="form-stack narrow">
        <TextField
          id="nieuw-gehouden-op"
          label={volgspotMessages.form.heldOn}
          type="date"
          hint={volgspotMessages.form.heldOnHint}
          {...form.bind("heldOn")}
          required
        />
      </ZodFormView>
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
