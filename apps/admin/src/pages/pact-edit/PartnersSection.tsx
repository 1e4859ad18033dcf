import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { participationRoles, type ParticipationRole, type Partner } from "@zorgpact/domain/organisation";
import type { PactEditDetail } from "@zorgpact/domain/pact";
import { apiFieldErrors, apiMessage } from "@zorgpact/ui/form-errors.ts";
import { fieldDescriptionIds, FieldError } from "@zorgpact/ui/FormField.tsx";
import { levelLabels, roleLabels, sectorLabels } from "@zorgpact/ui/labels.ts";
import { EmptyState } from "@zorgpact/ui/Status.tsx";
import { TableWrap } from "@zorgpact/ui/TableWrap.tsx";
import { FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
import { RemoveDialog } from "../../lists/RemoveDialog.tsx";
import { commonMessages } from "../../messages/common.ts";
import { pactEditMessages } from "../../messages/pact-edit.ts";
import { trpc } from "../../trpc.ts";
import { AddPartner } from "./AddPartner.tsx";
import { GoldenTriangle } from "./GoldenTriangle.tsx";
import { usePactCache } from "./usePactCache.ts";

const m = pactEditMessages.partners;

/** The pact's partners from the organisation registry: role (trekker or partner), remove, add; and the golden triangle they make. */
export function PartnersSection({ pact }: { pact: PactEditDetail }) {
  const [status, setStatus] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Partner | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { store } = usePactCache(pact.id);
  const remove = useMutation({
    ...trpc.partner.remove.mutationOptions(),
    onSuccess(next, input) {
      const name = pact.partners.find((p) => p.id === input.organisationId)?.name ?? "";
      store(next);
      setStatus(m.removed(name));
      setRemoving(null);
      // The row and its button are gone: continue from the section's heading.
      requestAnimationFrame(() => headingRef.current?.focus());
    },
  });

  return (
    <section id="partners" aria-labelledby="partners-kop">
      <h2 id="partners-kop" ref={headingRef} tabIndex={-1}>
        {m.heading}
      </h2>
      <GoldenTriangle triangle={pact.goldenTriangle} />
      <FormStatus>{status}</FormStatus>
      {pact.partners.length === 0 ? (
        <EmptyState>{m.empty}</EmptyState>
      ) : (
        <TableWrap label={m.caption}>
          <table className="data-table partner-table">
            <caption>{m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.organisation}</th>
                <th scope="col">{m.sector}</th>
                <th scope="col">{m.place}</th>
                <th scope="col">{m.role}</th>
                <th scope="col">{commonMessages.actions}</th>
              </tr>
            </thead>
            <tbody>
              {pact.partners.map((partner) => (
                <tr key={partner.id}>
                  <th scope="row">{partner.name}</th>
                  <td>
                    {sectorLabels[partner.sector]}
                    {partner.level ? ` (${levelLabels[partner.level]})` : ""}
                  </td>
                  <td>{partner.place ?? ""}</td>
                  <td>
                    <RoleForm key={`${partner.id}-${partner.role}`} pactId={pact.id} partner={partner} onSaved={setStatus} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button--secondary"
                      onClick={() => {
                        remove.reset();
                        setStatus(null);
                        setRemoving(partner);
                      }}
                    >
                      {commonMessages.remove}
                      <span className="visually-hidden">{m.removeOf(partner.name)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <RemoveDialog
        row={removing}
        name={(partner) => partner.name}
        texts={m}
        action={remove}
        onCancel={() => setRemoving(null)}
        onConfirm={(partner) => remove.mutate({ pactId: pact.id, organisationId: partner.id })}
      />
      <AddPartner pact={pact} onAdded={setStatus} />
    </section>
  );
}

/** One partner's role, saved with its own button so choosing in the list changes nothing yet. */
function RoleForm({ pactId, partner, onSaved }: { pactId: string; partner: Partner; onSaved: (message: string | null) => void }) {
  const { store } = usePactCache(pactId);
  const [role, setRole] = useState<ParticipationRole>(partner.role);
  const setRoleMutation = useMutation(
    trpc.partner.setRole.mutationOptions({
      onSuccess(next, input) {
        store(next);
        onSaved(m.roleSaved(partner.name, roleLabels[input.role ?? "partner"]));
      },
    }),
  );
  const id = `rol-${partner.id}`;
  const error = setRoleMutation.isError
    ? (apiFieldErrors(setRoleMutation.error)["role"] ?? apiMessage(setRoleMutation.error) ?? commonMessages.unknownError)
    : undefined;
  const { errorId, describedBy } = fieldDescriptionIds(id, { error });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (setRoleMutation.isPending) return;
    onSaved(null);
    setRoleMutation.mutate({ pactId, organisationId: partner.id, role });
  };
  return (
    <form className="inline-form" onSubmit={onSubmit} noValidate>
      <label htmlFor={id} className="visually-hidden">
        {m.roleOf(partner.name)}
      </label>
      <FieldError id={errorId}>{error}</FieldError>
      <select
        id={id}
        value={role}
        onChange={(event) => setRole(event.currentTarget.value as ParticipationRole)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {participationRoles.map((r) => (
          <option key={r} value={r}>
            {roleLabels[r]}
          </option>
        ))}
      </select>
      <button type="submit" className="button--secondary" aria-disabled={setRoleMutation.isPending || undefined}>
        {m.saveRole}
        <span className="visually-hidden">{m.saveRoleOf(partner.name)}</span>
      </button>
    </form>
  );
}
