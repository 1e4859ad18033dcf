// Loads the demo data into the configured database: `pnpm seed`.
import { loadDemoData } from "../demo-data.ts";
import { openDatabase } from "../database-from-env.ts";
import { readEnv } from "../env.ts";

const env = readEnv();
const handle = await openDatabase(env);
await loadDemoData(handle.db, env.DEMO_PASSWORD);
await handle.close();
console.log(`Demodata geladen (${handle.kind}).`);
