#!/usr/bin/env node
// Latency of the national figures, one request at a time (issue 16: p95 ≤ 5 ms at the synthetic
// scale on PostgreSQL). Starts the server on DATABASE_URL (fill it first with `pnpm synth`), or on
// an existing PGlite data dir (PGLITE_DATA_DIR), on a loopback port; prints p50/p95/max and the
// bytes of each figure request, then stops the server.
//   DATABASE_URL=postgres://… node bench/national-figures.mjs [--requests 200]
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const i = process.argv.indexOf("--requests");
const requests = i > 0 ? Number(process.argv[i + 1]) : 200;
const port = 4900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
  cwd: join(repoRoot, "apps/server"),
  env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", SEED_DEMO: "false" },
  stdio: ["ignore", "ignore", "inherit"],
});

async function waitForHealth(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not become healthy");
}

const trpc = (procedure, input) => `/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
const year = new Date().getUTCFullYear();
const figures = [
  ["insight.resultsAndEffects", trpc("insight.resultsAndEffects")],
  ["stats.national", trpc("stats.national")],
  ["map.regions", trpc("map.regions")],
  ["report.live", trpc("report.live", { from: `${year}-01-01`, to: `${year}-12-31` })],
];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
try {
  await waitForHealth(120_000);
  console.log(`figure                       p50 ms  p95 ms  max ms    bytes  (${requests} requests each, one at a time)`);
  for (const [name, path] of figures) {
    for (let w = 0; w < 20; w++) await (await fetch(`${base}${path}`)).arrayBuffer();
    const times = [];
    let bytes = 0;
    for (let r = 0; r < requests; r++) {
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { headers: { "accept-encoding": "identity" } });
      const body = await response.arrayBuffer();
      times.push(performance.now() - started);
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status} ${Buffer.from(body).toString().slice(0, 300)}`);
      bytes = body.byteLength;
    }
    times.sort((a, b) => a - b);
    const f = (n) => n.toFixed(1).padStart(7);
    console.log(`${name.padEnd(28)} ${f(percentile(times, 50))} ${f(percentile(times, 95))} ${f(times.at(-1))} ${String(bytes).padStart(8)}`);
  }
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 1000));
  if (server.exitCode === null) server.kill("SIGKILL");
}
