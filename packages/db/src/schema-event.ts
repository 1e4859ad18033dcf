import type { EventKind } from "@zorgpact/domain/event";
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<string, string | undefined, string>;
type Version = ColumnType<number, number | undefined, number>;
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

/** A meeting on the agenda; `startsAt`/`endsAt` are instants (ISO strings), shown in Amsterdam time. */
export interface EventsTable {
  id: Generated<string>;
  kind: EventKind;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  startsAt: string;
  endsAt: string;
  location: Optional<string>;
  onlineUrl: Optional<string>;
  organiser: ColumnType<string, string | undefined, string>;
  expectedParticipants: Optional<number>;
  actualParticipants: Optional<number>;
  registrationUrl: Optional<string>;
  sourceNote: Optional<string>;
  published: ColumnType<boolean, boolean | undefined, boolean>;
  version: Version;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface EventPactsTable {
  eventId: string;
  pactId: string;
}

export interface EventThemesTable {
  eventId: string;
  termId: string;
}

/** The event tables, as Kysely sees them (see schema.ts). */
export interface EventTables {
  events: EventsTable;
  eventPacts: EventPactsTable;
  eventThemes: EventThemesTable;
}
