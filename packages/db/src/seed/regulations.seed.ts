import type { Ids, Trx } from "./demo.ts";

/** Demo records of the regulations feature; seed facts keep their source, invented details say "demodata". */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function seedRegulations(trx: Trx, ids: Ids): Promise<void> {}
