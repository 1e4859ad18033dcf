import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";
import type { Ids } from "./demo.ts";

/** Demo records of the evidence work (placeholder, filled by its feature). */
export async function seedEvidence(_trx: Transaction<Database> | Kysely<Database>, _ids: Ids): Promise<void> {}
