#!/usr/bin/env node
// The bare baseline: a minimal Fastify server on `pg` (or PGlite) that answers each captured URL
// by running the platform's own SQL for it (capture-sql.ts: the same statements and parameters,
// in order, on a pool of the same size) and serialising the rows, then sends the platform's
// captured body, so both answer with identical bytes. No validation, no tRPC, no Kysely, no
// ETags, no compression: what a hand-written endpoint on the same queries costs.
//   node bench/lib/bare-server.mjs <capture.json> <database-url-or-pglite-dir> <port>
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
// Fastify belongs to apps/server, pg and PGlite to packages/db: resolve them from there.
const fromServer = createRequire(join(repoRoot, "apps/server/package.json"));
const fromDb = createRequire(join(repoRoot, "packages/db/package.json"));
const { default: Fastify } = await import(fromServer.resolve("fastify"));

const [captureFile, target, port] = process.argv.slice(2);
const captured = JSON.parse(readFileSync(captureFile, "utf8"));
const byPath = new Map(captured.map((entry) => [entry.path, entry]));

let run;
let close;
if (target.startsWith("postgres")) {
  const { default: pg } = await import(fromDb.resolve("pg"));
  const pool = new pg.Pool({ connectionString: target, max: 10 });
  pool.on("error", () => undefined);
  run = (sql, parameters) => pool.query(sql, parameters);
  close = () => pool.end();
} else {
  const { PGlite } = await import(fromDb.resolve("@electric-sql/pglite"));
  const pglite = await PGlite.create(target);
  // One connection: one query at a time, as the platform's PGlite dialect does.
  let queue = Promise.resolve();
  run = (sql, parameters) => {
    const next = queue.then(() => pglite.query(sql, parameters));
    queue = next.catch(() => undefined);
    return next;
  };
  close = () => pglite.close();
}

const app = Fastify({ logger: false });
app.get("/health", async () => ({ status: "ok" }));
app.get("/*", async (request, reply) => {
  const entry = byPath.get(request.url);
  if (!entry) return reply.code(404).send({ error: "not captured" });
  let serialised = 0;
  for (const query of entry.queries) serialised += JSON.stringify((await run(query.sql, query.parameters)).rows).length;
  reply.header("x-bare-row-bytes", String(serialised));
  return reply.type(entry.contentType).send(entry.body);
});
await app.listen({ port: Number(port), host: "127.0.0.1" });
const stop = async () => {
  await app.close();
  await close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
