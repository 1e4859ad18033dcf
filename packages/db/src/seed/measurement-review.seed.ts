import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";
import type { Ids } from "./demo.ts";

/** Demo records of the measurement review work (placeholder, filled by its feature). */
export async function seedMeasurementReview(_trx: Transaction<Database> | Kysely<Database>, _ids: Ids): Promise<void> {}
