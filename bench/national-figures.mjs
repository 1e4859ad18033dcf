#!/usr/bin/env node
// Latency of the national figures, one request at a time (issue 16: p95 ≤ 5 ms per figure request
// at the synthetic scale on PostgreSQL). On DATABASE_URL when set (fill it first with `pnpm
// synth`), else on a throwaway PostgreSQL 15 with the demo seed, and with --synthetic the
// synthetic programme on top. The server bundle runs twice: with the publication cache (what
// visitors get between two changes) and without it (the first read after a change: rollups and
// SQL only). Prints p50/p95/max and the bytes of each figure request.
//   node bench/national-figures.mjs [--synthetic] [--requests 200]
//   DATABASE_URL=postgres://… node bench/national-figures.mjs
import { execFileSync } from "node:child_process";
import http from "node:http";
import { repoRoot, startPostgres, startServer } from "./lib/server.mjs";

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const requests = Number(option("requests", "200"));
const synthetic = process.argv.includes("--synthetic");

const trpc = (procedure, input) => `/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
const year = new Date().getUTCFullYear();
const figures = [
  ["insight.resultsAndEffects", trpc("insight.resultsAndEffects")],
  ["stats.national", trpc("stats.national")],
  ["map.regions", trpc("map.regions")],
  ["report.live", trpc("report.live", { from: `${year}-01-01`, to: `${year}-12-31` })],
  ["programme.overview", trpc("programme.overview", {})],
];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

// node:http with a keep-alive agent: fetch adds about a millisecond of its own per request here,
// which would be measured as the server's.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { "accept-encoding": "identity" } }, (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

async function measure(base, name, path) {
  for (let w = 0; w < 20; w++) await get(`${base}${path}`);
  const times = [];
  let bytes = 0;
  for (let r = 0; r < requests; r++) {
    const started = performance.now();
    const { status, body } = await get(`${base}${path}`);
    times.push(performance.now() - started);
    if (status !== 200) throw new Error(`${name}: HTTP ${status} ${body.toString().slice(0, 300)}`);
    bytes = body.byteLength;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1), bytes };
}

let postgres = null;
let databaseUrl = process.env.DATABASE_URL;
try {
  if (!databaseUrl) {
    postgres = await startPostgres();
    databaseUrl = postgres.url;
    const seeding = await startServer({ databaseUrl, seed: true });
    await seeding.stop();
    if (synthetic)
      execFileSync("pnpm", ["synth"], { cwd: repoRoot, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "inherit", "inherit"] });
  }
  const scale = process.env.DATABASE_URL ? "DATABASE_URL" : synthetic ? "synthetic" : "demo";
  console.log(`national figures on PostgreSQL (${scale}), ${requests} requests each, one at a time`);
  console.log(`figure                       cache   p50 ms  p95 ms  max ms    bytes`);
  for (const cached of [true, false]) {
    const server = await startServer({ databaseUrl, seed: false, env: { PUBLICATION_CACHE: String(cached) } });
    try {
      for (const [name, path] of figures) {
        const m = await measure(server.base, name, path);
        const f = (n) => n.toFixed(1).padStart(7);
        console.log(`${name.padEnd(28)} ${(cached ? "aan" : "uit").padEnd(5)} ${f(m.p50)} ${f(m.p95)} ${f(m.max)} ${String(m.bytes).padStart(8)}`);
      }
    } finally {
      await server.stop();
    }
  }
} finally {
  await postgres?.stop();
}
