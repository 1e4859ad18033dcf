import { describeInput, LEAK, sampleHostile, sampleInputs, type FuzzPools } from "@zorgpact/api/test/fuzz-inputs";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { seedDemo } from "@zorgpact/db/seed/demo";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// As deployed: NODE_ENV is read when the API initialises, so it is set before the app is imported.
vi.stubEnv("NODE_ENV", "production");
const { buildApp } = await import("./app.ts");
const { appRouter } = await import("@zorgpact/api/root");
const { createTestUser, TEST_PASSWORD } = await import("@zorgpact/api/test/caller");

/**
 * The smaller, HTTP share of the fuzz test (packages/api/src/fuzz.test.ts drives every procedure
 * through createCaller): generated bad inputs for every procedure through the production server,
 * as JSON the way a browser or a script sends it, plus request shapes no schema describes (broken
 * JSON, NUL in the path, wrong methods, batches). No answer may be a 5xx or carry internals.
 */

const SEED = 4_242;
const RUNS = 3;
const HOST = "zorgpact.test";
let handle: DatabaseHandle;
let app: FastifyInstance;
let cookie = "";
let pools: FuzzPools;

interface Procedure {
  _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[] };
}
const procedures = Object.entries((appRouter as unknown as { _def: { procedures: Record<string, Procedure> } })._def.procedures);

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db);
  app = await buildApp({ db: handle.db, production: true });
  const { email } = await createTestUser(handle.db, "national_admin");
  const login = await post("/trpc/auth.login", JSON.stringify({ email, password: TEST_PASSWORD }), "");
  cookie = String(login.headers["set-cookie"]).split(";")[0]!;
  const ids = await handle.db.selectFrom("pacts").select(["id", "slug"]).limit(10).execute();
  pools = { ids: ids.map((p) => p.id), slugs: ids.map((p) => p.slug) };
}, 120_000);
afterAll(async () => {
  await app?.close();
  await handle?.close();
  vi.unstubAllEnvs();
});

function post(url: string, body: string, withCookie = cookie) {
  return app.inject({
    method: "POST",
    url,
    headers: { host: HOST, origin: `https://${HOST}`, "content-type": "application/json", ...(withCookie ? { cookie: withCookie } : {}) },
    body,
  });
}

function get(url: string, withCookie = cookie) {
  return app.inject({ method: "GET", url, headers: { host: HOST, ...(withCookie ? { cookie: withCookie } : {}) } });
}

/** JSON of an input as a client would send it; what JSON cannot carry goes as a string. */
function json(input: unknown): string {
  try {
    return JSON.stringify(input) ?? "null";
  } catch {
    return '"unserialisable"';
  }
}

function problemsOf(what: string, response: { statusCode: number; body: string }): string[] {
  const problems: string[] = [];
  if (response.statusCode >= 500) problems.push(`${what}: HTTP ${response.statusCode} ${response.body.slice(0, 200)}`);
  if (LEAK.test(response.body)) problems.push(`${what}: leaks ${response.body.slice(0, 300)}`);
  if (/"stack"/.test(response.body)) problems.push(`${what}: carries a stack trace`);
  return problems;
}

describe("fuzzing the HTTP API", () => {
  it("answers generated bad inputs for every procedure, signed in and not, without a 5xx or leaked internals", async () => {
    const problems: string[] = [];
    let requests = 0;
    for (const [path, procedure] of procedures) {
      if (procedure._def.type === "subscription") continue;
      const samples = sampleInputs(procedure._def.inputs, pools, SEED + requests, RUNS);
      for (const [i, input] of samples.entries()) {
        const signedIn = i % 2 === 0 ? cookie : "";
        const response =
          procedure._def.type === "query"
            ? await get(`/trpc/${path}?input=${encodeURIComponent(json(input))}`, signedIn)
            : await post(`/trpc/${path}`, json(input), signedIn);
        requests++;
        problems.push(...problemsOf(`${path} ${describeInput(input)}`, response));
      }
    }
    console.log(`http fuzz: ${requests} requests over ${procedures.length} procedures; ${problems.length} problems`);
    expect(problems.slice(0, 30)).toEqual([]);
  }, 300_000);

  it("answers request shapes no schema describes without a 5xx", async () => {
    const garbage = sampleHostile(SEED, 30).map(json);
    const shapes: Array<[string, () => ReturnType<typeof get>]> = [
      ["broken JSON", () => post("/trpc/pact.update", '{"id": "x", ')],
      ["NUL in JSON", () => post("/trpc/organisation.create", '{"name": "a\\u0000b", "sector": "education"}')],
      ["NUL in the path", () => get("/trpc/pact.get%00")],
      ["NUL in a /v1 path", () => get("/v1/pacts/%00")],
      ["lone surrogate in a /v1 path", () => get("/v1/pacts/%ED%A0%80")],
      ["unknown procedure", () => get("/trpc/bestaat.niet")],
      ["query as POST", () => post("/trpc/pact.list", "{}")],
      ["mutation as GET", () => get("/trpc/pact.update?input=%7B%7D")],
      ["batch of twenty", () => get(`/trpc/${Array(20).fill("pact.list").join(",")}?batch=1&input=%7B%7D`)],
      ["huge query string", () => get(`/trpc/pact.list?input=${"%22".repeat(20_000)}`)],
      ["array body", () => post("/trpc/auth.login", "[1,2,3]", "")],
      ...garbage.map((body, i): [string, () => ReturnType<typeof get>] => [`garbage body ${i}`, () => post("/trpc/frontRunner.submitApplication", body, "")]),
    ];
    const problems: string[] = [];
    for (const [what, send] of shapes) problems.push(...problemsOf(what, await send()));
    expect(problems).toEqual([]);
  });
});
