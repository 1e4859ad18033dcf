/** How an audit row reads in Dutch: action and field names, values, and the changed fields. */
import { roleSchema } from "@zorgpact/domain/account";
import type { AuditEntry } from "@zorgpact/domain/audit";
import { messages } from "../../messages.ts";

const { audit } = messages;

const timeFormat = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "Europe/Amsterdam",
});

/** To the second, in Amsterdam time, whatever the browser's time zone: "3 mrt 2026, 14:05:09". */
export function formatAuditTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

export function actionLabel(action: string): string | undefined {
  return audit.actions[action];
}

/** For the filter's options: the Dutch name with the code, or the code alone for an unknown action. */
export function actionOptionLabel(action: string): string {
  const label = actionLabel(action);
  return label ? `${label} (${action})` : action;
}

export interface ChangeRow {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface ValueNames {
  pacts: ReadonlyMap<string, string>;
}

/** One stored value as text: yes/no, role names, pact names instead of ids, "—" for nothing. */
export function formatChangeValue(field: string, value: unknown, names: ValueNames): string {
  if (value === undefined || value === null || value === "") return audit.none;
  if (typeof value === "boolean") return value ? audit.yes : audit.no;
  if (field === "role") {
    const role = roleSchema.safeParse(value);
    if (role.success) return messages.roles[role.data];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return audit.none;
    const items = value.map((item) => (field === "pactIds" && typeof item === "string" ? (names.pacts.get(item) ?? item) : formatChangeValue("", item, names)));
    return items.join(", ");
  }
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** The fields that changed, before → after, in the order they were recorded. */
export function changeRows(changes: AuditEntry["changes"], names: ValueNames): ChangeRow[] {
  if (!changes) return [];
  const before = changes.before ?? {};
  const after = changes.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => ({
    field,
    label: audit.fields[field] ?? field,
    before: formatChangeValue(field, before[field], names),
    after: formatChangeValue(field, after[field], names),
  }));
}

export function reasonLabel(reason: string | undefined): string | undefined {
  if (!reason) return undefined;
  return audit.reasons[reason] ?? reason;
}
