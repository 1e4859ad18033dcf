import { useState, type FormEvent } from "react";
import { auditResults } from "@zorgpact/domain/audit";
import { fieldDescriptionIds, FieldError } from "@zorgpact/ui/FormField.tsx";
import { auditMessages as audit } from "../../messages/audit.ts";
import { auditFiltersFromForm, auditParams, hasActiveAuditFilters, isRangeReversed, type AuditFilters } from "./audit-filters.ts";
import { actionOptionLabel, objectTypeLabel } from "./audit-view.ts";

export interface AuditPerson {
  id: string;
  name: string;
  email: string;
}

const objectTypes = Object.keys(audit.objectTypes).sort((a, b) => objectTypeLabel(a).localeCompare(objectTypeLabel(b), "nl"));

/**
 * Filters for the audit log; applied with the button (or Enter), kept in the URL. The fields are
 * uncontrolled and keyed by their URL value, so "Filters wissen" and the back button reset them.
 */
export function AuditFilterForm({
  filters,
  actions,
  people,
  onChange,
}: {
  filters: AuditFilters;
  actions: readonly string[];
  people: readonly AuditPerson[];
  onChange: (filters: AuditFilters) => void;
}) {
  const [rangeError, setRangeError] = useState(false);
  const to = fieldDescriptionIds("audit-tot", { error: rangeError ? audit.toBeforeFrom : undefined });
  const record = fieldDescriptionIds("audit-naam", { hint: audit.recordHint });
  // A value from the URL that is not (yet) in a list still shows as chosen.
  const actionOptions = filters.action && !actions.includes(filters.action) ? [filters.action, ...actions] : actions;
  const typeOptions = filters.objectType && !objectTypes.includes(filters.objectType) ? [filters.objectType, ...objectTypes] : objectTypes;

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
    <form role="search" aria-label={audit.filtersLabel} className="filters card audit-filters" noValidate onSubmit={onSubmit}>
      {/* A record chosen through "alle wijzigingen aan dit record" stays chosen while other filters change. */}
      {filters.objectId ? <input type="hidden" name={auditParams.objectId} value={filters.objectId} /> : null}
      <div className="audit-filters__grid">
        <div className="field">
          <label htmlFor="audit-persoon">{audit.actor}</label>
          <select
            key={`${filters.actorUserId ?? ""}|${people.length}`}
            id="audit-persoon"
            name={auditParams.actorUserId}
            defaultValue={filters.actorUserId ?? ""}
          >
            <option value="">{audit.anyActor}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} ({person.email})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-gebruiker">{audit.actorEmail}</label>
          <input
            key={filters.actorEmail ?? ""}
            id="audit-gebruiker"
            type="search"
            name={auditParams.actorEmail}
            defaultValue={filters.actorEmail ?? ""}
            maxLength={254}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor="audit-soort">{audit.objectType}</label>
          <select key={filters.objectType ?? ""} id="audit-soort" name={auditParams.objectType} defaultValue={filters.objectType ?? ""}>
            <option value="">{audit.allObjectTypes}</option>
            {typeOptions.map((type) => (
              <option key={type} value={type}>
                {objectTypeLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-naam">{audit.record}</label>
          <p className="field-hint" id={record.hintId}>
            {audit.recordHint}
          </p>
          <input
            key={filters.record ?? ""}
            id="audit-naam"
            type="search"
            name={auditParams.record}
            defaultValue={filters.record ?? ""}
            maxLength={200}
            aria-describedby={record.describedBy}
            autoComplete="off"
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
      </div>
      <div className="audit-filters__actions">
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
