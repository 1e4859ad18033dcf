import { createTestUser, TEST_PASSWORD } from "@zorgpact/api/test/caller";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";

let handle: DatabaseHandle;
let app: FastifyInstance;
let productionApp: FastifyInstance;
let email: string;
const HOST = "zorgpact.test";

beforeAll(async () => {
  handle = await createTestDatabase();
  email = (await createTestUser(handle.db, "national_admin")).email;
  app = await buildApp({ db: handle.db });
  productionApp = await buildApp({ db: handle.db, production: true });
});
afterAll(async () => {
  await app.close();
  await productionApp.close();
  await handle.close();
});

const login = (target: FastifyInstance, headers: Record<string, string> = {}, body = JSON.stringify({ email, password: TEST_PASSWORD })) =>
  target.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: { host: HOST, "content-type": "application/json", origin: `https://${HOST}`, ...headers },
    body,
  });

describe("session cookie", () => {
  it("is HttpOnly and SameSite=Lax", async () => {
    const response = await login(app);
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers["set-cookie"]);
    expect(cookie).toMatch(/^zorgpact_sessie=/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
  });

  it("is Secure and __Host- prefixed in production", async () => {
    const cookie = String((await login(productionApp)).headers["set-cookie"]);
    expect(cookie).toMatch(/^__Host-zorgpact_sessie=/);
    expect(cookie).toContain("Secure");
    expect(cookie).not.toContain("Domain");
  });

  it("signs the browser in for later requests", async () => {
    const cookie = String((await login(app)).headers["set-cookie"]).split(";")[0]!;
    const me = await app.inject({ url: "/trpc/auth.me", headers: { host: HOST, cookie } });
    expect(me.json().result.data.user.email).toBe(email);
  });
});

describe("CSRF: mutations need an allowed Origin", () => {
  it("refuses a mutation without Origin", async () => {
    const response = await login(app, { origin: "" });
    expect(response.statusCode).toBe(403);
  });

  it("refuses a mutation from another site, whatever the content type", async () => {
    for (const contentType of ["application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"]) {
      const response = await login(app, { origin: "https://kwaadaardig.example", "content-type": contentType });
      expect(response.statusCode, contentType).toBe(403);
      expect(response.headers["set-cookie"]).toBeUndefined();
    }
  });

  it("accepts an origin from the configured list", async () => {
    const devApp = await buildApp({ db: handle.db, allowedOrigins: ["http://localhost:5174"] });
    expect((await login(devApp, { origin: "http://localhost:5174" })).statusCode).toBe(200);
    await devApp.close();
  });
});

describe("security headers", () => {
  it("are on every response, errors and 404s included", async () => {
    for (const url of ["/health", "/trpc/pact.get?input=%7B%7D", "/bestaat/niet.js"]) {
      const response = await productionApp.inject({ url });
      expect(response.headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
      expect(response.headers["content-security-policy"], url).toContain("script-src 'self'");
      expect(response.headers["content-security-policy"], url).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(response.headers["x-content-type-options"], url).toBe("nosniff");
      expect(response.headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
      expect(response.headers["strict-transport-security"], url).toContain("max-age=");
    }
  });

  it("leave HSTS out outside production, where the site runs on plain http", async () => {
    expect((await app.inject({ url: "/health" })).headers["strict-transport-security"]).toBeUndefined();
  });
});
