/** Tables of the indicator catalogue work, as Kysely sees them (see schema.ts). Filled by its feature. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface IndicatorCatalogueTables {}
