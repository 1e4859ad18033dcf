import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { seedDemo } from "@zorgpact/db/seed/demo";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";

let handle: DatabaseHandle;
let app: FastifyInstance;
let folder: string;
// Large enough to pass the 1 KiB threshold.
const script = `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ i, label: `rij ${i}` })))};\n`;
const html = `<!doctype html><html lang="nl"><head><title>Zorgpact</title></head><body>${"<p>Zorgpact</p>".repeat(200)}</body></html>`;

/** A build as the public app's looks after tooling/vite/precompress.ts, with a stray source map. */
async function writeBuild(root: string): Promise<void> {
  await mkdir(join(root, "assets"), { recursive: true });
  await writeFile(join(root, "index.html"), html);
  await writeFile(join(root, "assets", "app-abc123.js"), script);
  await writeFile(join(root, "assets", "app-abc123.js.br"), brotliCompressSync(script));
  await writeFile(join(root, "assets", "app-abc123.js.gz"), gzipSync(script));
  await writeFile(join(root, "assets", "app-abc123.js.map"), "{}");
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db);
  folder = await mkdtemp(join(tmpdir(), "compression-"));
  await writeBuild(join(folder, "public"));
  await mkdir(join(folder, "admin"));
  app = await buildApp({ db: handle.db, production: true, staticApps: { publicDist: join(folder, "public"), adminDist: join(folder, "admin") } });
});
afterAll(async () => {
  await app.close();
  await handle.close();
  await rm(folder, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding: string, headers: Record<string, string> = {}) =>
  app.inject({ method: "GET", url, headers: { "accept-encoding": acceptEncoding, ...headers } });

describe("compressed responses", () => {
  it("serves a hashed script as its precompressed brotli file, cached for a year", async () => {
    const response = await get("/assets/app-abc123.js", "br, gzip");
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it("falls back to gzip for a client without brotli", async () => {
    const response = await get("/assets/app-abc123.js", "gzip");
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(response.rawPayload).toString()).toBe(script);
  });

  it("compresses pages, tRPC answers and open data on the fly", async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: {} }));
    for (const url of ["/zorgpacten", `/trpc/pact.list?batch=1&input=${input}`, "/v1/pacts?pageSize=50", "/v1/downloads/pacts.csv"]) {
      const response = await get(url, "br");
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-encoding"], url).toBe("br");
      expect(response.headers.vary, url).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(response.rawPayload).length, url).toBeGreaterThan(response.rawPayload.length);
    }
  });

  it("keeps the ETag of the uncompressed body, so a 304 still answers a compressed client", async () => {
    const first = await get("/v1/pacts", "gzip");
    const etag = String(first.headers.etag);
    const identity = await get("/v1/pacts", "identity");
    expect(identity.headers.etag).toBe(etag);
    const again = await get("/v1/pacts", "gzip", { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });

  it("sends the plain body to a client that accepts no compression", async () => {
    const response = await get("/assets/app-abc123.js", "identity");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.body).toBe(script);
  });

  it("serves no source maps in production", async () => {
    expect((await get("/assets/app-abc123.js.map", "br")).statusCode).toBe(404);
  });
});
