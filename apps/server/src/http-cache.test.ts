import { callerFor, createTestUser, signIn } from "@zorgpact/api/test/caller";
import { createDatabase, type DatabaseHandle, type Db } from "@zorgpact/db/database";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase, testDatabaseUrl } from "@zorgpact/db/test/test-database";
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

/** The same database, counting the queries sent through it. */
function countingDb(db: Db): { db: Db; queries: () => number } {
  let queries = 0;
  const plugin: Parameters<Db["withPlugin"]>[0] = {
    transformQuery: (args) => {
      queries += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: db.withPlugin(plugin), queries: () => queries };
}

describe("published snapshots in memory", () => {
  it("answers a repeated public read and a revalidation from memory, the 304 by publication version", async () => {
    const counted = countingDb(handle.db);
    const instance = await buildApp({ db: counted.db });
    try {
      const first = await instance.inject({ url: "/v1/pacts" });
      expect(first.statusCode).toBe(200);
      expect(first.headers.etag).toMatch(/^W\/"pv\d+-/);
      const queriesAfterFirst = counted.queries();

      const again = await instance.inject({ url: "/v1/pacts" });
      expect(again.body).toBe(first.body);
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.headers["api-version"]).toBe(first.headers["api-version"]);
      const revalidated = await instance.inject({ url: "/v1/pacts", headers: { "if-none-match": String(first.headers.etag) } });
      expect(revalidated.statusCode).toBe(304);
      expect(revalidated.body).toBe("");
      expect(counted.queries()).toBe(queriesAfterFirst);

      // A signed-in caller is not answered from the cache.
      await instance.inject({ url: "/v1/pacts", headers: { cookie: sessionCookie } });
      expect(counted.queries()).toBeGreaterThan(queriesAfterFirst);
    } finally {
      await instance.close();
    }
  });

  it("answers the live national report and the programme totals from memory until a change commits", async () => {
    const counted = countingDb(handle.db);
    const instance = await buildApp({ db: counted.db });
    const year = new Date().getFullYear();
    const report = `/trpc/report.live?input=${encodeURIComponent(JSON.stringify({ from: `${year}-01-01`, to: `${year}-12-31` }))}`;
    const programme = `/trpc/programme.overview?input=${encodeURIComponent("{}")}`;
    const regionalPacts = async () => {
      const response = await instance.inject({ url: report });
      expect(response.statusCode).toBe(200);
      const figures = response.json().result.data.figures as { key: string; columns: { key: string; n: number }[] }[];
      return figures.find((f) => f.key === "functions")!.columns.find((c) => c.key === "regional_pact")!.n;
    };
    try {
      const before = await regionalPacts();
      expect((await instance.inject({ url: programme })).statusCode).toBe(200);
      const queries = counted.queries();
      expect(await regionalPacts()).toBe(before);
      expect((await instance.inject({ url: programme })).statusCode).toBe(200);
      expect(counted.queries()).toBe(queries);

      const admin = await createTestUser(handle.db, "national_admin");
      // Through the same database object, so this process's tracker hears of the commit (PGlite has no NOTIFY).
      const caller = callerFor(counted.db, { sessionToken: await signIn(handle.db, admin.email) });
      const created = await caller.pact.create({ kind: "regional_pact", name: "Zorgpact Oost", slug: "zorgpact-oost" });
      await caller.pact.setPublication({ id: created.id, version: created.version, publicationStatus: "published" });
      expect(await regionalPacts()).toBe(before + 1);
    } finally {
      await instance.close();
    }
  });

  it("drops the cached answers of every server process when a change commits, within a second", async () => {
    const url = process.env.DATABASE_URL;
    const pactId = await insertPact(handle.db, { name: "Zorgpact Zuid", slug: "zorgpact-zuid" });
    // On PostgreSQL the second instance has a connection pool of its own and learns of the change
    // only through NOTIFY; on PGlite (one process) both share the database.
    let second: DatabaseHandle | undefined;
    let ownUrl: string | undefined;
    if (url) {
      ownUrl = await testDatabaseUrl(handle.db);
      second = await createDatabase({ kind: "postgres", url: ownUrl, max: 2 });
    }
    const listen = ownUrl ? { listenUrl: ownUrl } : {};
    const a = await buildApp({ db: handle.db, publicationCache: listen });
    const b = await buildApp({ db: second?.db ?? handle.db, publicationCache: listen });
    try {
      const names = async (instance: FastifyInstance) => {
        const response = await instance.inject({ url: "/v1/pacts?pageSize=100" });
        return { etag: response.headers.etag, names: (response.json() as { items: { name: string }[] }).items.map((p) => p.name) };
      };
      const before = await names(b);
      expect(before.names).toContain("Zorgpact Zuid");
      expect((await names(a)).names).toContain("Zorgpact Zuid");

      const admin = await createTestUser(handle.db, "national_admin");
      const caller = callerFor(handle.db, { sessionToken: await signIn(handle.db, admin.email) });
      const pact = await caller.pact.getForEdit({ id: pactId });
      await caller.pact.setPublication({ id: pactId, version: pact.version, publicationStatus: "draft" });
      const committed = Date.now();

      expect((await names(a)).names).not.toContain("Zorgpact Zuid");
      let seen = await names(b);
      while (seen.names.includes("Zorgpact Zuid") && Date.now() - committed < 2_000) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        seen = await names(b);
      }
      expect(seen.names).not.toContain("Zorgpact Zuid");
      expect(Date.now() - committed).toBeLessThan(1_000);
      expect(seen.etag).not.toBe(before.etag);
    } finally {
      await a.close();
      await b.close();
      await second?.close();
    }
  });
});
