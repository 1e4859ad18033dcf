// Captures, for each public URL, the SQL the platform sends to the database to answer it (text and
// parameters, in order) and the body it answers with: the platform is built in-process on the
// given database (cache off) and each URL is requested once through Fastify's inject. The bare
// baseline (bare-server.mjs) replays exactly these statements per request.
//   node --import tsx bench/lib/capture-sql.ts <database-url-or-pglite-dir> <out.json> <path>...
// Run from apps/server (where tsx and the workspace packages resolve).
import { writeFileSync } from "node:fs";
import { buildApp } from "../../apps/server/src/app.ts";
import { createDatabase } from "../../packages/db/src/database.ts";

const [target, out, ...paths] = process.argv.slice(2);
if (!target || !out || paths.length === 0) throw new Error("usage: capture-sql.ts <database> <out.json> <path>...");

const handle = await createDatabase(target.startsWith("postgres") ? { kind: "postgres", url: target } : { kind: "pglite", dataDir: target });
let current: { sql: string; parameters: readonly unknown[] }[] | null = null;
const executor = handle.db.getExecutor();
const db = handle.db.withPlugin({
  transformQuery(args) {
    const compiled = executor.compileQuery(args.node, args.queryId);
    current?.push({ sql: compiled.sql, parameters: compiled.parameters });
    return args.node;
  },
  transformResult: async (args) => args.result,
});
const app = await buildApp({ db, publicationCache: false });
const captured = [];
for (const path of paths) {
  current = [];
  const response = await app.inject({ url: path });
  if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body.slice(0, 200)}`);
  captured.push({ path, queries: current, contentType: String(response.headers["content-type"] ?? "application/json"), body: response.body });
  current = null;
}
writeFileSync(out, JSON.stringify(captured));
await app.close();
await handle.close();
