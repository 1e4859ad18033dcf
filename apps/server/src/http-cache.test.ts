import { createTestUser, signIn } from "@zorgpact/api/test/caller";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";
import { trpcPaths } from "./http-cache.ts";

let handle: DatabaseHandle;
let app: FastifyInstance;
let sessionCookie: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  await insertPact(handle.db, { name: "Zorgpact Noord", slug: "zorgpact-noord" });
  app = await buildApp({ db: handle.db });
  const user = await createTestUser(handle.db, "national_admin");
  sessionCookie = `zorgpact_sessie=${await signIn(handle.db, user.email)}`;
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const input = encodeURIComponent(JSON.stringify({ 0: {}, 1: { slug: "zorgpact-noord" } }));
const batchUrl = `/trpc/pact.list,pact.get?batch=1&input=${input}`;

describe("caching of public tRPC queries", () => {
  it("lets anonymous visitors cache public queries, with an ETag and 304 on a match", async () => {
    const first = await app.inject({ url: batchUrl });
    expect(first.statusCode).toBe(200);
    expect(first.headers["cache-control"]).toBe("public, max-age=60");
    expect(first.headers.vary).toContain("Cookie");
    expect(first.headers["content-type"]).toMatch(/application\/json/);
    expect(first.json()[0].result.data.items[0].name).toBe("Zorgpact Noord");
    const again = await app.inject({ url: batchUrl, headers: { "if-none-match": String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });

  it("never stores a response for a signed-in caller", async () => {
    const response = await app.inject({ url: batchUrl, headers: { cookie: sessionCookie } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("private, no-store");
    expect(response.headers.etag).toBeUndefined();
  });

  it("never stores queries that are not public, nor errors", async () => {
    const me = await app.inject({ url: "/trpc/auth.me" });
    expect(me.headers["cache-control"]).toBe("private, no-store");
    const mixed = await app.inject({ url: `/trpc/pact.list,auth.me?batch=1&input=${encodeURIComponent("{}")}` });
    expect(mixed.headers["cache-control"]).toBe("private, no-store");
    const missing = await app.inject({ url: `/trpc/pact.get?input=${encodeURIComponent(JSON.stringify({ slug: "bestaat-niet" }))}` });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["cache-control"]).toBe("private, no-store");
  });

  it("reads the procedure paths of a batched URL", () => {
    expect(trpcPaths("/trpc/pact.list,theme.list?batch=1")).toEqual(["pact.list", "theme.list"]);
    expect(trpcPaths("/trpc/%E0%A4%A")).toEqual(["%E0%A4%A"]);
  });
});
