import type { Ids, Trx } from "./demo.ts";

/**
 * Demo Volgspots; invented text says "demodata". `chainNodes` maps a pact slug to its chain's
 * node ids by seed key.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function seedVolgspots(trx: Trx, ids: Ids, chainNodes: Map<string, Map<string, string>>): Promise<void> {}
