import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestUser, TEST_PASSWORD } from "@zorgpact/api/test/caller";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";
import { MAX_BATCH_CALLS } from "./trpc-batch.ts";
import { parseTrustProxy } from "./trust-proxy.ts";

const HOST = "zorgpact.test";
const ORIGIN = `https://${HOST}`;

let handle: DatabaseHandle;
let email: string;
const apps: FastifyInstance[] = [];

function fakeDist(title: string): string {
  const dir = mkdtempSync(join(tmpdir(), "zorgpact-dist-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), `<!doctype html><title>${title}</title>`);
  writeFileSync(join(dir, "assets", "app-abc123.js"), "console.log(1)\n//# sourceMappingURL=app-abc123.js.map");
  writeFileSync(join(dir, "assets", "app-abc123.js.map"), '{"version":3,"sources":["../src/geheim.tsx"]}');
  return dir;
}

async function app(options: Omit<Parameters<typeof buildApp>[0], "db"> = {}): Promise<FastifyInstance> {
  const built = await buildApp({ db: handle.db, ...options });
  apps.push(built);
  return built;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  email = (await createTestUser(handle.db, "national_admin")).email;
});
afterAll(async () => {
  for (const built of apps) await built.close();
  await handle.close();
});

const login = (target: FastifyInstance, headers: Record<string, string> = {}) =>
  target.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: { host: HOST, origin: ORIGIN, "content-type": "application/json", ...headers },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });

const newestSessionIp = async () =>
  (await handle.db.selectFrom("sessions").select("ip").orderBy("createdAt", "desc").orderBy("id").executeTakeFirstOrThrow()).ip;

describe("client address: X-Forwarded-For counts only from a configured proxy", () => {
  it("ignores a forged X-Forwarded-For by default: the session (and throttling, audit) see the real address", async () => {
    const response = await login(await app(), { "x-forwarded-for": "203.0.113.9" });
    expect(response.statusCode).toBe(200);
    expect(await newestSessionIp()).toBe("127.0.0.1");
  });

  it("takes the client address from a proxy the operator trusts (one hop, or its address)", async () => {
    for (const trustProxy of [1, ["127.0.0.1"]] as const) {
      const response = await login(await app({ trustProxy: typeof trustProxy === "number" ? trustProxy : [...trustProxy] }), {
        "x-forwarded-for": "198.51.100.7, 203.0.113.9",
      });
      expect(response.statusCode).toBe(200);
      // The nearest address the trusted proxy reports, not the one the client wrote first.
      expect(await newestSessionIp()).toBe("203.0.113.9");
    }
  });

  it("reads TRUST_PROXY as off, hops, or addresses and ranges, and refuses 'true' and nonsense", () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy("0")).toBe(false);
    expect(parseTrustProxy("false")).toBe(false);
    expect(parseTrustProxy("2")).toBe(2);
    expect(parseTrustProxy("10.0.0.0/8, 192.168.1.10,::1,loopback")).toEqual(["10.0.0.0/8", "192.168.1.10", "::1", "loopback"]);
    expect(() => parseTrustProxy("true")).toThrow(/eigen adres/);
    expect(() => parseTrustProxy("10.0.0.0/33")).toThrow(/10.0.0.0\/33/);
    expect(() => parseTrustProxy("proxy.example.nl")).toThrow(/proxy.example.nl/);
  });
});

describe("tRPC batches", () => {
  let server: FastifyInstance;
  beforeAll(async () => {
    server = await app();
  });

  const batchedLogins = (count: number, lastPassword = TEST_PASSWORD) => {
    const inputs = Object.fromEntries(
      Array.from({ length: count }, (_, i) => [String(i), { email, password: i === count - 1 ? lastPassword : `fout wachtwoord ${i}` }]),
    );
    return server.inject({
      method: "POST",
      url: `/trpc/${Array.from({ length: count }, () => "auth.login").join(",")}?batch=1`,
      headers: { host: HOST, origin: ORIGIN, "content-type": "application/json" },
      body: JSON.stringify(inputs),
    });
  };

  const errorsOf = (body: unknown) => (Array.isArray(body) ? body : [body]) as { error?: { message: string; data: { code: string } } }[];

  it("still lets a login travel alone through the batch link", async () => {
    expect((await batchedLogins(1)).statusCode).toBe(200);
  });

  it("refuses a login batched with other calls: 400 in Dutch, no password checked, no session", async () => {
    const failuresBefore = (await handle.db.selectFrom("loginFailures").select("id").execute()).length;
    const response = await batchedLogins(3);
    expect(response.statusCode).toBe(400);
    expect(response.headers["set-cookie"]).toBeUndefined();
    for (const entry of errorsOf(response.json())) {
      expect(entry.error?.data.code).toBe("BAD_REQUEST");
      expect(entry.error?.message).toMatch(/Inloggen gaat met één los verzoek/);
    }
    expect((await handle.db.selectFrom("loginFailures").select("id").execute()).length).toBe(failuresBefore);
  });

  it("refuses 450 guesses in one request whose last one is right", async () => {
    const response = await batchedLogins(450);
    expect(response.statusCode).toBe(400);
    expect(response.headers["set-cookie"]).toBeUndefined();
    expect(errorsOf(response.json())[0]?.error?.message).toMatch(/hoogstens 10 aanroepen/);
  });

  it(`answers up to ${MAX_BATCH_CALLS} calls in a batch and refuses more with 400`, async () => {
    const batchOf = (count: number) =>
      server.inject({
        method: "GET",
        url: `/trpc/${Array.from({ length: count }, () => "pact.list").join(",")}?batch=1&input=${encodeURIComponent(
          JSON.stringify(Object.fromEntries(Array.from({ length: count }, (_, i) => [String(i), {}]))),
        )}`,
      });
    expect((await batchOf(MAX_BATCH_CALLS)).statusCode).toBe(200);
    const tooMany = await batchOf(MAX_BATCH_CALLS + 1);
    expect(tooMany.statusCode).toBe(400);
    expect(errorsOf(tooMany.json())[0]?.error?.message).toBe(`Een verzoek mag hoogstens 10 aanroepen bundelen; dit verzoek bevat er 11.`);
  });
});

describe("open-data API: every unknown path and method answers problem+json", () => {
  const cases = [
    ["GET", "/v1/unknown"],
    ["GET", "/v1/pacts/zorgpact-noord/iets"],
    ["HEAD", "/v1/unknown"],
    ["POST", "/v1/unknown"],
    ["DELETE", "/v1/pacts"],
    ["PUT", "/v1"],
    ["PATCH", "/v1/downloads/pacts.csv"],
  ] as const;

  for (const [label, staticApps] of [
    ["API only", undefined],
    ["with the built apps mounted", () => ({ publicDist: fakeDist("publiek"), adminDist: fakeDist("beheer") })],
  ] as const) {
    it(`${label}`, async () => {
      const server = await app({ production: true, ...(staticApps ? { staticApps: staticApps() } : {}) });
      for (const [method, url] of cases) {
        const response = await server.inject({ method, url, headers: { host: HOST, origin: ORIGIN } });
        expect({ method, url, status: response.statusCode, type: response.headers["content-type"] }).toEqual({
          method,
          url,
          status: 404,
          type: "application/problem+json; charset=utf-8",
        });
        if (method !== "HEAD") expect(response.json()).toMatchObject({ status: 404, instance: url });
      }
    });
  }
});

describe("source maps", () => {
  it("are not served in production, while the scripts are", async () => {
    const server = await app({ production: true, staticApps: { publicDist: fakeDist("publiek"), adminDist: fakeDist("beheer") } });
    for (const prefix of ["/", "/admin/"]) {
      expect((await server.inject({ url: `${prefix}assets/app-abc123.js` })).statusCode).toBe(200);
      const map = await server.inject({ url: `${prefix}assets/app-abc123.js.map` });
      expect(map.statusCode).toBe(404);
      expect(map.body).not.toContain("geheim");
    }
  });

  it("are served outside production, for debugging", async () => {
    const server = await app({ staticApps: { publicDist: fakeDist("publiek"), adminDist: fakeDist("beheer") } });
    expect((await server.inject({ url: "/assets/app-abc123.js.map" })).statusCode).toBe(200);
  });
});
