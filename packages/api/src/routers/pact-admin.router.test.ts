import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertOrganisation, insertPact, insertTerm } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { publicCaller, signedInCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
let admin: Awaited<ReturnType<typeof signedInCaller>>;
let editor: Awaited<ReturnType<typeof signedInCaller>>;
const ids: { [key: string]: string } = {};

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  ids.region = (
    await db
      .insertInto("regions")
      .values({ name: "Noord", provinces: ["Groningen"], latitude: 53.2, longitude: 6.6 })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  ids.theme = await insertTerm(db, "theme", "Leren in de praktijk");
  ids.otherTheme = await insertTerm(db, "theme", "Zorg en technologie");
  ids.retiredTheme = await insertTerm(db, "theme", "Oud thema");
  await db.updateTable("taxonomyTerms").set({ retiredAt: new Date().toISOString() }).where("id", "=", ids.retiredTheme).execute();
  ids.care = await insertOrganisation(db, { name: "Tinten Welzijnsgroep", sector: "care_welfare" });
  ids.school = await insertOrganisation(db, { name: "Hanzehogeschool Groningen", sector: "education", level: "hbo" });
  ids.gemeente = await insertOrganisation(db, { name: "Gemeente Groningen", sector: "government", level: "gemeente" });
  ids.noord = await insertPact(db, { name: "Zorgpact Noord", slug: "zorgpact-noord", regionId: ids.region });
  ids.rotterdam = await insertPact(db, { name: "Zorgpact Rotterdam", slug: "zorgpact-rotterdam" });
  ids.koploper = await insertPact(db, { name: "Zorgtechniek Limburg", slug: "zorgtechniek-limburg", kind: "front_runner", admissionStatus: "admitted" });
  admin = await signedInCaller(db, "national_admin");
  editor = await signedInCaller(db, "regional_editor", [ids.noord, ids.koploper]);
});
afterAll(() => handle.close());

async function caught(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

/** The field a BAD_REQUEST names, as the client sees it in `zodError.fieldErrors`. */
function fieldOf(error: TRPCError): unknown {
  return error.cause instanceof ZodError ? error.cause.issues[0]?.path[0] : undefined;
}

const versionOf = async (id: string) => (await handle.db.selectFrom("pacts").select("version").where("id", "=", id).executeTakeFirstOrThrow()).version;

describe("pact.create", () => {
  it("creates a pact as a draft with a unique slug made from its name, hidden from the public", async () => {
    const first = await admin.caller.pact.create({ kind: "breeding_ground", name: "Broedplaats Heerlen" });
    const second = await admin.caller.pact.create({ kind: "breeding_ground", name: "Broedplaats Heerlen" });
    expect(first).toMatchObject({ slug: "broedplaats-heerlen", publicationStatus: "draft", version: 1, kind: "breeding_ground" });
    expect(second.slug).toBe("broedplaats-heerlen-2");
    expect((await caught(publicCaller(handle.db).pact.get({ slug: first.slug }))).code).toBe("NOT_FOUND");
  });

  it("stores every field of a regional pact and shows it back, with the lead as partner and the golden triangle", async () => {
    const pact = await admin.caller.pact.create({
      kind: "regional_pact",
      name: "Zorgpact Groningen",
      description: "Regionale samenwerking.",
      regionId: ids.region!,
      leadOrganisationId: ids.care!,
      startDate: "2016-02-01",
      contactName: "Anna de Vries",
      contactEmail: "Anna@Zorgpact-Groningen.NL",
      themeIds: [ids.theme!],
      fundingStreams: [
        { source: "Provincie Groningen", amountCents: 25_000_00 },
        { source: "Eigen organisaties", inKind: true },
      ],
      functions: ["platform", "project_lead"],
      collaborationForm: "firm",
      governance: [{ itemKey: "regional_vision", now: true, inFiveYears: true }],
    });
    expect(pact).toMatchObject({
      region: { name: "Noord" },
      leadOrganisation: { id: ids.care, name: "Tinten Welzijnsgroep" },
      startDate: "2016-02-01",
      contactName: "Anna de Vries",
      contactEmail: "anna@zorgpact-groningen.nl",
      functions: ["platform", "project_lead"],
      collaborationForm: "firm",
      goldenTriangle: { care: true, education: false, government: false, complete: false },
    });
    expect(pact.partners.map((p) => [p.name, p.role])).toEqual([["Tinten Welzijnsgroep", "lead"]]);
    expect(pact.themes.map((t) => t.label)).toEqual(["Leren in de praktijk"]);
    expect(pact.fundingStreams.map(({ source, amountCents, inKind }) => ({ source, amountCents, inKind }))).toEqual([
      { source: "Provincie Groningen", amountCents: 25_000_00, inKind: false },
      { source: "Eigen organisaties", amountCents: null, inKind: true },
    ]);
    expect(pact.governance).toHaveLength(8);
    expect(pact.governance.find((g) => g.itemKey === "regional_vision")).toEqual({ itemKey: "regional_vision", now: true, inFiveYears: true });
    expect(pact.governance.filter((g) => g.now || g.inFiveYears)).toHaveLength(1);
  });

  it("starts a front-runner entered by the national team as 'applied'", async () => {
    const pact = await admin.caller.pact.create({ kind: "front_runner", name: "Care Academy Veluwe" });
    expect(pact.admissionStatus).toBe("applied");
    expect(pact.review?.criteria.map((c) => c.met)).toEqual([false, false, false, false]);
  });

  it("refuses fields the kind does not have, naming the field", async () => {
    const functions = await caught(admin.caller.pact.create({ kind: "front_runner", name: "Koploper met functies", functions: ["podium"] }));
    expect(functions.code).toBe("BAD_REQUEST");
    expect(fieldOf(functions)).toBe("functions");
    const governance = await caught(
      admin.caller.pact.create({ kind: "breeding_ground", name: "Broedplaats", governance: [{ itemKey: "lifelong_learning", now: true, inFiveYears: false }] }),
    );
    expect(fieldOf(governance)).toBe("governance");
  });

  it("allows one national pact only", async () => {
    await admin.caller.pact.create({ kind: "national", name: "Landelijk Zorgpact" });
    const error = await caught(admin.caller.pact.create({ kind: "national", name: "Tweede landelijk" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldOf(error)).toBe("kind");
  });

  it("refuses a slug that is taken and a region that does not exist", async () => {
    expect(fieldOf(await caught(admin.caller.pact.create({ kind: "regional_pact", name: "Dubbel", slug: "zorgpact-noord" })))).toBe("slug");
    const region = await caught(admin.caller.pact.create({ kind: "regional_pact", name: "Nergens", regionId: "00000000-0000-4000-8000-000000000000" }));
    expect(fieldOf(region)).toBe("regionId");
  });
});

describe("pact.update", () => {
  it("lets an editor save their pact with the version they read, and moves the version on", async () => {
    const before = await editor.caller.pact.getForEdit({ id: ids.noord! });
    const after = await editor.caller.pact.update({
      id: ids.noord!,
      version: before.version,
      description: "Samen werken aan goede zorg in het noorden.",
      themeIds: [ids.theme!, ids.otherTheme!],
      fundingStreams: [{ source: "RIF mbo", amountCents: 1_250_000_00 }],
      functions: ["platform"],
      collaborationForm: "light",
      governance: [{ itemKey: "administrative_consultation", now: true, inFiveYears: true }],
    });
    expect(after.version).toBe(before.version + 1);
    expect(after.name).toBe("Zorgpact Noord");
    expect(after.description).toBe("Samen werken aan goede zorg in het noorden.");
    expect(after.themes.map((t) => t.label)).toEqual(["Leren in de praktijk", "Zorg en technologie"]);
    expect(after.fundingStreams.map((f) => f.amountCents)).toEqual([1_250_000_00]);
  });

  it("keeps what an update leaves out", async () => {
    const before = await editor.caller.pact.getForEdit({ id: ids.noord! });
    const after = await editor.caller.pact.update({ id: ids.noord!, version: before.version, contactName: "Bert Bakker" });
    expect(after.contactName).toBe("Bert Bakker");
    expect(after.themes).toEqual(before.themes);
    expect(after.fundingStreams).toEqual(before.fundingStreams);
    expect(after.governance).toEqual(before.governance);
    expect(after.description).toBe(before.description);
  });

  it("answers a stale version with CONFLICT in Dutch and changes nothing", async () => {
    const read = await editor.caller.pact.getForEdit({ id: ids.noord! });
    await admin.caller.pact.update({ id: ids.noord!, version: read.version, description: "Eerst opgeslagen" });
    const error = await caught(editor.caller.pact.update({ id: ids.noord!, version: read.version, description: "Te laat" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/Iemand anders heeft dit intussen gewijzigd/);
    expect((await editor.caller.pact.getForEdit({ id: ids.noord! })).description).toBe("Eerst opgeslagen");
  });

  it("sets the lead organisation, making the former lead a partner", async () => {
    let pact = await editor.caller.pact.getForEdit({ id: ids.noord! });
    pact = await editor.caller.pact.update({ id: pact.id, version: pact.version, leadOrganisationId: ids.care! });
    pact = await editor.caller.pact.update({ id: pact.id, version: pact.version, leadOrganisationId: ids.gemeente! });
    expect(pact.leadOrganisation?.name).toBe("Gemeente Groningen");
    expect(pact.partners.map((p) => [p.name, p.role])).toEqual([
      ["Gemeente Groningen", "lead"],
      ["Tinten Welzijnsgroep", "partner"],
    ]);
    expect(pact.goldenTriangle).toMatchObject({ care: true, government: true, education: false });
  });

  it("does not add a retired theme, but keeps one the pact already had", async () => {
    const pact = await editor.caller.pact.getForEdit({ id: ids.noord! });
    const error = await caught(editor.caller.pact.update({ id: pact.id, version: pact.version, themeIds: [ids.retiredTheme!] }));
    expect(fieldOf(error)).toBe("themeIds");
    await handle.db.insertInto("pactThemes").values({ pactId: ids.noord!, termId: ids.retiredTheme! }).execute();
    const kept = await editor.caller.pact.update({ id: pact.id, version: pact.version, themeIds: [ids.theme!, ids.retiredTheme!] });
    expect(kept.themes.map((t) => t.label)).toContain("Oud thema");
  });

  it("never lets an editor change kind, admission status or publication through an update", async () => {
    const pact = await editor.caller.pact.getForEdit({ id: ids.noord! });
    const sneaky = { kind: "national", admissionStatus: "admitted", publicationStatus: "draft" } as object;
    const after = await editor.caller.pact.update({ id: pact.id, version: pact.version, ...sneaky });
    expect(after).toMatchObject({ kind: "regional_pact", admissionStatus: null, publicationStatus: "published" });
  });

  it("lets only the national team link a front-runner to a regional pact", async () => {
    const frontRunner = await editor.caller.pact.getForEdit({ id: ids.koploper! });
    const refused = await caught(editor.caller.pact.update({ id: frontRunner.id, version: frontRunner.version, parentPactId: ids.noord! }));
    expect(refused.code).toBe("FORBIDDEN");
    const linked = await admin.caller.pact.update({ id: frontRunner.id, version: frontRunner.version, parentPactId: ids.noord! });
    expect(linked.parentPact).toMatchObject({ name: "Zorgpact Noord", slug: "zorgpact-noord" });
    const regional = await editor.caller.pact.getForEdit({ id: ids.noord! });
    expect(regional.frontRunners.map((f) => f.name)).toEqual(["Zorgtechniek Limburg"]);
    // An editor saving the link as it is, is no change.
    expect((await editor.caller.pact.update({ id: linked.id, version: linked.version, parentPactId: ids.noord! })).parentPact?.id).toBe(ids.noord);
  });

  it("refuses to link a regional pact to another pact", async () => {
    const rotterdam = await admin.caller.pact.getForEdit({ id: ids.rotterdam! });
    const error = await caught(admin.caller.pact.update({ id: rotterdam.id, version: rotterdam.version, parentPactId: ids.noord! }));
    expect(fieldOf(error)).toBe("parentPactId");
  });

  it("records before and after of the changed fields in the audit trail", async () => {
    const pact = await editor.caller.pact.getForEdit({ id: ids.noord! });
    await editor.caller.pact.update({ id: pact.id, version: pact.version, startDate: "2015-09-01", name: pact.name });
    const row = await handle.db.selectFrom("auditLog").selectAll().where("action", "=", "pact.update").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(row).toMatchObject({ result: "ok", objectType: "pact", objectId: ids.noord, pactId: ids.noord, actorUserId: editor.user.id });
    expect(row.changes).toEqual({ before: { startDate: pact.startDate }, after: { startDate: "2015-09-01" } });
  });
});

describe("pact.setPublication", () => {
  it("lets an editor publish their own draft; the public sees it only while published", async () => {
    const draft = await insertPact(handle.db, { name: "Zorgpact Drenthe", slug: "zorgpact-drenthe", publicationStatus: "draft" });
    const own = await signedInCaller(handle.db, "regional_editor", [draft]);
    const anyone = publicCaller(handle.db);
    expect((await caught(anyone.pact.get({ slug: "zorgpact-drenthe" }))).code).toBe("NOT_FOUND");
    const published = await own.caller.pact.setPublication({ id: draft, version: await versionOf(draft), publicationStatus: "published" });
    expect(published.publicationStatus).toBe("published");
    expect((await anyone.pact.get({ slug: "zorgpact-drenthe" })).name).toBe("Zorgpact Drenthe");
    expect((await anyone.pact.list({ search: "Drenthe" })).total).toBe(1);
    await own.caller.pact.setPublication({ id: draft, version: published.version, publicationStatus: "draft" });
    expect((await caught(anyone.pact.get({ slug: "zorgpact-drenthe" }))).code).toBe("NOT_FOUND");
    expect((await anyone.pact.list({ search: "Drenthe" })).total).toBe(0);
  });

  it("publishes a front-runner only once it is admitted", async () => {
    const applied = await insertPact(handle.db, { name: "Nieuwe koploper", kind: "front_runner", admissionStatus: "under_review", publicationStatus: "draft" });
    const error = await caught(admin.caller.pact.setPublication({ id: applied, version: await versionOf(applied), publicationStatus: "published" }));
    expect(fieldOf(error)).toBe("publicationStatus");
    expect(error.message).toMatch(/toegelaten/);
  });
});

describe("pact.archive and pact.restore", () => {
  it("archives a pact out of every list and out of its editors' reach, and restores it as it was", async () => {
    const id = await insertPact(handle.db, { name: "Zorgpact Zeeland", slug: "zorgpact-zeeland" });
    const own = await signedInCaller(handle.db, "regional_editor", [id]);
    const archived = await admin.caller.pact.archive({ id, version: await versionOf(id) });
    expect(archived.archivedAt).not.toBeNull();

    expect((await publicCaller(handle.db).pact.list({ search: "Zeeland" })).total).toBe(0);
    expect((await caught(publicCaller(handle.db).pact.get({ slug: "zorgpact-zeeland" }))).code).toBe("NOT_FOUND");
    expect((await admin.caller.pact.listManaged({ search: "Zeeland" })).total).toBe(0);
    expect((await admin.caller.pact.listManaged({ search: "Zeeland", archived: true })).items.map((p) => p.name)).toEqual(["Zorgpact Zeeland"]);
    const refused = await caught(own.caller.pact.update({ id, version: archived.version, description: "Nog even" }));
    expect(refused.code).toBe("NOT_FOUND");
    expect(refused.message).toMatch(/gearchiveerd/);

    const restored = await admin.caller.pact.restore({ id, version: archived.version });
    expect(restored).toMatchObject({ archivedAt: null, publicationStatus: "published" });
    expect((await publicCaller(handle.db).pact.get({ slug: "zorgpact-zeeland" })).name).toBe("Zorgpact Zeeland");
    expect((await own.caller.pact.update({ id, version: restored.version, description: "Weer actief" })).description).toBe("Weer actief");
  });

  it("answers archiving with a stale version with CONFLICT, and archiving twice with BAD_REQUEST", async () => {
    const id = await insertPact(handle.db, { name: "Zorgpact Twee Keer" });
    expect((await caught(admin.caller.pact.archive({ id, version: 99 }))).code).toBe("CONFLICT");
    const archived = await admin.caller.pact.archive({ id, version: await versionOf(id) });
    expect((await caught(admin.caller.pact.archive({ id, version: archived.version }))).code).toBe("BAD_REQUEST");
  });

  it("answers NOT_FOUND for a pact that does not exist", async () => {
    expect((await caught(admin.caller.pact.archive({ id: "00000000-0000-4000-8000-000000000000", version: 1 }))).code).toBe("NOT_FOUND");
  });
});

describe("pact.listManaged", () => {
  it("filters on publication and admission status", async () => {
    const drafts = await admin.caller.pact.listManaged({ publicationStatus: "draft", pageSize: 100 });
    expect(drafts.items.length).toBeGreaterThan(0);
    expect(drafts.items.every((p) => p.publicationStatus === "draft")).toBe(true);
    const admitted = await admin.caller.pact.listManaged({ kind: "front_runner", admissionStatus: "admitted" });
    expect(admitted.items.map((p) => p.name)).toEqual(["Zorgtechniek Limburg"]);
    expect(admitted.items[0]).toMatchObject({ admissionStatus: "admitted", archivedAt: null, version: expect.any(Number) });
  });

  it("sorts on name, kind or last change, either way", async () => {
    const names = async (input: object) => (await admin.caller.pact.listManaged({ pageSize: 100, ...input })).items.map((p) => p.name);
    const byName = await names({ sort: "name" });
    expect(byName).toEqual([...byName].sort((a, b) => (a < b ? -1 : 1)));
    expect(await names({ sort: "name", direction: "desc" })).toEqual([...byName].reverse());
    const byUpdate = (await admin.caller.pact.listManaged({ pageSize: 100, sort: "updatedAt", direction: "desc" })).items.map((p) => p.updatedAt);
    expect(byUpdate).toEqual([...byUpdate].sort().reverse());
    const kinds = (await admin.caller.pact.listManaged({ pageSize: 100, sort: "kind" })).items.map((p) => p.kind);
    expect(kinds).toEqual([...kinds].sort());
  });

  it("gives an editor their own pacts only", async () => {
    expect((await editor.caller.pact.listManaged({})).items.map((p) => p.name).sort()).toEqual(["Zorgpact Noord", "Zorgtechniek Limburg"]);
  });
});

describe("the public face of a pact", () => {
  it("never carries contact e-mail, application, review or draft linked pacts", async () => {
    const regional = await insertPact(handle.db, {
      name: "Zorgpact Utrecht",
      slug: "zorgpact-utrecht",
      contactName: "Carla",
      contactEmail: "carla@utrecht.example",
    });
    await insertPact(handle.db, { name: "Gepubliceerde koploper", kind: "front_runner", admissionStatus: "admitted", parentPactId: regional });
    await insertPact(handle.db, {
      name: "Aangemelde koploper",
      kind: "front_runner",
      admissionStatus: "applied",
      publicationStatus: "draft",
      parentPactId: regional,
    });
    const pact = await publicCaller(handle.db).pact.get({ slug: "zorgpact-utrecht" });
    expect(pact.contactName).toBe("Carla");
    expect(pact).not.toHaveProperty("contactEmail");
    expect(pact).not.toHaveProperty("application");
    expect(pact).not.toHaveProperty("review");
    expect(JSON.stringify(pact)).not.toContain("carla@utrecht.example");
    expect(pact.frontRunners.map((f) => f.name)).toEqual(["Gepubliceerde koploper"]);
    const forEditors = await admin.caller.pact.getForEdit({ id: regional });
    expect(forEditors.contactEmail).toBe("carla@utrecht.example");
    expect(forEditors.frontRunners.map((f) => f.name)).toEqual(["Aangemelde koploper", "Gepubliceerde koploper"]);
  });

  it("does not show a front-runner's regional pact while that one is a draft", async () => {
    const draftRegional = await insertPact(handle.db, { name: "Concept-regio", publicationStatus: "draft" });
    await insertPact(handle.db, {
      name: "Koploper in concept-regio",
      slug: "koploper-concept-regio",
      kind: "front_runner",
      admissionStatus: "admitted",
      parentPactId: draftRegional,
    });
    expect((await publicCaller(handle.db).pact.get({ slug: "koploper-concept-regio" })).parentPact).toBeNull();
  });
});
