/**
 * Every procedure × {anonymous, editor of pact A, editor of pact B, national admin} × {record in
 * pact A, record in pact B} → allowed or refused. A procedure missing from the matrix fails the
 * first test, so each new procedure has to state its rule here.
 */
import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertSession } from "@zorgpact/db/repositories/session.repository";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { newSessionToken, hashSessionToken } from "./services/session-token.ts";
import { callerFor, createTestUser, TEST_PASSWORD } from "./test/caller.ts";

type Who = "anonymous" | "editorOfA" | "editorOfB" | "nationalAdmin";
type Record = "A" | "B";
const everyone: Who[] = ["anonymous", "editorOfA", "editorOfB", "nationalAdmin"];

/** Who may call a procedure for a record in pact A or B. */
type Rule = (who: Who, record: Record) => boolean;
const rules = {
  everyone: () => true,
  signedIn: (who) => who !== "anonymous",
  ownPact: (who, record) => who === "nationalAdmin" || (who === "editorOfA" && record === "A") || (who === "editorOfB" && record === "B"),
  nationalAdmin: (who) => who === "nationalAdmin",
} satisfies { [name: string]: Rule };

interface Fixture {
  handle: DatabaseHandle;
  pacts: { [R in Record]: string };
  slugs: { [R in Record]: string };
}

interface Entry {
  rule: Rule;
  /** The input for a call on a record in pact A or B; built fresh per call (versions move). */
  input?: (f: Fixture, record: Record) => Promise<unknown> | unknown;
}

const pactVersion = async (f: Fixture, id: string) =>
  (await f.handle.db.selectFrom("pacts").select("version").where("id", "=", id).executeTakeFirstOrThrow()).version;

/** A fresh user scoped to the record's pact, as the target of user administration. */
const targetUser = async (f: Fixture, record: Record) => {
  const user = await createTestUser(f.handle.db, "regional_editor", [f.pacts[record]]);
  const { version } = await f.handle.db.selectFrom("users").select("version").where("id", "=", user.id).executeTakeFirstOrThrow();
  return { ...user, version };
};

const matrix: { [path: string]: Entry } = {
  "pact.list": { rule: rules.everyone, input: () => ({}) },
  "pact.get": { rule: rules.everyone, input: (f, r) => ({ slug: f.slugs[r] }) },
  "pact.listManaged": { rule: rules.signedIn, input: () => ({}) },
  "pact.getForEdit": { rule: rules.ownPact, input: (f, r) => ({ id: f.pacts[r] }) },
  "pact.update": {
    rule: rules.ownPact,
    input: async (f, r) => ({ id: f.pacts[r], version: await pactVersion(f, f.pacts[r]), name: `Zorgpact ${r}`, description: "Bijgewerkt" }),
  },
  "theme.list": { rule: rules.everyone },
  "taxonomy.list": { rule: rules.everyone, input: () => ({ kind: "result_area" }) },
  "stats.national": { rule: rules.everyone },
  "auth.login": {
    rule: rules.everyone,
    input: async (f, r) => ({ email: (await targetUser(f, r)).email, password: TEST_PASSWORD }),
  },
  "auth.logout": { rule: rules.everyone },
  "auth.logoutEverywhere": { rule: rules.signedIn },
  "auth.me": { rule: rules.everyone },
  "auth.changePassword": {
    rule: rules.signedIn,
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
  },
  "user.list": { rule: rules.nationalAdmin },
  "user.create": {
    rule: rules.nationalAdmin,
    input: (f, r) => ({
      email: `nieuw-${crypto.randomUUID()}@test.zorgpact.nl`,
      name: "Nieuwe redacteur",
      role: "regional_editor",
      pactIds: [f.pacts[r]],
      password: "lange zin voor een nieuwe redacteur",
    }),
  },
  "user.update": {
    rule: rules.nationalAdmin,
    input: async (f, r) => {
      const user = await targetUser(f, r);
      return { id: user.id, version: user.version, email: user.email, name: "Hernoemd", role: "regional_editor", pactIds: [f.pacts[r]] };
    },
  },
  "user.setActive": {
    rule: rules.nationalAdmin,
    input: async (f, r) => {
      const user = await targetUser(f, r);
      return { id: user.id, version: user.version, active: false };
    },
  },
  "user.resetPassword": {
    rule: rules.nationalAdmin,
    input: async (f, r) => ({ id: (await targetUser(f, r)).id, newPassword: "een ander lang wachtwoord" }),
  },
  "audit.list": { rule: rules.nationalAdmin, input: () => ({}) },
  "audit.actions": { rule: rules.nationalAdmin },
};

let fixture: Fixture;
const users = {} as { [W in Exclude<Who, "anonymous">]: string };

beforeAll(async () => {
  const handle = await createTestDatabase();
  const pacts = {
    A: await insertPact(handle.db, { name: "Zorgpact A", slug: "zorgpact-a" }),
    B: await insertPact(handle.db, { name: "Zorgpact B", slug: "zorgpact-b" }),
  };
  fixture = { handle, pacts, slugs: { A: "zorgpact-a", B: "zorgpact-b" } };
  users.editorOfA = (await createTestUser(handle.db, "regional_editor", [pacts.A])).id;
  users.editorOfB = (await createTestUser(handle.db, "regional_editor", [pacts.B])).id;
  users.nationalAdmin = (await createTestUser(handle.db, "national_admin")).id;
});
afterAll(() => fixture.handle.close());

/** A fresh session per call, so procedures that end sessions do not spoil the next call. */
async function callerAs(who: Who) {
  if (who === "anonymous") return callerFor(fixture.handle.db, { ip: "198.51.100.1" });
  const token = newSessionToken();
  await insertSession(fixture.handle.db, { tokenHash: hashSessionToken(token), userId: users[who], at: new Date(), ip: null });
  return callerFor(fixture.handle.db, { sessionToken: token });
}

async function call(who: Who, path: string, record: Record): Promise<"allowed" | "refused"> {
  const entry = matrix[path]!;
  const input = entry.input ? await entry.input(fixture, record) : undefined;
  const caller = await callerAs(who);
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as { [k: string]: unknown })[key], caller) as (input: unknown) => Promise<unknown>;
  try {
    await procedure(input);
    return "allowed";
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN")) return "refused";
    throw new Error(`${path} as ${who} on ${record} failed with ${error instanceof TRPCError ? error.code : ""} ${String(error)}`);
  }
}

describe("permission matrix", () => {
  it("covers every procedure of the API", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(matrix).sort()).toEqual(procedures);
  });

  for (const path of Object.keys(matrix)) {
    it(`${path}: allows and refuses as the matrix says`, async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const who of everyone) {
        for (const record of ["A", "B"] as const) {
          outcomes.push(`${who}/${record}: ${await call(who, path, record)}`);
          expected.push(`${who}/${record}: ${matrix[path]!.rule(who, record) ? "allowed" : "refused"}`);
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it("audits every refusal with the actor and the pact that was tried", async () => {
    const before = await fixture.handle.db.selectFrom("auditLog").select("id").orderBy("id", "desc").executeTakeFirst();
    expect(await call("editorOfB", "pact.update", "A")).toBe("refused");
    const row = await fixture.handle.db.selectFrom("auditLog").selectAll().orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(row.id).toBeGreaterThan(before?.id ?? 0);
    expect(row).toMatchObject({ action: "pact.update", result: "refused", actorUserId: users.editorOfB, pactId: fixture.pacts.A });
  });
});

describe("lists show no rows the caller may not see", () => {
  it("gives an editor their own pacts only, drafts included, and the national team all", async () => {
    const draftOfA = await insertPact(fixture.handle.db, { name: "Concept van A", publicationStatus: "draft" });
    await fixture.handle.db.insertInto("userPactScopes").values({ userId: users.editorOfA, pactId: draftOfA }).execute();
    const names = async (who: Who) => ((await (await callerAs(who)).pact.listManaged({})).items.map((p) => p.name));
    expect(await names("editorOfA")).toEqual(["Concept van A", "Zorgpact A"]);
    expect(await names("editorOfB")).toEqual(["Zorgpact B"]);
    expect(await names("nationalAdmin")).toEqual(["Concept van A", "Zorgpact A", "Zorgpact B"]);
    expect((await (await callerAs("editorOfA")).pact.list({})).items.map((p) => p.name)).not.toContain("Concept van A");
  });
});
