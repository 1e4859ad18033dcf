import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertIssue, insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { publicCaller, signedInCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
let admin: Awaited<ReturnType<typeof signedInCaller>>;
const ids: Record<string, string> = {};

const rif = {
  name: "Regionaal investeringsfonds mbo",
  ministry: "OCW",
  purpose: "Duurzame publiek-private samenwerking in het beroepsonderwijs.",
  startYear: 2014,
  endYear: 2018,
  budgetCents: 125_000_000_00,
  link: "https://zorgpact.nl/ruimte-in-de-regels/rif",
  results: "Tot en met 2017 zijn 16 aanvragen uit zorg en welzijn gehonoreerd.",
  source: "Platform31 (2018), seed 002",
} as const;

beforeAll(async () => {
  handle = await createTestDatabase();
  ids.noord = await insertPact(handle.db, { name: "Zorgpact Noord", slug: "zorgpact-noord" });
  ids.limburg = await insertPact(handle.db, { name: "Zorgtechniek Limburg", slug: "zorgtechniek-limburg", kind: "front_runner" });
  ids.draft = await insertPact(handle.db, { name: "Zorgpact Concept", slug: "zorgpact-concept", publicationStatus: "draft" });
  ids.archived = await insertPact(handle.db, { name: "Zorgpact Oud", slug: "zorgpact-oud", archivedAt: new Date().toISOString() });
  admin = await signedInCaller(handle.db, "national_admin");
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
const fields = (error: TRPCError) => (error.cause instanceof ZodError ? error.cause.issues.map((i) => String(i.path[0])) : []);

describe("regulation.create and update", () => {
  it("creates a regeling with an address from its name, and a second one with the same name gets its own", async () => {
    const created = await admin.caller.regulation.create(rif);
    expect(created).toMatchObject({ slug: "regionaal-investeringsfonds-mbo", budgetCents: 12_500_000_000, version: 1, applications: [] });
    ids.rif = created.id;
    const twin = await admin.caller.regulation.create(rif);
    expect(twin.slug).toBe("regionaal-investeringsfonds-mbo-2");
  });

  it("keeps the address when the name changes, and refuses a stale version", async () => {
    const record = await admin.caller.regulation.create({ ...rif, name: "Stagefonds", ministry: "VWS", budgetCents: null });
    const renamed = await admin.caller.regulation.update({ ...record, name: "Stagefonds zorg" });
    expect(renamed).toMatchObject({ name: "Stagefonds zorg", slug: "stagefonds", version: 2 });
    const error = await caught(admin.caller.regulation.update({ ...record, name: "Te laat" }));
    expect(error.code).toBe("CONFLICT");
  });

  it("refuses an end year before the start year and a javascript: link, on their fields", async () => {
    expect(fields(await caught(admin.caller.regulation.create({ ...rif, startYear: 2018, endYear: 2014 })))).toEqual(["endYear"]);
    expect(fields(await caught(admin.caller.regulation.create({ ...rif, link: "javascript:alert(1)" })))).toEqual(["link"]);
  });

  it("is for the national team only", async () => {
    const editor = await signedInCaller(handle.db, "regional_editor", [ids.noord!]);
    expect((await caught(editor.caller.regulation.create(rif))).code).toBe("FORBIDDEN");
    expect((await caught(publicCaller(handle.db).regulation.create(rif))).code).toBe("UNAUTHORIZED");
  });
});

describe("applications", () => {
  it("records a pact's applications and lists them with the regeling", async () => {
    await admin.caller.regulation.addApplication({
      regulationId: ids.rif!,
      pactId: ids.noord!,
      appliedOn: "2015-10-01",
      status: "honoured",
      amountCents: 950_000_00,
    });
    await admin.caller.regulation.addApplication({ regulationId: ids.rif!, pactId: ids.limburg!, appliedOn: "2016-04-01", status: "applied" });
    const record = await admin.caller.regulation.addApplication({ regulationId: ids.rif!, pactId: ids.draft!, appliedOn: "2016-04-01", status: "honoured" });
    expect(record.applications.map((a) => [a.pactName, a.status])).toEqual([
      ["Zorgpact Noord", "honoured"],
      ["Zorgpact Concept", "honoured"],
      ["Zorgtechniek Limburg", "applied"],
    ]);
  });

  it("refuses an archived pact on the pact field and an unknown regeling as not found", async () => {
    const archived = await caught(
      admin.caller.regulation.addApplication({ regulationId: ids.rif!, pactId: ids.archived!, appliedOn: "2016-04-01", status: "applied" }),
    );
    expect(fields(archived)).toEqual(["pactId"]);
    const unknown = await caught(
      admin.caller.regulation.addApplication({
        regulationId: "7d3c2b1a-0000-4000-8000-000000000009",
        pactId: ids.noord!,
        appliedOn: "2016-04-01",
        status: "applied",
      }),
    );
    expect(unknown.code).toBe("NOT_FOUND");
  });

  it("changes an application against its version and audits it under the pact", async () => {
    const record = await admin.caller.regulation.getForEdit({ id: ids.rif! });
    const limburg = record.applications.find((a) => a.pactName === "Zorgtechniek Limburg")!;
    const after = await admin.caller.regulation.updateApplication({ ...limburg, status: "honoured", amountCents: 400_000_00 });
    expect(after.applications.find((a) => a.id === limburg.id)).toMatchObject({ status: "honoured", amountCents: 400_000_00, version: 2 });
    expect((await caught(admin.caller.regulation.updateApplication({ ...limburg, status: "rejected" }))).code).toBe("CONFLICT");
    const audit = await handle.db
      .selectFrom("auditLog")
      .select(["pactId", "changes"])
      .where("action", "=", "regulation.updateApplication")
      .where("result", "=", "ok")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ pactId: ids.limburg, changes: { before: { status: "applied" }, after: { status: "honoured" } } });
  });

  it("deletes an application against its version", async () => {
    const added = await admin.caller.regulation.addApplication({ regulationId: ids.rif!, pactId: ids.noord!, appliedOn: "2017-09-01", status: "rejected" });
    const application = added.applications.find((a) => a.status === "rejected")!;
    const after = await admin.caller.regulation.deleteApplication({ id: application.id, version: application.version });
    expect(after.applications.some((a) => a.id === application.id)).toBe(false);
    expect((await caught(admin.caller.regulation.deleteApplication({ id: application.id, version: application.version }))).code).toBe("NOT_FOUND");
  });
});

describe("what the public sees", () => {
  it("lists regelingen with the number of published pacts each funded", async () => {
    const list = await publicCaller(handle.db).regulation.list({ ministry: "OCW" });
    expect(list.items.find((r) => r.slug === "regionaal-investeringsfonds-mbo")).toMatchObject({ fundedPactCount: 2, budgetCents: 12_500_000_000 });
  });

  it("shows a regeling's page with the published pacts it funded, never a draft one", async () => {
    const page = await publicCaller(handle.db).regulation.get({ slug: "regionaal-investeringsfonds-mbo" });
    expect(page.fundedPacts.map((f) => f.pact.name)).toEqual(["Zorgpact Noord", "Zorgtechniek Limburg"]);
    expect(page).toMatchObject({ results: rif.results, source: rif.source, link: rif.link });
    expect(JSON.stringify(page)).not.toContain("Zorgpact Concept");
  });

  it("answers an unknown address with NOT_FOUND and a NUL in it with BAD_REQUEST", async () => {
    expect((await caught(publicCaller(handle.db).regulation.get({ slug: "bestaat-niet" }))).code).toBe("NOT_FOUND");
    expect((await caught(publicCaller(handle.db).regulation.get({ slug: "rif\u0000" }))).code).toBe("BAD_REQUEST");
  });
});

describe("a chain input naming its regeling", () => {
  it("is accepted instead of a free-text source and makes the pact show on the regeling's page", async () => {
    const issueId = await insertIssue(handle.db, ids.noord!);
    const node = await admin.caller.chain.createNode({ issueId, kind: "input", title: "RIF-subsidie", amountCents: 950_000_00, regulationId: ids.rif! });
    expect(node).toMatchObject({ regulationId: ids.rif, fundingSource: null });
    const page = await publicCaller(handle.db).regulation.get({ slug: "regionaal-investeringsfonds-mbo" });
    expect(page.chainUses.map((p) => p.name)).toEqual(["Zorgpact Noord"]);
    const chain = await publicCaller(handle.db).pact.get({ slug: "zorgpact-noord" });
    expect(chain.chain.nodes.find((n) => n.id === node.id)?.regulationId).toBe(ids.rif);
  });

  it("refuses an unknown regeling on its field, and an input with neither regeling nor source", async () => {
    const issueId = await insertIssue(handle.db, ids.noord!);
    const unknown = await caught(
      admin.caller.chain.createNode({ issueId, kind: "input", title: "Onbekend", amountCents: 100, regulationId: "7d3c2b1a-0000-4000-8000-000000000009" }),
    );
    expect(fields(unknown)).toEqual(["regulationId"]);
    const neither = await caught(admin.caller.chain.createNode({ issueId, kind: "input", title: "Zonder bron", amountCents: 100 }));
    expect(fields(neither)).toEqual(["fundingSource"]);
  });
});
