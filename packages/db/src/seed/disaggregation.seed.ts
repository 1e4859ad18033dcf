import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";
import type { Ids } from "./demo.ts";

/** Demo records of the disaggregation work (placeholder, filled by its feature). */
export async function seedDisaggregation(_trx: Transaction<Database> | Kysely<Database>, _ids: Ids): Promise<void> {}
