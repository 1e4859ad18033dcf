import { useState, type FormEvent } from "react";
import { auditResults } from "@zorgpact/domain/audit";
import { fieldDescriptionIds, FieldError } from "@zorgpact/ui/FormField.tsx";
import { messages } from "../../messages.ts";
import { auditFiltersFromForm, auditParams, hasActiveAuditFilters, isRangeReversed, type AuditFilters } from "./audit-filters.ts";
import { actionOptionLabel } from "./audit-view.ts";

const { audit } = messages;

/**
 * Filters for the audit log; applied with the button (or Enter), kept in the URL. The fields are
 * uncontrolled and keyed by their URL value, so "Filters wissen" and the back button reset them.
 */
export function AuditFilterForm({
  filters,
  actions,
  onChange,
}: {
  filters: AuditFilters;
  actions: readonly string[];
  onChange: (filters: AuditFilters) => void;
}) {
  const [rangeError, setRangeError] = useState(false);
  const to = fieldDescriptionIds("audit-tot", { error: rangeError ? audit.toBeforeFrom : undefined });
  // An action from the URL that is not (yet) in the list still shows as chosen.
  const actionOptions = filters.action && !actions.includes(filters.action) ? [filters.action, ...actions] : actions;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = auditFiltersFromForm(event.currentTarget);
    const reversed = isRangeReversed(next);
    setRangeError(reversed);
    if (reversed) {
      event.currentTarget.querySelector<HTMLInputElement>("#audit-tot")?.focus();
      return;
    }
    onChange(next);
  };

  return (
    <form role="search" aria-label={audit.filtersLabel} className="filters card" noValidate onSubmit={onSubmit}>
      <div className="form-row">
        <div className="field">
          <label htmlFor="audit-gebruiker">{audit.actor}</label>
          <input
            key={filters.actorEmail ?? ""}
            id="audit-gebruiker"
            type="search"
            name={auditParams.actorEmail}
            defaultValue={filters.actorEmail ?? ""}
            maxLength={254}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-actie">{audit.action}</label>
          <select key={`${filters.action ?? ""}|${actionOptions.length}`} id="audit-actie" name={auditParams.action} defaultValue={filters.action ?? ""}>
            <option value="">{audit.allActions}</option>
            {actionOptions.map((action) => (
              <option key={action} value={action}>
                {actionOptionLabel(action)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-resultaat">{audit.result}</label>
          <select key={filters.result ?? ""} id="audit-resultaat" name={auditParams.result} defaultValue={filters.result ?? ""}>
            <option value="">{audit.allResults}</option>
            {auditResults.map((result) => (
              <option key={result} value={result}>
                {audit.results[result]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-van">{audit.from}</label>
          <input key={filters.from ?? ""} id="audit-van" type="date" name={auditParams.from} defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-tot">{audit.to}</label>
          <FieldError id={to.errorId}>{rangeError ? audit.toBeforeFrom : null}</FieldError>
          <input
            key={filters.to ?? ""}
            id="audit-tot"
            type="date"
            name={auditParams.to}
            defaultValue={filters.to ?? ""}
            aria-invalid={rangeError || undefined}
            aria-describedby={to.describedBy}
          />
        </div>
        <button type="submit">{audit.submit}</button>
        {hasActiveAuditFilters(filters) ? (
          <button
            type="button"
            className="button--secondary"
            onClick={() => {
              setRangeError(false);
              onChange({ page: 1 });
            }}
          >
            {audit.clear}
          </button>
        ) : null}
      </div>
    </form>
  );
}
