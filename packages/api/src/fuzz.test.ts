import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertSession } from "@zorgpact/db/repositories/session.repository";
import { seedDemo } from "@zorgpact/db/seed/demo";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { newSessionToken, hashSessionToken } from "./services/session-token.ts";
import { callerFor, createTestUser } from "./test/caller.ts";
import { describeInput, inputsFor, LEAK, type FuzzPools } from "./test/fuzz-inputs.ts";

/**
 * Drives every procedure of the app router with generated bad inputs as the public, a regional
 * editor and the national team, and fails on any INTERNAL_SERVER_ERROR or any message that leaks
 * internals (SQL, stack frames, file paths). Procedures added later are picked up from the router
 * itself. Deterministic: a fixed seed per procedure and role, a fixed number of runs.
 */

const SEED = 20_261_201;
const RUNS_PER_ROLE = Number(process.env.FUZZ_RUNS ?? 20);
const roles = ["anonymous", "editor", "national"] as const;
type Role = (typeof roles)[number];

let handle: DatabaseHandle;
let pools: FuzzPools;
const users: Partial<Record<Role, { id: string; token: string }>> = {};

interface Procedure {
  _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[] };
}
const procedures = Object.entries((appRouter as unknown as { _def: { procedures: Record<string, Procedure> } })._def.procedures).sort(([a], [b]) =>
  a.localeCompare(b),
);

async function newSession(userId: string): Promise<string> {
  const token = newSessionToken();
  await insertSession(handle.db, { tokenHash: hashSessionToken(token), userId, at: new Date(), ip: "127.0.0.1" });
  return token;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db);
  const editorPacts = await handle.db.selectFrom("pacts").select("id").orderBy("slug").limit(2).execute();
  for (const role of ["editor", "national"] as const) {
    const user = await createTestUser(
      handle.db,
      role === "editor" ? "regional_editor" : "national_admin",
      role === "editor" ? editorPacts.map((p) => p.id) : [],
    );
    users[role] = { id: user.id, token: await newSession(user.id) };
  }
  const fuzzUsers = new Set(Object.values(users).map((u) => u!.id));
  // A few ids of every table keyed by uuid, new features' tables included.
  const tables = await sql<{ tableName: string }>`select table_name from information_schema.columns
    where column_name = 'id' and data_type = 'uuid' and table_schema = current_schema() order by table_name`.execute(handle.db);
  const ids: string[] = [];
  for (const { tableName } of tables.rows) {
    const rows = await sql<{ id: string }>`select id::text as id from ${sql.table(tableName)} limit 5`.execute(handle.db);
    ids.push(...rows.rows.map((r) => r.id));
  }
  const slugs = (await handle.db.selectFrom("pacts").select("slug").limit(10).execute()).map((p) => p.slug);
  // The fuzzing users' own ids stay out: disabling them would turn the rest into UNAUTHORIZED.
  pools = { ids: ids.filter((id) => !fuzzUsers.has(id)), slugs };
}, 120_000);
afterAll(() => handle?.close());

function callerAs(role: Role, index: number) {
  const ip = `10.${index % 200}.${Math.floor(index / 200) % 250}.${roles.indexOf(role) + 1}`;
  return callerFor(handle.db, { ip, ...(role === "anonymous" ? {} : { sessionToken: users[role]!.token }) });
}

function procedureOf(caller: unknown, path: string): (input: unknown) => Promise<unknown> {
  let target = caller as Record<string, unknown>;
  for (const key of path.split(".")) target = target[key] as Record<string, unknown>;
  return target as unknown as (input: unknown) => Promise<unknown>;
}

function hashOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

describe("fuzzing every procedure", () => {
  it("answers thousands of bad inputs from the public, an editor and the national team without a server error or leaked internals", async () => {
    const failures: string[] = [];
    const codes = new Map<string, number>();
    let cases = 0;
    let index = 0;
    const started = performance.now();

    for (const [path, procedure] of procedures) {
      if (procedure._def.type === "subscription") continue;
      const arbitrary = inputsFor(procedure._def.inputs, pools);
      for (const role of roles) {
        const samples = fc.sample(arbitrary, { seed: SEED ^ hashOf(`${path}/${role}`), numRuns: RUNS_PER_ROLE });
        for (const input of samples) {
          cases++;
          index++;
          const outcome = await procedureOf(
            callerAs(role, index),
            path,
          )(input).then(
            () => "ok",
            (error: unknown) => error,
          );
          if (outcome === "ok") {
            codes.set("ok", (codes.get("ok") ?? 0) + 1);
            continue;
          }
          if (!(outcome instanceof TRPCError)) {
            failures.push(`${path} as ${role}: threw a non-tRPC ${String(outcome)} for ${describeInput(input)}`);
            continue;
          }
          codes.set(outcome.code, (codes.get(outcome.code) ?? 0) + 1);
          if (outcome.code === "INTERNAL_SERVER_ERROR") {
            const cause = outcome.cause instanceof Error ? `${outcome.cause.name}: ${outcome.cause.message}` : outcome.message;
            failures.push(`${path} as ${role}: INTERNAL_SERVER_ERROR (${cause.slice(0, 200)}) for ${describeInput(input)}`);
          } else if (LEAK.test(outcome.message)) {
            failures.push(`${path} as ${role}: ${outcome.code} leaks "${outcome.message.slice(0, 200)}" for ${describeInput(input)}`);
          }
          // A signed-in role whose session a fuzzed call ended (logout) gets a new one.
          if (role !== "anonymous" && outcome.code === "UNAUTHORIZED") users[role]!.token = await newSession(users[role]!.id);
        }
      }
    }

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const summary = [...codes.entries()]
      .sort()
      .map(([code, n]) => `${code} ${n}`)
      .join(", ");
    console.log(`fuzz: ${cases} cases over ${procedures.length} procedures × ${roles.length} roles in ${seconds} s (${summary}); ${failures.length} failures`);
    for (const failure of failures.slice(0, 40)) console.log(failure);
    expect(failures.slice(0, 40)).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(procedures.length * roles.length * RUNS_PER_ROLE);
  }, 300_000);
});
