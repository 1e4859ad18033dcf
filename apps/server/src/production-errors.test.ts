import type { DatabaseHandle } from "@zorgpact/db/database";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// NODE_ENV is read when the API initialises, so it is set before the app is imported.
vi.stubEnv("NODE_ENV", "production");
const { buildApp } = await import("./app.ts");

let handle: DatabaseHandle;
let app: Awaited<ReturnType<typeof buildApp>>;
beforeAll(async () => {
  handle = await createTestDatabase();
  app = await buildApp({ db: handle.db });
});
afterAll(async () => {
  await app.close();
  await handle.close();
  vi.unstubAllEnvs();
});

describe("errors in production", () => {
  it("carry no stack trace", async () => {
    const response = await app.inject({ url: `/trpc/pact.list?input=${encodeURIComponent(JSON.stringify({ pageSize: 0 }))}` });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toContain("stack");
    expect(response.body).not.toContain(".ts:");
  });

  it("hide the internals of a server fault behind a generic Dutch message", async () => {
    await handle.close();
    const response = await app.inject({ url: "/trpc/stats.national" });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.message).toBe("Er ging iets mis op de server. Probeer het later opnieuw.");
    expect(response.body).not.toMatch(/pglite|kysely|select/i);
    handle = await createTestDatabase();
  });
});
