/** The outbox tables, as Kysely sees them (see schema.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OutboxTables {}
