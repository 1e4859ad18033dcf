import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";

let handle: DatabaseHandle;
let app: FastifyInstance;

function fakeDist(title: string): string {
  const dir = mkdtempSync(join(tmpdir(), "zorgpact-dist-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), `<!doctype html><title>${title}</title>`);
  writeFileSync(join(dir, "assets", "app-abc123.js"), "console.log(1)");
  return dir;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await insertPact(handle.db, { name: "Zorgpact Noord", slug: "zorgpact-noord" });
  app = await buildApp({ db: handle.db, staticApps: { publicDist: fakeDist("publiek"), adminDist: fakeDist("beheer") } });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const trpcGet = (path: string, input: unknown) => app.inject({ method: "GET", url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}` });

describe("HTTP server", () => {
  it("answers /health with the database status", async () => {
    const response = await app.inject({ method: "GET", url: "/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("serves tRPC at /trpc", async () => {
    const response = await trpcGet("pact.list", {});
    expect(response.statusCode).toBe(200);
    expect(response.json().result.data.items[0].name).toBe("Zorgpact Noord");
  });

  it("answers bad input with 400 BAD_REQUEST naming the field and the reason", async () => {
    const response = await trpcGet("pact.list", { pageSize: 1000 });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.data.zodError.fieldErrors.pageSize[0]).toMatch(/100/);
  });

  it("answers an unknown pact with 404 NOT_FOUND in Dutch", async () => {
    const response = await trpcGet("pact.get", { slug: "bestaat-niet" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toMatch(/bestaat niet/);
  });

  it("serves the public app at / and the admin app at /admin/, with page routes falling back to index.html", async () => {
    expect((await app.inject({ url: "/" })).body).toContain("publiek");
    expect((await app.inject({ url: "/zorgpacten/zorgpact-noord" })).body).toContain("publiek");
    expect((await app.inject({ url: "/admin/" })).body).toContain("beheer");
    expect((await app.inject({ url: "/admin/gebruikers" })).body).toContain("beheer");
    expect((await app.inject({ url: "/admin" })).headers.location).toBe("/admin/");
  });

  it("lets browsers cache hashed assets for good but revalidate index.html", async () => {
    expect((await app.inject({ url: "/assets/app-abc123.js" })).headers["cache-control"]).toContain("immutable");
    expect((await app.inject({ url: "/" })).headers["cache-control"]).toBe("no-cache");
  });

  it("answers a missing file or API path with a JSON 404, not the app", async () => {
    const missingAsset = await app.inject({ url: "/assets/missing.js" });
    expect(missingAsset.statusCode).toBe(404);
    expect((await app.inject({ url: "/trpc/pact.doesNotExist" })).statusCode).toBe(404);
  });
});
