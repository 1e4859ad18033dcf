/** How an audit row reads in Dutch: the sentence, the person, the changed fields before → after. */
import { roleSchema } from "@zorgpact/domain/account";
import type { AuditEntry } from "@zorgpact/domain/audit";
import { formatDate, formatEuroFromCents, formatNumber, formatTimestamp } from "@zorgpact/ui/format.ts";
import { messages } from "../../messages.ts";
import { auditActions, auditMessages as audit } from "../../messages/audit.ts";

const labels: Partial<Record<string, string>> = auditActions;

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
  return labels[action];
}

/** For the filter's options: the Dutch name with the code, or the code alone for an unknown action. */
export function actionOptionLabel(action: string): string {
  const label = actionLabel(action);
  return label ? `${label} (${action})` : action;
}

export function objectTypeLabel(objectType: string): string {
  return audit.objectTypes[objectType] ?? objectType;
}

type Named = Pick<AuditEntry, "objectType" | "objectId" | "objectLabel">;

/** The record by its name; a record that is gone (and kept no name) reads "(verwijderd) partner". */
export function recordLabel(entry: Named): string | null {
  if (entry.objectLabel) return entry.objectLabel;
  if (!entry.objectType || !entry.objectId) return null;
  return audit.deleted(objectTypeLabel(entry.objectType));
}

const capitalise = (text: string) => (text ? text[0]!.toUpperCase() + text.slice(1) : text);

/** "partner Noorderpoort", but "Zorgpact Noord" rather than "zorgpact Zorgpact Noord". */
function withNoun(objectType: string, name: string): string {
  const noun = objectTypeLabel(objectType);
  return name.toLowerCase().startsWith(noun.toLowerCase()) ? name : `${noun} ${name}`;
}

/** "add" of "partner.add", "set" of "partner.setRole": the verb a procedure's name starts with. */
function verbOf(action: string): string {
  const name = action.slice(action.lastIndexOf(".") + 1);
  return /^[a-z]+/.exec(name)?.[0] ?? name;
}

/**
 * The row as a sentence: "Zorgpact Noord: partner Noorderpoort toegevoegd". The pact comes first
 * when the record belongs to one; an action without a known verb reads by its label instead
 * ("Zorgpact Noord: Checklistpunt bijwerken – Fase 1: Visie ontwikkelen").
 */
export function auditSentence(entry: Pick<AuditEntry, "action" | "objectType" | "objectId" | "objectLabel" | "pactLabel">): string {
  const isPact = entry.objectType === "pact";
  const name = recordLabel(entry);
  const verb = audit.verbs[verbOf(entry.action)];
  const label = actionLabel(entry.action) ?? entry.action;
  const sentence =
    entry.objectType && entry.objectLabel && verb ? `${withNoun(entry.objectType, entry.objectLabel)} ${verb}` : name ? `${label} – ${name}` : label;
  const prefix = entry.pactLabel && !isPact ? `${entry.pactLabel}: ` : "";
  return prefix + (prefix ? sentence : capitalise(sentence));
}

/** Who did it: the name of the account, else the e-mail address someone tried, else "Niet ingelogd". */
export function actorLabel(entry: Pick<AuditEntry, "actorName" | "actorEmail">): string {
  return entry.actorName ?? entry.actorEmail ?? audit.anonymous;
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

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One stored value as text, the Dutch way: ja/nee, role names, pact names, nl-NL numbers and dates, "—" for nothing. */
export function formatChangeValue(field: string, value: unknown, names: ValueNames): string {
  if (value === undefined || value === null || value === "") return audit.none;
  if (typeof value === "boolean") return value ? audit.yes : audit.no;
  if (field === "role") {
    const role = roleSchema.safeParse(value);
    if (role.success) return messages.roles[role.data];
    if (typeof value === "string" && audit.participationRoles[value]) return audit.participationRoles[value];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return audit.none;
    const items = value.map((item) => (field === "pactIds" && typeof item === "string" ? (names.pacts.get(item) ?? item) : formatChangeValue("", item, names)));
    return items.join(", ");
  }
  if (field === "pactId" && typeof value === "string") return names.pacts.get(value) ?? value;
  if (typeof value === "number") return field.endsWith("Cents") ? formatEuroFromCents(value) : formatNumber(value);
  if (typeof value === "string") {
    if (DATE.test(value)) return formatDate(value);
    if (TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value))) return formatTimestamp(value);
    return value;
  }
  return JSON.stringify(value);
}

/**
 * The fields that changed, before → after, in the order they were recorded. A field recorded on
 * both sides with the same value did not change and is left out; a creation has only "after", a
 * deletion only "before".
 */
export function changeRows(changes: AuditEntry["changes"], names: ValueNames): ChangeRow[] {
  if (!changes) return [];
  const before = changes.before ?? {};
  const after = changes.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => !(field in before && field in after && JSON.stringify(before[field]) === JSON.stringify(after[field])),
  );
  return fields.map((field) => ({
    field,
    label: audit.fields[field] ?? field,
    before: formatChangeValue(field, before[field], names),
    after: formatChangeValue(field, after[field], names),
  }));
}

/** Texts longer than this are shortened in the list, with a button to show them whole. */
export const LONG_VALUE = 120;

export function shortened(text: string, max = LONG_VALUE): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function reasonLabel(reason: string | undefined): string | undefined {
  if (!reason) return undefined;
  return audit.reasons[reason] ?? reason;
}
