// Sums the "Tests  N passed | M failed" summaries of every vitest run in a log and prints one
// closing line for the whole suite.
import { readFileSync } from "node:fs";

const log = readFileSync(process.argv[2], "utf8").replace(/\x1b\[[0-9;]*m/g, "");
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of log.split("\n")) {
  const summary = line.match(/^\S*\s*Tests\s+(.*)\(\d+\)\s*$/);
  if (!summary) continue;
  for (const [, count, kind] of summary[1].matchAll(/(\d+) (passed|failed|skipped)/g)) {
    if (kind === "passed") passed += Number(count);
    if (kind === "failed") failed += Number(count);
    if (kind === "skipped") skipped += Number(count);
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
