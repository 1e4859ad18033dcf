import type { ColumnType } from "kysely";

/** The publication version (migrations/…_0021_publication_version.ts): one row, id 1. */
export interface PublicationVersionTable {
  id: ColumnType<number, never, never>;
  /** Goes up by one with every committed change; bigint, parsed to a number. */
  version: ColumnType<number, never, number>;
}

/** Tables of the publication version work, as Kysely sees them (see schema.ts). */
export interface PublicationVersionTables {
  publicationVersion: PublicationVersionTable;
}
