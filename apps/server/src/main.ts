import { startConfiguredMailWorker } from "@zorgpact/api/services/mail/worker";
import { buildApp } from "./app.ts";
import { openDatabase } from "./database-from-env.ts";
import { loadDemoData } from "./demo-data.ts";
import { readEnv } from "./env.ts";
import { evidenceStorageFromEnv } from "./storage-from-env.ts";

const env = readEnv();
const handle = await openDatabase(env);
if (env.SEED_DEMO ?? handle.kind === "pglite") await loadDemoData(handle.db, env.DEMO_PASSWORD);

const production = env.NODE_ENV === "production";
const evidence = evidenceStorageFromEnv(env);
const app = await buildApp({
  db: handle.db,
  staticApps: { publicDist: env.PUBLIC_DIST, adminDist: env.ADMIN_DIST },
  logger: env.NODE_ENV !== "test",
  production,
  secureCookies: env.COOKIE_SECURE ?? production,
  allowedOrigins: env.ALLOWED_ORIGINS,
  trustProxy: env.TRUST_PROXY,
  evidenceStorage: evidence.storage,
  // Other server processes on the same PostgreSQL announce their changes with NOTIFY.
  publicationCache: env.PUBLICATION_CACHE === false ? false : { listenUrl: env.DATABASE_URL },
});
// Delivers the outbox and mails reminders (SMTP_URL, or the log); one per process is safe.
const mailWorker = startConfiguredMailWorker(handle.db, app.log);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: afsluiten`);
  await app.close();
  await mailWorker.stop();
  await handle.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

await app.listen({ port: env.PORT, host: env.HOST });
app.log.info(
  `Zorgpact draait op http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT} (database: ${handle.kind}, bewijsstukken: ${evidence.description})`,
);
