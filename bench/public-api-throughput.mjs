#!/usr/bin/env node
// Starts the server on the embedded database (PGlite) with the demo seed on a loopback port, runs
// a bounded load against the public API with autocannon, prints requests per second and latency
// percentiles, and stops the server again. Loopback only; every run ends by itself.
//   node bench/public-api-throughput.mjs [--connections 20] [--duration 10]
import autocannon from "autocannon";
import { startServer } from "./lib/server.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
};
const connections = Math.min(arg("connections", 20), 100);
const duration = Math.min(arg("duration", 10), 60);
// The server bundle (plain node) on a fresh embedded database with the demo seed (bench/lib/server.mjs).
const server = await startServer();
const base = server.base;

function load(title, path, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `${base}${path}`, connections, duration, headers }, (error, result) => (error ? reject(error) : resolve({ title, path, result })));
  });
}

const trpcList = `/trpc/pact.list?input=${encodeURIComponent(JSON.stringify({}))}`;
try {
  console.log(`Server up on ${base} (PGlite, demo seed) in ${(server.startupMs / 1000).toFixed(1)} s; ${connections} connections × ${duration} s per run\n`);
  // Warm up: first queries plan and cache.
  for (const path of [trpcList, "/v1/pacts"]) await fetch(`${base}${path}`);
  const etag = (await fetch(`${base}/v1/pacts`)).headers.get("etag") ?? "";

  const runs = [];
  runs.push(await load("tRPC pact.list", trpcList));
  runs.push(await load("REST /v1/pacts", "/v1/pacts"));
  runs.push(await load("REST /v1/pacts, If-None-Match (304)", "/v1/pacts", { "if-none-match": etag }));

  console.log("run                                    req/s (avg)   p50 ms   p90 ms   p99 ms      2xx      3xx   other   errors");
  for (const { title, result } of runs) {
    const other = result["1xx"] + result["4xx"] + result["5xx"];
    console.log(
      `${title.padEnd(38)} ${result.requests.average.toFixed(0).padStart(11)} ${String(result.latency.p50).padStart(8)} ${String(result.latency.p90).padStart(8)} ${String(result.latency.p99).padStart(8)} ${String(result["2xx"]).padStart(8)} ${String(result["3xx"]).padStart(8)} ${String(other).padStart(7)} ${String(result.errors).padStart(8)}`,
    );
  }
} finally {
  await server.stop();
}
