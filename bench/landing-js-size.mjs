#!/usr/bin/env node
// Prints the JavaScript the landing page (/) loads from the built public app as it is sent: the
// entry script and modulepreload tags of dist/index.html with their static imports, plus the home
// route's chunk if it has one (from Vite's manifest), measured by the .br and .gz files the build
// writes beside them (tooling/vite/precompress.ts; the server sends those). Exits 1 when the
// brotli total is over the budget (100 KiB, issue 14).
//   node bench/landing-js-size.mjs [--dist apps/public/dist] [--route src/pages/home/HomePage.tsx] [--budget-kib 100]
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const dist = resolve(repoRoot, arg("dist", "apps/public/dist"));
const route = arg("route", "src/pages/home/HomePage.tsx");
const budgetKiB = Number(arg("budget-kib", "100"));

const manifestPath = join(dist, ".vite", "manifest.json");
if (!existsSync(join(dist, "index.html")) || !existsSync(manifestPath)) {
  console.error(`No build in ${dist}: run \`pnpm turbo run build --filter @zorgpact/public\` first.`);
  process.exit(2);
}
const html = readFileSync(join(dist, "index.html"), "utf8");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));

// 1. What index.html loads by itself.
const tags = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);
const files = new Set();
const add = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const dep of chunk.imports ?? []) add(dep);
};
for (const file of tags) {
  files.add(file);
  const key = byFile.get(file);
  if (key) add(key);
}
// 2. The route component the router loads for "/", with its static imports, when it is a chunk of
//    its own (without a chunk of its own it is part of the entry, counted above).
if (manifest[route]) add(route);

// The precompressed file when the build wrote one (files under its size threshold are sent as they
// are), otherwise the size as it would be compressed.
const sent = (file, ext, compress) => {
  const path = join(dist, `${file}.${ext}`);
  return existsSync(path) ? readFileSync(path).length : compress(readFileSync(join(dist, file))).length;
};
const rows = [...files].map((file) => ({
  file,
  raw: readFileSync(join(dist, file)).length,
  br: sent(file, "br", (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  gzip: sent(file, "gz", (b) => gzipSync(b, { level: 9 })),
}));
rows.sort((a, b) => b.br - a.br);
const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, br: sum.br + r.br, gzip: sum.gzip + r.gzip }), { raw: 0, br: 0, gzip: 0 });
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

console.log("Landing page (/) JavaScript as sent, from", dist);
const line = (name, r) => `  ${name.padEnd(40)} ${kib(r.raw).padStart(11)} raw  ${kib(r.br).padStart(10)} br  ${kib(r.gzip).padStart(10)} gzip`;
for (const r of rows) console.log(line(r.file, r));
console.log(`${line("total", total)} (${rows.length} files)`);
const within = total.br <= budgetKiB * 1024;
console.log(`Budget ${budgetKiB} KiB brotli: ${within ? "within" : "OVER"} (${kib(budgetKiB * 1024 - total.br)} left)`);
process.exitCode = within ? 0 : 1;
