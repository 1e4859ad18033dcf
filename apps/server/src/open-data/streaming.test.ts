import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { synthesizeProgramme } from "@zorgpact/db/synth/synthetic-programme";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";

// Issue 16: a download of every measurement streams from the database at constant memory. A
// buffered download holds every row object and the whole body at once (~12 MB of CSV per 60,000
// rows); streamed, the server holds one batch of 5,000 rows. Runs in CI's PostgreSQL pass (60,000
// rows, filled in seconds); on PGlite filling and reading them takes minutes, so there it runs only
// when asked. At the synthetic scale (issue 16), on PostgreSQL:
//   DATABASE_URL=postgres://… STREAMING_MEASUREMENTS=1000000 npx vitest run src/open-data/streaming.test.ts
// prints its figures; the runs are recorded in docs/performance.md.
const MEASUREMENTS = Number(process.env.STREAMING_MEASUREMENTS ?? 60_000);
const TIMEOUT_MS = 120_000 * Math.max(1, MEASUREMENTS / 60_000);
const report = (line: string) => {
  if (process.env.STREAMING_MEASUREMENTS) console.info(`[streaming ${MEASUREMENTS}] ${line}`);
};
const RUN = Boolean(process.env.DATABASE_URL || process.env.STREAMING_MEASUREMENTS);
const MAX_GROWTH_MB = 8;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

let handle: DatabaseHandle;
let app: FastifyInstance;
let base: string;
beforeAll(async () => {
  if (!RUN) return;
  handle = await createTestDatabase();
  await synthesizeProgramme(handle.db, { pacts: 20, indicators: Math.ceil(MEASUREMENTS / 100), measurements: MEASUREMENTS });
  app = await buildApp({ db: handle.db });
  base = await app.listen({ port: 0, host: "127.0.0.1" });
}, TIMEOUT_MS);
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

/** Reads a download chunk by chunk, sampling the heap (after a collection) every ~4 MB; keeps no body. */
async function download(path: string): Promise<{ bytes: number; lines: number; peakMb: number; status: number }> {
  const response = await fetch(`${base}${path}`, { headers: { "accept-encoding": "identity" } });
  const reader = response.body!.getReader();
  let bytes = 0;
  let lines = 0;
  let nextSample = 0;
  let peakMb = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines++;
    if (bytes >= nextSample) {
      peakMb = Math.max(peakMb, heapMb());
      nextSample = bytes + 4 * 2 ** 20;
    }
  }
  return { bytes, lines, peakMb, status: response.status };
}

describe.runIf(RUN)("streaming downloads", () => {
  it(
    "downloads every measurement as CSV with the heap growing less than a few MB",
    async () => {
      // Warm up: the same streaming code paths compiled, on a smaller set.
      await download("/v1/downloads/indicators.json");
      await download("/v1/downloads/indicators.csv");
      const baseline = heapMb();
      const { bytes, lines, peakMb, status } = await download("/v1/downloads/measurements.csv");
      expect(status).toBe(200);
      // A header and one line per published pact's measurement (18 of 20 synthetic pacts are published).
      expect(lines).toBeGreaterThan(MEASUREMENTS * 0.8);
      expect(bytes).toBeGreaterThan(MEASUREMENTS * 100);
      report(`CSV: ${lines} lines, ${(bytes / 2 ** 20).toFixed(0)} MB, heap ${baseline.toFixed(1)} MB → peak ${peakMb.toFixed(1)} MB`);
      expect(peakMb - baseline).toBeLessThan(MAX_GROWTH_MB);
    },
    TIMEOUT_MS,
  );

  it(
    "downloads every measurement as one JSON document, also at constant memory",
    async () => {
      const baseline = heapMb();
      const { bytes, peakMb, status } = await download("/v1/downloads/measurements.json");
      expect(status).toBe(200);
      expect(bytes).toBeGreaterThan(MEASUREMENTS * 150);
      report(`JSON: ${(bytes / 2 ** 20).toFixed(0)} MB, heap ${baseline.toFixed(1)} MB → peak ${peakMb.toFixed(1)} MB`);
      expect(peakMb - baseline).toBeLessThan(MAX_GROWTH_MB);
    },
    TIMEOUT_MS,
  );
});
