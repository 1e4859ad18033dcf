/**
 * Every procedure × {anonymous, editor of pact A, editor of pact B, national admin} × {record in
 * pact A, record in pact B} → allowed or refused. A procedure missing from the matrix fails the
 * first test, so each new procedure has to state its rule here.
 */
import { evidenceMatrixStorage } from "./test/matrix/evidence.ts";
import { TRPCError } from "@trpc/server";
import { insertSession } from "@zorgpact/db/repositories/session.repository";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { insertIndicator, insertIssue, insertMeasurement, insertNode } from "@zorgpact/db/test/fixtures";
import type { NewPact } from "@zorgpact/db/schema";
import { insertOrganisation, insertTerm } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { newSessionToken, hashSessionToken } from "./services/session-token.ts";
import { callerFor, createTestUser, TEST_PASSWORD } from "./test/caller.ts";
import { everyone, rules, type Entry, type Fixture, type RecordSide, type Who } from "./test/matrix/rules.ts";
import { featureMatrix } from "./test/matrix/features.ts";

type Record = RecordSide;

const pactVersion = async (f: Fixture, id: string) =>
  (await f.handle.db.selectFrom("pacts").select("version").where("id", "=", id).executeTakeFirstOrThrow()).version;

/** A fresh user scoped to the record's pact, as the target of user administration. */
const targetUser = async (f: Fixture, record: Record) => {
  const user = await createTestUser(f.handle.db, "regional_editor", [f.pacts[record]]);
  const { version } = await f.handle.db.selectFrom("users").select("version").where("id", "=", user.id).executeTakeFirstOrThrow();
  return { ...user, version };
};

/**
 * A fresh pact that whoever edits the record's pact also edits: for changes that would spoil pact
 * A or B (archive, review). Named "Matrix…" so `afterEach` archives it again.
 */
const scopedPact = async (f: Fixture, record: Record, fields: Partial<NewPact> = {}) => {
  const id = await insertPact(f.handle.db, { name: `Matrixpact ${crypto.randomUUID().slice(0, 8)}`, ...fields });
  const editors = await f.handle.db.selectFrom("userPactScopes").select("userId").where("pactId", "=", f.pacts[record]).execute();
  if (editors.length)
    await f.handle.db
      .insertInto("userPactScopes")
      .values(editors.map((e) => ({ userId: e.userId, pactId: id })))
      .execute();
  return { id, version: await pactVersion(f, id) };
};
const frontRunnerIn = (status: "applied" | "under_review") => ({ kind: "front_runner", admissionStatus: status, publicationStatus: "draft" }) as const;
const freshPartner = async (f: Fixture, record: Record) => {
  const organisationId = await insertOrganisation(f.handle.db);
  await f.handle.db.insertInto("pactParticipants").values({ pactId: f.pacts[record], organisationId, role: "partner" }).execute();
  return organisationId;
};
const freshTerm = async (f: Fixture, retired = false) => {
  const id = await insertTerm(f.handle.db, "theme", `Matrixthema ${crypto.randomUUID().slice(0, 8)}`);
  if (retired) await f.handle.db.updateTable("taxonomyTerms").set({ retiredAt: new Date().toISOString() }).where("id", "=", id).execute();
  return { id, version: 1 };
};
const regionFields = () => ({ name: `Matrixregio ${crypto.randomUUID().slice(0, 8)}`, provinces: ["Utrecht" as const], latitude: 52.09, longitude: 5.12 });

/** Fresh agenda records in the record's pact: mutations in the matrix change or delete them. */
const freshIssue = (f: Fixture, record: Record) => insertIssue(f.handle.db, f.pacts[record]);
const freshNode = async (f: Fixture, record: Record, kind: "input" | "activity" | "result" | "effect") =>
  insertNode(f.handle.db, f.pacts[record], {
    kind,
    issueId: await freshIssue(f, record),
    amountCents: kind === "input" ? 100_000 : null,
    fundingSource: kind === "input" ? "Gemeente" : null,
  });
const freshIndicator = async (f: Fixture, record: Record) => insertIndicator(f.handle.db, await freshNode(f, record, "result"));
const versionOf = async (f: Fixture, table: "agendaIssues" | "ambitions" | "chainNodes" | "indicators" | "measurements", id: string) =>
  (await f.handle.db.selectFrom(table).select("version").where("id", "=", id).executeTakeFirstOrThrow()).version;
const inputNodeFields = { kind: "input", title: "Gemeentelijke bijdrage", amountCents: 500_000, fundingSource: "Gemeente" } as const;

const matrix: { [path: string]: Entry } = {
  "pact.list": { rule: rules.everyone, input: () => ({}) },
  "pact.get": { rule: rules.everyone, input: (f, r) => ({ slug: f.slugs[r] }) },
  "pact.listManaged": { rule: rules.signedIn, input: () => ({}) },
  "pact.getForEdit": { rule: rules.ownPact, input: (f, r) => ({ id: f.pacts[r] }) },
  "pact.update": {
    rule: rules.ownPact,
    input: async (f, r) => ({ id: f.pacts[r], version: await pactVersion(f, f.pacts[r]), name: `Zorgpact ${r}`, description: "Bijgewerkt" }),
  },
  "pact.create": { rule: rules.nationalAdmin, input: () => ({ kind: "regional_pact", name: `Matrixpact ${crypto.randomUUID().slice(0, 8)}` }) },
  "pact.setPublication": {
    rule: rules.ownPact,
    input: async (f, r) => ({ id: f.pacts[r], version: await pactVersion(f, f.pacts[r]), publicationStatus: "published" }),
  },
  "pact.archive": { rule: rules.nationalAdmin, input: (f, r) => scopedPact(f, r) },
  "pact.restore": { rule: rules.nationalAdmin, input: (f, r) => scopedPact(f, r, { archivedAt: new Date().toISOString() }) },
  "theme.list": { rule: rules.everyone },
  "taxonomy.list": { rule: rules.everyone, input: () => ({ kind: "result_area" }) },
  "stats.national": { rule: rules.everyone },
  "map.regions": { rule: rules.everyone },
  "insight.resultsAndEffects": { rule: rules.everyone },
  "showcase.list": { rule: rules.everyone, input: () => ({}) },
  "search.query": { rule: rules.everyone, input: (f, r) => ({ q: `Zorgpact ${r}` }) },
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
  "phase.set": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const pact = await f.handle.db.selectFrom("pacts").select(["currentPhase", "version"]).where("id", "=", f.pacts[r]).executeTakeFirstOrThrow();
      return { pactId: f.pacts[r], version: pact.version, phase: ((pact.currentPhase ?? 0) % 4) + 1, changedOn: "2017-06-01", note: "Matrix" };
    },
  },
  "phase.tickItem": { rule: rules.ownPact, input: (f, r) => ({ pactId: f.pacts[r], phase: 1, itemKey: "awareness", done: true, doneOn: "2016-03-01" }) },
  "partner.add": { rule: rules.ownPact, input: async (f, r) => ({ pactId: f.pacts[r], organisationId: await insertOrganisation(f.handle.db) }) },
  "partner.setRole": { rule: rules.ownPact, input: async (f, r) => ({ pactId: f.pacts[r], organisationId: await freshPartner(f, r), role: "partner" }) },
  "partner.remove": { rule: rules.ownPact, input: async (f, r) => ({ pactId: f.pacts[r], organisationId: await freshPartner(f, r) }) },
  "organisation.list": { rule: rules.signedIn, input: () => ({ search: "Organisatie" }) },
  "organisation.create": { rule: rules.signedIn, input: () => ({ name: `Matrixorganisatie ${crypto.randomUUID().slice(0, 8)}`, sector: "care_welfare" }) },
  "organisation.update": {
    rule: rules.nationalAdmin,
    input: async (f) => ({ id: await insertOrganisation(f.handle.db), version: 1, name: `Hernoemd ${crypto.randomUUID().slice(0, 8)}`, sector: "other" }),
  },
  "region.list": { rule: rules.everyone, input: () => ({}) },
  "region.create": { rule: rules.nationalAdmin, input: () => regionFields() },
  "region.update": {
    rule: rules.nationalAdmin,
    input: async (f) => {
      const row = await f.handle.db.insertInto("regions").values(regionFields()).returning("id").executeTakeFirstOrThrow();
      return { id: row.id, version: 1, ...regionFields() };
    },
  },
  "taxonomy.listAll": { rule: rules.nationalAdmin, input: () => ({ kind: "theme" }) },
  "taxonomy.create": { rule: rules.nationalAdmin, input: () => ({ kind: "theme", label: `Matrixthema ${crypto.randomUUID().slice(0, 8)}` }) },
  "taxonomy.update": {
    rule: rules.nationalAdmin,
    input: async (f) => ({ ...(await freshTerm(f)), label: `Matrixthema ${crypto.randomUUID().slice(0, 8)}`, parentId: null, sortOrder: 50 }),
  },
  "taxonomy.retire": { rule: rules.nationalAdmin, input: (f) => freshTerm(f) },
  "taxonomy.restore": { rule: rules.nationalAdmin, input: (f) => freshTerm(f, true) },
  "taxonomy.delete": { rule: rules.nationalAdmin, input: (f) => freshTerm(f) },
  "frontRunner.submitApplication": {
    rule: rules.everyone,
    input: async (f) => {
      // The rate limit is tested on its own; here every caller gets a clean slate.
      await f.handle.db.deleteFrom("publicSubmissions").execute();
      return {
        initiativeName: `Matrixkoploper ${crypto.randomUUID().slice(0, 8)}`,
        description: "Studenten leren in de wijk, samen met zorg en gemeente.",
        organisationName: "ROC Matrix",
        contactName: "Mia Matrix",
        contactEmail: "mia@matrix.example",
        motivation: "We willen onze aanpak delen met andere regio's.",
      };
    },
  },
  "frontRunner.startReview": { rule: rules.nationalAdmin, input: (f, r) => scopedPact(f, r, frontRunnerIn("applied")) },
  "frontRunner.setCriterion": {
    rule: rules.nationalAdmin,
    input: async (f, r) => ({ id: (await scopedPact(f, r, frontRunnerIn("under_review"))).id, criterionKey: "visible_results", met: true, note: "Matrix" }),
  },
  "frontRunner.decide": {
    rule: rules.nationalAdmin,
    input: async (f, r) => ({ ...(await scopedPact(f, r, frontRunnerIn("under_review"))), decision: "reject", reason: "Nog geen zichtbare resultaten." }),
  },
  "agenda.get": { rule: rules.ownPact, input: (f, r) => ({ pactId: f.pacts[r] }) },
  "agenda.getPublic": { rule: rules.everyone, input: (f, r) => ({ slug: f.slugs[r] }) },
  "agenda.createIssue": { rule: rules.ownPact, input: (f, r) => ({ pactId: f.pacts[r], title: "Te weinig stageplaatsen" }) },
  "agenda.updateIssue": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const id = await freshIssue(f, r);
      return { id, version: await versionOf(f, "agendaIssues", id), title: "Meer leren in de praktijk" };
    },
  },
  "agenda.deleteIssue": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const id = await freshIssue(f, r);
      return { id, version: await versionOf(f, "agendaIssues", id) };
    },
  },
  "agenda.setCoalition": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const issueId = await freshIssue(f, r);
      return { issueId, version: await versionOf(f, "agendaIssues", issueId), organisationIds: [] };
    },
  },
  "agenda.addAmbition": { rule: rules.ownPact, input: async (f, r) => ({ issueId: await freshIssue(f, r), statement: "Elke student een stageplaats" }) },
  "agenda.updateAmbition": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const row = await f.handle.db
        .insertInto("ambitions")
        .values({ issueId: await freshIssue(f, r), statement: "Eerste versie" })
        .returning("id")
        .executeTakeFirstOrThrow();
      return { id: row.id, version: await versionOf(f, "ambitions", row.id), statement: "Tweede versie" };
    },
  },
  "agenda.deleteAmbition": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const row = await f.handle.db
        .insertInto("ambitions")
        .values({ issueId: await freshIssue(f, r), statement: "Weg ermee" })
        .returning("id")
        .executeTakeFirstOrThrow();
      return { id: row.id, version: await versionOf(f, "ambitions", row.id) };
    },
  },
  "agenda.export": { rule: rules.ownPact, input: (f, r) => ({ pactId: f.pacts[r], format: "csv" }) },
  "agenda.exportPublic": { rule: rules.everyone, input: (f, r) => ({ slug: f.slugs[r], format: "csv" }) },
  "chain.createNode": { rule: rules.ownPact, input: async (f, r) => ({ issueId: await freshIssue(f, r), ...inputNodeFields }) },
  "chain.updateNode": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const id = await freshNode(f, r, "input");
      return { id, version: await versionOf(f, "chainNodes", id), ...inputNodeFields };
    },
  },
  // A node (or an indicator, below) without measurements. One with public or locked measurements
  // under it only the national team deletes (chain.router.test.ts, indicator.router.test.ts).
  "chain.deleteNode": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const id = await freshNode(f, r, "input");
      return { id, version: await versionOf(f, "chainNodes", id) };
    },
  },
  "chain.link": { rule: rules.ownPact, input: async (f, r) => ({ fromId: await freshNode(f, r, "input"), toId: await freshNode(f, r, "activity") }) },
  "chain.unlink": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const link = { fromId: await freshNode(f, r, "input"), toId: await freshNode(f, r, "activity") };
      await f.handle.db.insertInto("chainLinks").values(link).execute();
      return link;
    },
  },
  "indicator.create": {
    rule: rules.ownPact,
    input: async (f, r) => ({
      nodeId: await freshNode(f, r, "result"),
      name: `Studenten ${crypto.randomUUID()}`,
      unit: "studenten",
      direction: "up",
      baselineValue: 0,
      baselineDate: "2016-01-01",
      targetValue: 100,
      targetDate: "2018-12-31",
    }),
  },
  "indicator.update": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const id = await freshIndicator(f, r);
      return {
        id,
        version: await versionOf(f, "indicators", id),
        name: `Studenten ${crypto.randomUUID()}`,
        unit: "studenten",
        direction: "up",
        baselineValue: 0,
        baselineDate: "2016-01-01",
        targetValue: 120,
        targetDate: "2018-12-31",
      };
    },
  },
  "indicator.delete": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const id = await freshIndicator(f, r);
      return { id, version: await versionOf(f, "indicators", id) };
    },
  },
  "indicator.addMeasurement": {
    rule: rules.ownPact,
    input: async (f, r) => ({ indicatorId: await freshIndicator(f, r), measuredOn: "2017-12-31", value: 42 }),
  },
  "indicator.updateMeasurement": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const id = await insertMeasurement(f.handle.db, await freshIndicator(f, r), "2017-12-31", 40);
      return { id, version: await versionOf(f, "measurements", id), measuredOn: "2017-12-31", value: 42 };
    },
  },
  // A public (approved) measurement: only the national team deletes it. An editor still deletes a
  // never-approved one of their own pact (indicator.router.test.ts).
  "indicator.deleteMeasurement": {
    rule: rules.nationalAdmin,
    input: async (f, r) => {
      const id = await insertMeasurement(f.handle.db, await freshIndicator(f, r), "2017-12-31", 40);
      return { id, version: await versionOf(f, "measurements", id) };
    },
  },
  ...featureMatrix,
};

let fixture: Fixture;
const users = {} as Fixture["users"];

beforeAll(async () => {
  const handle = await createTestDatabase();
  const pacts = {
    A: await insertPact(handle.db, { name: "Zorgpact A", slug: "zorgpact-a" }),
    B: await insertPact(handle.db, { name: "Zorgpact B", slug: "zorgpact-b" }),
  };
  fixture = { handle, pacts, slugs: { A: "zorgpact-a", B: "zorgpact-b" }, users };
  users.editorOfA = (await createTestUser(handle.db, "regional_editor", [pacts.A])).id;
  users.editorOfB = (await createTestUser(handle.db, "regional_editor", [pacts.B])).id;
  users.nationalAdmin = (await createTestUser(handle.db, "national_admin")).id;
});
afterAll(() => fixture.handle.close());
// Pacts made on the side ("Matrix…", by builders, pact.create and frontRunner.submitApplication) leave every
// list again, so the list tests below see pacts A and B only.
afterEach(async () => {
  await fixture.handle.db
    .updateTable("pacts")
    .set({ archivedAt: new Date().toISOString() })
    .where("name", "like", "Matrix%")
    .where("archivedAt", "is", null)
    .execute();
});

/** A fresh session per call, so procedures that end sessions do not spoil the next call. */
async function callerAs(who: Who) {
  if (who === "anonymous") return callerFor(fixture.handle.db, { ip: "198.51.100.1" });
  const token = newSessionToken();
  await insertSession(fixture.handle.db, { tokenHash: hashSessionToken(token), userId: users[who], at: new Date(), ip: null });
  return callerFor(fixture.handle.db, { sessionToken: token, evidenceStorage: evidenceMatrixStorage });
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
    const names = async (who: Who) => (await (await callerAs(who)).pact.listManaged({})).items.map((p) => p.name);
    expect(await names("editorOfA")).toEqual(["Concept van A", "Zorgpact A"]);
    expect(await names("editorOfB")).toEqual(["Zorgpact B"]);
    expect(await names("nationalAdmin")).toEqual(["Concept van A", "Zorgpact A", "Zorgpact B"]);
    expect((await (await callerAs("editorOfA")).pact.list({})).items.map((p) => p.name)).not.toContain("Concept van A");
  });
});
