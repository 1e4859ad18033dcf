import { createDatabase } from "@zorgpact/db/database";
import { migrateToLatest } from "@zorgpact/db/migrate";
import { seedDemo } from "@zorgpact/db/seed/demo";
import { buildApp } from "./app.ts";
import { readEnv } from "./env.ts";

const env = readEnv();
const handle = await createDatabase(
  env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.PGLITE_DATA_DIR },
);
await migrateToLatest(handle.db);
if (env.SEED_DEMO ?? handle.kind === "pglite") await seedDemo(handle.db);

const app = await buildApp({
  db: handle.db,
  staticApps: { publicDist: env.PUBLIC_DIST, adminDist: env.ADMIN_DIST },
  logger: env.NODE_ENV !== "test",
});

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: afsluiten`);
  await app.close();
  await handle.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

await app.listen({ port: env.PORT, host: env.HOST });
app.log.info(`Zorgpact draait op http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT} (database: ${handle.kind})`);
