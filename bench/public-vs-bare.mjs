#!/usr/bin/env node
// The platform against a bare baseline on the same queries, side by side in one run: for each
// public read, the platform (the server bundle, plain node) and a minimal Fastify server running
// the platform's captured SQL (bench/lib/bare-server.mjs) are loaded in turn with autocannon,
// alternating, three times; the median requests per second of each and their ratio are printed.
// Both answer with identical bytes (checked before measuring). On PGlite (one process per data
// folder, so the two servers take turns) and on a throwaway PostgreSQL 15, at demo scale, and
// with --synthetic at the synthetic scale (`pnpm synth`, when it is there).
//   node bench/public-vs-bare.mjs [--db pglite|postgres|both] [--duration 5] [--connections 20]
//                                 [--runs 3] [--synthetic] [--uncached]
// --uncached adds the platform with its publication cache off (PUBLICATION_CACHE=false).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { freePort, repoRoot, startPostgres, startServer, waitForHealth } from "./lib/server.mjs";

const flag = (name) => process.argv.includes(`--${name}`);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const duration = Math.min(Number(arg("duration", "5")), 60);
const connections = Math.min(Number(arg("connections", "20")), 100);
const runs = Math.min(Math.max(Number(arg("runs", "3")), 1), 9);
const databases = arg("db", "both") === "both" ? ["pglite", "postgres"] : [arg("db", "both")];
const scales = flag("synthetic") ? ["demo", "synthetic"] : ["demo"];
const uncached = flag("uncached");

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function load(base, path, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `${base}${path}`, connections, duration, headers }, (error, result) => {
      if (error) return reject(error);
      const bad = result.non2xx - (headers["if-none-match"] ? result["3xx"] : 0);
      if (bad > 0 || result.errors > 0) return reject(new Error(`${path}: ${bad} unexpected statuses, ${result.errors} errors`));
      resolve(result.requests.average);
    });
  });
}

async function startBare(capture, target) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(repoRoot, "bench/lib/bare-server.mjs"), capture, target, String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, child, 60_000);
  return {
    base,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

function capture(target, out, paths) {
  execFileSync(process.execPath, ["--import", "tsx", join(repoRoot, "bench/lib/capture-sql.ts"), target, out, ...paths], {
    cwd: join(repoRoot, "apps/server"),
    stdio: ["ignore", "ignore", "inherit"],
  });
  return JSON.parse(readFileSync(out, "utf8"));
}

/** Fills the database at the synthetic scale with s1's `pnpm synth`, if the project has it. */
function synthesise(env) {
  const scripts = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).scripts ?? {};
  if (!scripts.synth) return false;
  execFileSync("pnpm", ["synth"], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
  return true;
}

/** The public reads compared, with a pact slug taken from the database. */
async function endpoints(base, scale = "demo") {
  const trpc = (procedure, input) => `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const list = await (await fetch(`${base}/v1/pacts`)).json();
  let slug = list.items?.[0]?.slug;
  if (scale === "synthetic") {
    // The synthetic pact with 1,000 indicators: the page the issue measured.
    const found = await (await fetch(`${base}${trpc("pact.list", { search: "Synthetisch zorgpact 0001" })}`)).json();
    slug = found.result?.data?.items?.[0]?.slug ?? slug;
  }
  return [
    { name: "/v1/pacts", path: "/v1/pacts" },
    { name: "trpc pact.list", path: trpc("pact.list", {}) },
    { name: "trpc pact.get", path: trpc("pact.get", { slug }) },
    { name: "trpc insight.resultsAndEffects", path: "/trpc/insight.resultsAndEffects" },
  ];
}

function warmUp(base, paths) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `${base}${paths[0].path}`, connections, duration: 2, requests: paths.map(({ path }) => ({ path })) }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
}

async function answer(base, path) {
  const response = await fetch(`${base}${path}`);
  if (response.status !== 200) throw new Error(`${base}${path}: ${response.status}`);
  return { text: await response.text(), etag: response.headers.get("etag") ?? "" };
}

const rows = [];
async function bench(kind, scale) {
  const work = mkdtempSync(join(tmpdir(), "zorgpact-bench-"));
  const postgres = kind === "postgres" ? await startPostgres() : null;
  const dataDir = join(work, "pglite");
  const database = postgres ? { databaseUrl: postgres.url } : { dataDir };
  const target = postgres ? postgres.url : dataDir;
  try {
    // The demo seed (the first start loads it), then the synthetic programme on top if asked.
    const seeding = await startServer({ ...database, seed: true });
    let paths = await endpoints(seeding.base);
    await seeding.stop();
    if (scale === "synthetic") {
      if (!synthesise(postgres ? { DATABASE_URL: postgres.url } : { PGLITE_DATA_DIR: dataDir, DATABASE_URL: "" })) {
        console.log(`${kind}, synthetic: skipped (no \`pnpm synth\` in this checkout)`);
        return;
      }
      const listing = await startServer({ ...database, seed: false });
      paths = await endpoints(listing.base, scale);
      await listing.stop();
    }
    const pactGet = paths.find((p) => p.name === "trpc pact.get");
    console.log(`${kind}, ${scale}: pact.get of ${JSON.parse(decodeURIComponent(pactGet.path.split("input=")[1])).slug}`);
    const captured = capture(
      target,
      join(work, "capture.json"),
      paths.map((p) => p.path),
    );
    const queries = Object.fromEntries(captured.map((entry) => [entry.path, entry.queries.length]));
    const series = { platform: {}, bare: {}, uncached: {}, revalidate: {} };
    const up = async (which) => {
      if (which === "bare") return startBare(join(work, "capture.json"), target);
      return startServer({ ...database, seed: false, ...(which === "uncached" ? { env: { PUBLICATION_CACHE: "false" } } : {}) });
    };
    const order = uncached ? ["platform", "bare", "uncached"] : ["platform", "bare"];
    // PGlite: one process per data folder, so the servers take turns; PostgreSQL: all up at once.
    const running = postgres ? Object.fromEntries(await Promise.all(order.map(async (w) => [w, await up(w)]))) : {};
    const bodies = { platform: {}, bare: {}, uncached: {} };
    try {
      for (let run = 0; run < runs; run++) {
        for (const which of order) {
          const server = running[which] ?? (await up(which));
          try {
            // Identity: every server's answer is kept on its first turn and compared after it.
            if (run === 0) for (const { path } of paths) bodies[which][path] = await answer(server.base, path);
            // A freshly started server finishes its start-up work (the mail worker's first round,
            // JIT) under a short load first, so it does not land on whichever endpoint comes first.
            await warmUp(server.base, paths);
            // Each run starts at another endpoint: whatever a fresh server still does in its first
            // seconds (on PGlite a long query blocks the event loop) lands on each once, and the
            // median drops it.
            const shift = run % paths.length;
            for (const { path } of [...paths.slice(shift), ...paths.slice(0, shift)]) {
              await fetch(`${server.base}${path}`); // warm: plans, JIT, the cache
              (series[which][path] ??= []).push(await load(server.base, path));
            }
            if (which === "platform") {
              const etag = bodies.platform["/v1/pacts"].etag;
              (series.revalidate["/v1/pacts"] ??= []).push(await load(server.base, "/v1/pacts", { "if-none-match": etag }));
            }
          } finally {
            if (!running[which]) await server.stop();
          }
        }
        if (run === 0)
          for (const { path } of paths)
            for (const which of order.slice(1))
              if (bodies[which][path].text !== bodies.platform[path].text)
                throw new Error(
                  `${path}: ${which} answers differently from the platform (${bodies[which][path].text.length} vs ${bodies.platform[path].text.length} characters)`,
                );
      }
    } finally {
      await Promise.all(Object.values(running).map((server) => server.stop()));
    }

    for (const { name, path } of paths) {
      const platform = median(series.platform[path]);
      const bare = median(series.bare[path]);
      rows.push({ kind, scale, name, queries: queries[path], platform, bare, uncached: uncached ? median(series.uncached[path]) : null });
    }
    const bare = median(series.bare["/v1/pacts"]);
    rows.push({ kind, scale, name: "304 revalidation /v1/pacts", queries: 0, platform: median(series.revalidate["/v1/pacts"]), bare, uncached: null });
  } finally {
    await postgres?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (!existsSync(join(repoRoot, "apps/public/dist/index.html"))) console.log("(the public app is not built: pages are not served, the API is)");
console.log(`${connections} connections × ${duration} s per measurement, median of ${runs} alternating runs; requests per second\n`);

const header = `${"database".padEnd(9)} ${"scale".padEnd(9)} ${"endpoint".padEnd(32)} ${"sql".padStart(3)} ${"platform".padStart(9)} ${"bare".padStart(9)} ${"ratio".padStart(6)}${uncached ? `${"no cache".padStart(10)} ${"ratio".padStart(6)}` : ""}`;
const line = (row) =>
  `${row.kind.padEnd(9)} ${row.scale.padEnd(9)} ${row.name.padEnd(32)} ${String(row.queries).padStart(3)} ${row.platform.toFixed(0).padStart(9)} ${row.bare.toFixed(0).padStart(9)} ${(row.platform / row.bare).toFixed(2).padStart(6)}${row.uncached === null ? "" : `${row.uncached.toFixed(0).padStart(10)} ${(row.uncached / row.bare).toFixed(2).padStart(6)}`}`;

// Each database's lines as soon as it is done (a long run may be stopped), then all together.
for (const kind of databases)
  for (const scale of scales) {
    const before = rows.length;
    await bench(kind, scale);
    if (rows.length > before) console.log([header, ...rows.slice(before).map(line)].join("\n") + "\n");
  }
console.log(header);
for (const row of rows) console.log(line(row));
if (rows.some((row) => row.platform < row.bare)) {
  console.log("\nA public read below 1.0× the bare baseline (target: ≥ 1.0).");
  process.exitCode = 1;
}
