/**
 * Two built server processes on one PostgreSQL behind nginx (from the distribution; scripts/lib.sh
 * ensure_nginx): sessions, login throttling, the public cache and the audit trail behave as with
 * one server. Runs in the PostgreSQL pass only (DATABASE_URL); builds the bundle when missing.
 */
import { createTestUser, TEST_PASSWORD } from "@zorgpact/api/test/caller";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { listAudit } from "@zorgpact/db/repositories/audit.repository";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase, testDatabaseUrl } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureServerBundle, startNginx, startServer, type RunningServer } from "../../../bench/lib/server.mjs";

const url = process.env.DATABASE_URL;
const suite = describe.skipIf(!url);
if (!url)
  console.info("multi-instance.test.ts overgeslagen: twee servers achter nginx draaien alleen met DATABASE_URL (de PostgreSQL-ronde van scripts/test.sh).");

let handle: DatabaseHandle;
let a: RunningServer;
let b: RunningServer;
let proxy: { base: string; stop(): Promise<void> };
let pactId: string;

suite("two server processes behind nginx on one PostgreSQL", () => {
  beforeAll(async () => {
    handle = await createTestDatabase();
    pactId = await insertPact(handle.db, { name: "Zorgpact Twee Servers", slug: "zorgpact-twee-servers" });
    const databaseUrl = await testDatabaseUrl(handle.db);
    const env = { COOKIE_SECURE: "false", TRUST_PROXY: "127.0.0.1" };
    ensureServerBundle(); // once, before both servers start
    [a, b] = await Promise.all([startServer({ databaseUrl, seed: false, env }), startServer({ databaseUrl, seed: false, env })]);
    proxy = await startNginx([a.base, b.base]);
  }, 120_000);
  afterAll(async () => {
    await proxy?.stop();
    await Promise.all([a?.stop(), b?.stop()]);
    await handle?.close();
  });

  const login = (base: string, email: string, password: string) =>
    fetch(`${base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email, password }),
    });
  const sessionCookieOf = (response: Response) => (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const me = async (base: string, cookie: string) => {
    const response = await fetch(`${base}/trpc/auth.me`, { headers: { cookie } });
    return ((await response.json()) as { result?: { data?: { user?: { email?: string } | null } } }).result?.data?.user?.email ?? null;
  };
  const pactNames = async (base: string) => {
    const body = (await (await fetch(`${base}/v1/pacts?pageSize=100`)).json()) as { items: { name: string }[] };
    return body.items.map((item) => item.name);
  };

  it("keeps a session made through the proxy on both servers", async () => {
    const user = await createTestUser(handle.db, "national_admin");
    const response = await login(proxy.base, user.email, TEST_PASSWORD);
    expect(response.status).toBe(200);
    const cookie = sessionCookieOf(response);
    expect(cookie).toMatch(/zorgpact_sessie=/);
    // Round robin: four requests through nginx land on both servers; each also asked directly.
    for (let i = 0; i < 4; i++) expect(await me(proxy.base, cookie)).toBe(user.email);
    expect(await me(a.base, cookie)).toBe(user.email);
    expect(await me(b.base, cookie)).toBe(user.email);
  });

  it("counts failed logins on both servers together", async () => {
    const user = await createTestUser(handle.db, "regional_editor");
    // Five failures (the account's limit), alternating between the two servers.
    for (let i = 0; i < 5; i++) expect((await login((i % 2 === 0 ? a : b).base, user.email, "een fout wachtwoord hier")).status).toBe(401);
    for (const server of [a, b, proxy]) expect((await login(server.base, user.email, TEST_PASSWORD)).status).toBe(429);
  });

  it("shows a change made on one server on the other within a second, and audits it once", async () => {
    const user = await createTestUser(handle.db, "national_admin");
    const cookie = sessionCookieOf(await login(a.base, user.email, TEST_PASSWORD));
    expect(await pactNames(b.base)).toContain("Zorgpact Twee Servers");
    expect(await pactNames(b.base)).toContain("Zorgpact Twee Servers"); // now from B's cache

    const input = encodeURIComponent(JSON.stringify({ id: pactId }));
    const pact = (
      (await (await fetch(`${a.base}/trpc/pact.getForEdit?input=${input}`, { headers: { cookie } })).json()) as { result: { data: { version: number } } }
    ).result.data;
    const change = await fetch(`${a.base}/trpc/pact.setPublication`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: a.base, cookie },
      body: JSON.stringify({ id: pactId, version: pact.version, publicationStatus: "draft" }),
    });
    expect(change.status).toBe(200);
    const committed = Date.now();
    let names = await pactNames(b.base);
    while (names.includes("Zorgpact Twee Servers") && Date.now() - committed < 2_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      names = await pactNames(b.base);
    }
    expect(names).not.toContain("Zorgpact Twee Servers");
    expect(Date.now() - committed).toBeLessThan(1_000);
    expect(await pactNames(proxy.base)).not.toContain("Zorgpact Twee Servers");

    const audit = await listAudit(handle.db, { page: 1, pageSize: 10, action: "pact.setPublication", objectId: pactId });
    expect(audit.items.map((entry) => [entry.actorEmail, entry.result])).toEqual([[user.email, "ok"]]);
  });
});
