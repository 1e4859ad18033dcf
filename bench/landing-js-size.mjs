#!/usr/bin/env node
// Prints the JavaScript the landing page (/) loads from the built public app, raw and gzipped:
// the entry script and modulepreload tags of dist/index.html with their static imports, plus the
// home route's chunk if it has one (from Vite's manifest). Exits 1 when the gzipped total is over
// the budget.
//   node bench/landing-js-size.mjs [--dist apps/public/dist] [--route src/pages/home/HomePage.tsx] [--budget-kib 120]
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const dist = resolve(repoRoot, arg("dist", "apps/public/dist"));
const route = arg("route", "src/pages/home/HomePage.tsx");
const budgetKiB = Number(arg("budget-kib", "120"));

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

const rows = [...files].map((file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);
const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), { raw: 0, gzip: 0 });
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

console.log("Landing page (/) JavaScript, from", dist);
for (const r of rows) console.log(`  ${r.file.padEnd(40)} ${kib(r.raw).padStart(11)} raw  ${kib(r.gzip).padStart(10)} gzip`);
console.log(`  ${"total".padEnd(40)} ${kib(total.raw).padStart(11)} raw  ${kib(total.gzip).padStart(10)} gzip (${rows.length} files, gzip -9)`);
const within = total.gzip <= budgetKiB * 1024;
console.log(`Budget ${budgetKiB} KiB gzip: ${within ? "within" : "OVER"} (${kib(budgetKiB * 1024 - total.gzip)} left)`);
process.exitCode = within ? 0 : 1;
