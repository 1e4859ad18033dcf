import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
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

describe("apps still being built by scripts/start.sh", () => {
  // start.sh starts the server first and builds the apps in the background, with a marker beside dist/.
  function appsBeingBuilt(buildPid: number) {
    const root = mkdtempSync(join(tmpdir(), "zorgpact-building-"));
    const publicDist = join(root, "public", "dist");
    const adminDist = join(root, "admin", "dist");
    for (const dist of [publicDist, adminDist]) {
      mkdirSync(dist, { recursive: true });
      writeFileSync(`${dist}.building`, String(buildPid));
    }
    const finish = (dist: string, title: string) => {
      writeFileSync(join(dist, "index.html"), `<!doctype html><title>${title}</title>`);
      rmSync(`${dist}.building`);
    };
    return { root, publicDist, adminDist, finish };
  }

  it("answers 'wordt klaargezet' (503, Retry-After, showing the app once it is there) until the build is done, then serves the app", async () => {
    const apps = appsBeingBuilt(process.pid);
    const server = await buildApp({ db: handle.db, staticApps: { publicDist: apps.publicDist, adminDist: apps.adminDist } });
    try {
      for (const [url, text] of [
        ["/", "De site wordt klaargezet"],
        ["/zorgpacten/zorgpact-noord", "De site wordt klaargezet"],
        ["/admin/", "De beheeromgeving wordt klaargezet"],
        ["/admin/gebruikers", "De beheeromgeving wordt klaargezet"],
      ]) {
        const response = await server.inject({ url });
        expect({ url, status: response.statusCode, retryAfter: response.headers["retry-after"] }).toEqual({ url, status: 503, retryAfter: "5" });
        expect(response.headers["content-type"]).toContain("text/html");
        expect(response.body).toContain(text);
        expect(response.body).toContain('<script src="/_zorgpact/klaargezet.js" defer></script>');
        expect(response.body).not.toContain("http-equiv");
      }
      const script = await server.inject({ url: "/_zorgpact/klaargezet.js" });
      expect({ status: script.statusCode, type: script.headers["content-type"] }).toEqual({ status: 200, type: "text/javascript; charset=utf-8" });
      expect(script.body).toContain('method: "HEAD"');
      expect((await server.inject({ url: "/assets/app-abc123.js" })).statusCode).toBe(503);
      // The API does not wait for the apps.
      expect((await server.inject({ url: "/health" })).statusCode).toBe(200);
      expect((await server.inject({ url: "/trpc/pact.list?input=%7B%7D" })).statusCode).toBe(200);

      apps.finish(apps.publicDist, "publiek");
      const home = await server.inject({ url: "/" });
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain("publiek");
      expect((await server.inject({ url: "/zorgpacten/zorgpact-noord" })).body).toContain("publiek");
      expect((await server.inject({ url: "/admin/" })).statusCode).toBe(503);

      apps.finish(apps.adminDist, "beheer");
      const admin = await server.inject({ url: "/admin/gebruikers" });
      expect(admin.statusCode).toBe(200);
      expect(admin.body).toContain("beheer");
    } finally {
      await server.close();
      rmSync(apps.root, { recursive: true, force: true });
    }
  });

  it("says the build failed instead of promising a site that will not come", async () => {
    // A build that ended without removing its marker (killed) counts as failed, as does a failed one.
    const gonePid = spawnSync(process.execPath, ["-e", ""]).pid;
    const apps = appsBeingBuilt(gonePid);
    rmSync(`${apps.adminDist}.building`);
    writeFileSync(`${apps.adminDist}.failed`, "vite build exited with 1");
    const server = await buildApp({ db: handle.db, staticApps: { publicDist: apps.publicDist, adminDist: apps.adminDist } });
    try {
      for (const [url, text] of [
        ["/", "De site kon niet worden gebouwd"],
        ["/admin/", "De beheeromgeving kon niet worden gebouwd"],
      ]) {
        const response = await server.inject({ url });
        expect({ url, status: response.statusCode, retryAfter: response.headers["retry-after"] }).toEqual({ url, status: 503, retryAfter: undefined });
        expect(response.body).toContain(text);
        expect(response.body).not.toContain("klaargezet.js");
      }
    } finally {
      await server.close();
      rmSync(apps.root, { recursive: true, force: true });
    }
  });

  it("serves an app built again after a failed or interrupted build (the old marker is stale)", async () => {
    const apps = appsBeingBuilt(spawnSync(process.execPath, ["-e", ""]).pid);
    rmSync(`${apps.adminDist}.building`);
    writeFileSync(`${apps.adminDist}.failed`, "vite build exited with 1");
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const marker of [`${apps.publicDist}.building`, `${apps.adminDist}.failed`]) utimesSync(marker, anHourAgo, anHourAgo);
    writeFileSync(join(apps.publicDist, "index.html"), "<!doctype html><title>publiek</title>");
    writeFileSync(join(apps.adminDist, "index.html"), "<!doctype html><title>beheer</title>");
    const server = await buildApp({ db: handle.db, staticApps: { publicDist: apps.publicDist, adminDist: apps.adminDist } });
    try {
      expect((await server.inject({ url: "/" })).body).toContain("publiek");
      expect((await server.inject({ url: "/admin/" })).body).toContain("beheer");
    } finally {
      await server.close();
      rmSync(apps.root, { recursive: true, force: true });
    }
  });
});
