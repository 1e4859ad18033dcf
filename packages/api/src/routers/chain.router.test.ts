import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertNode, insertTerm } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaFixture, buildChain, caught, fieldOf, UNKNOWN_ID, type AgendaFixture } from "../test/agenda.ts";

let handle: DatabaseHandle;
let f: AgendaFixture;
let issueA: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  f = await agendaFixture(handle.db);
  issueA = (await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Vraagstuk A" })).id;
});
afterAll(() => handle.close());

const lastAudit = (action: string) => handle.db.selectFrom("auditLog").selectAll().where("action", "=", action).orderBy("id", "desc").executeTakeFirstOrThrow();

const inputNode = (issueId: string) => ({
  issueId,
  kind: "input" as const,
  title: "Gemeentelijke bijdrage",
  amountCents: 3_500_000,
  fundingSource: "Gemeente",
});
const activityNode = (issueId: string) => ({
  issueId,
  kind: "activity" as const,
  title: "Wekelijks practicum in de wijk",
  ownerOrganisationId: f.organisations.partner,
  periodStart: "2014-09-01",
  status: "running" as const,
});

describe("chain nodes", () => {
  it("creates each kind under an issue with the fields of its kind, and audits it", async () => {
    const { input, activity, result, effect } = await buildChain(f.editorA, f);
    expect(input).toMatchObject({ kind: "input", amountCents: 1_000_000, fundingSource: "Provincie", ownerOrganisationId: null, version: 1 });
    expect(activity).toMatchObject({ kind: "activity", ownerOrganisationId: f.organisations.partner, periodEnd: "2018-12-31", status: "running" });
    expect(result).toMatchObject({ kind: "result", termId: f.terms.resultArea, quantity: 40, unit: "studenten" });
    expect(effect).toMatchObject({ kind: "effect", termId: f.terms.effectCategory });
    const inKind = await f.editorA.chain.createNode({
      issueId: issueA,
      kind: "input",
      title: "Ruimte",
      inKind: "Lokalen in het wijkcentrum",
      fundingSource: "In natura partners",
    });
    expect(inKind).toMatchObject({ inKind: "Lokalen in het wijkcentrum", amountCents: null });
    expect(await lastAudit("chain.createNode")).toMatchObject({ objectType: "chain_node", objectId: inKind.id, pactId: f.pacts.A, result: "ok" });
  });

  it("refuses an input without amount, FTE or in-kind contribution, naming the field", async () => {
    const error = await caught(f.editorA.chain.createNode({ issueId: issueA, kind: "input", title: "Niets", fundingSource: "Gemeente" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldOf(error)).toBe("amountCents");
  });

  it("refuses an activity owner that is not a partner, and terms of the wrong kind", async () => {
    const owner = await caught(f.editorA.chain.createNode({ ...activityNode(issueA), ownerOrganisationId: f.organisations.outsider }));
    expect([owner.code, fieldOf(owner)]).toEqual(["BAD_REQUEST", "ownerOrganisationId"]);
    const resultTerm = await caught(f.editorA.chain.createNode({ issueId: issueA, kind: "result", title: "Verkeerde term", termId: f.terms.effectCategory }));
    expect([resultTerm.code, fieldOf(resultTerm)]).toEqual(["BAD_REQUEST", "termId"]);
    const effectTerm = await caught(
      f.editorA.chain.createNode({ issueId: issueA, kind: "effect", title: "Doelgroep is geen categorie", termId: f.terms.targetGroup }),
    );
    expect(fieldOf(effectTerm)).toBe("termId");
    const retired = await insertTerm(handle.db, "result_area", "Uitgefaseerd gebied");
    await handle.db.updateTable("taxonomyTerms").set({ retiredAt: new Date().toISOString() }).where("id", "=", retired).execute();
    expect(fieldOf(await caught(f.editorA.chain.createNode({ issueId: issueA, kind: "result", title: "Oud", termId: retired })))).toBe("termId");
  });

  it("refuses a node under an unknown issue or another editor's issue", async () => {
    expect((await caught(f.editorA.chain.createNode(inputNode(UNKNOWN_ID)))).code).toBe("NOT_FOUND");
    expect((await caught(f.editorB.chain.createNode(inputNode(issueA)))).code).toBe("FORBIDDEN");
    expect((await caught(f.anonymous.chain.createNode(inputNode(issueA)))).code).toBe("UNAUTHORIZED");
  });

  it("updates a node, moves it to another issue of the pact, and keeps its kind", async () => {
    const node = await f.editorA.chain.createNode(inputNode(issueA));
    const other = await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Ander vraagstuk" });
    const moved = await f.editorA.chain.updateNode({
      id: node.id,
      version: node.version,
      issueId: other.id,
      kind: "input",
      title: "Verhoogde bijdrage",
      fte: 1.5,
      fundingSource: "Gemeente",
    });
    expect(moved).toMatchObject({ issueId: other.id, title: "Verhoogde bijdrage", amountCents: null, fte: 1.5, version: 2 });
    expect((await lastAudit("chain.updateNode")).changes).toEqual({
      before: { issueId: issueA, title: "Gemeentelijke bijdrage", amountCents: 3_500_000, fte: null },
      after: { issueId: other.id, title: "Verhoogde bijdrage", amountCents: null, fte: 1.5 },
    });
    const kindChange = await caught(f.editorA.chain.updateNode({ ...activityNode(issueA), id: node.id, version: 2 }));
    expect([kindChange.code, fieldOf(kindChange)]).toEqual(["BAD_REQUEST", "kind"]);
    const issueB = await f.editorB.agenda.createIssue({ pactId: f.pacts.B, title: "Vraagstuk B" });
    const acrossPacts = await caught(f.editorA.chain.updateNode({ ...inputNode(issueB.id), id: node.id, version: 2 }));
    expect([acrossPacts.code, fieldOf(acrossPacts)]).toEqual(["BAD_REQUEST", "issueId"]);
    expect((await caught(f.editorA.chain.updateNode({ ...inputNode(issueA), id: node.id, version: 1 }))).code).toBe("CONFLICT");
    expect((await caught(f.editorB.chain.updateNode({ ...inputNode(issueA), id: node.id, version: 2 }))).code).toBe("FORBIDDEN");
  });

  it("lets a node from before the agenda be edited and given an issue", async () => {
    const legacy = await insertNode(handle.db, f.pacts.A, { kind: "input", amountCents: 100, fundingSource: "Provincie" });
    const kept = await f.editorA.chain.updateNode({
      id: legacy,
      version: 1,
      kind: "input",
      title: "Zonder vraagstuk",
      amountCents: 200,
      fundingSource: "Provincie",
    });
    expect(kept.issueId).toBeNull();
    const placed = await f.editorA.chain.updateNode({
      id: legacy,
      version: 2,
      issueId: issueA,
      kind: "input",
      title: "Nu onder A",
      amountCents: 200,
      fundingSource: "Provincie",
    });
    expect(placed.issueId).toBe(issueA);
  });

  it("deletes a node with its links and indicators, guarded by its version", async () => {
    const { activity, result } = await buildChain(f.editorA, f);
    await f.editorA.indicator.create({
      nodeId: result.id,
      name: `Studenten ${crypto.randomUUID()}`,
      unit: "studenten",
      direction: "up",
      baselineValue: 0,
      baselineDate: "2016-01-01",
      targetValue: 10,
      targetDate: "2017-01-01",
    });
    expect((await caught(f.editorA.chain.deleteNode({ id: result.id, version: 9 }))).code).toBe("CONFLICT");
    expect((await caught(f.editorB.chain.deleteNode({ id: result.id, version: 1 }))).code).toBe("FORBIDDEN");
    await f.editorA.chain.deleteNode({ id: result.id, version: 1 });
    const links = await handle.db.selectFrom("chainLinks").selectAll().where("fromId", "=", activity.id).execute();
    expect(links).toEqual([]);
    expect(await handle.db.selectFrom("indicators").selectAll().where("nodeId", "=", result.id).execute()).toEqual([]);
    expect((await lastAudit("chain.deleteNode")).changes?.before).toMatchObject({ kind: "result", links: 2, indicators: 1 });
    expect((await caught(f.editorA.chain.deleteNode({ id: result.id, version: 1 }))).code).toBe("NOT_FOUND");
  });

  it("lets only the national team delete a node with public measurements under it; an editor deletes one whose values were never approved, each audited", async () => {
    const indicatorUnder = async (nodeId: string) => {
      const indicator = await f.editorA.indicator.create({
        nodeId,
        name: `Studenten ${crypto.randomUUID()}`,
        unit: "studenten",
        direction: "up",
        baselineValue: 0,
        baselineDate: "2016-01-01",
        targetValue: 10,
        targetDate: "2017-01-01",
      });
      return f.editorA.indicator.addMeasurement({ indicatorId: indicator.id, measuredOn: "2016-12-31", value: 4 });
    };
    const nodeExists = async (id: string) => (await handle.db.selectFrom("chainNodes").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;

    const published = (await buildChain(f.editorA, f)).result;
    const measurement = await indicatorUnder(published.id);
    await f.admin.measurementReview.approve({ id: measurement.id, version: measurement.version });
    const refused = await caught(f.editorA.chain.deleteNode({ id: published.id, version: published.version }));
    expect([refused.code, refused.message]).toEqual([
      "FORBIDDEN",
      "Onder dit ketenelement staan indicatoren met openbare metingen. Alleen het landelijk team verwijdert een ketenelement met openbare metingen; vraag het landelijk team.",
    ]);
    expect(await lastAudit("chain.deleteNode")).toMatchObject({ result: "refused", objectId: published.id, pactId: f.pacts.A });
    expect(await handle.db.selectFrom("measurements").select("publicValue").where("id", "=", measurement.id).executeTakeFirst()).toEqual({ publicValue: 4 });
    await f.admin.chain.deleteNode({ id: published.id, version: published.version });
    expect(await nodeExists(published.id)).toBe(false);
    expect(await lastAudit("chain.deleteNode")).toMatchObject({
      result: "ok",
      objectId: published.id,
      changes: { before: { indicators: 1, measurements: 1 } },
    });

    const drafted = (await buildChain(f.editorA, f)).result;
    await indicatorUnder(drafted.id);
    await f.editorA.chain.deleteNode({ id: drafted.id, version: drafted.version });
    expect(await nodeExists(drafted.id)).toBe(false);
    expect(await lastAudit("chain.deleteNode")).toMatchObject({ result: "ok", objectId: drafted.id, changes: { before: { indicators: 1, measurements: 1 } } });
  });
});

describe("chain links", () => {
  it("links input → activity → result → effect and unlinks again", async () => {
    const input = await f.editorA.chain.createNode(inputNode(issueA));
    const activity = await f.editorA.chain.createNode(activityNode(issueA));
    expect(await f.editorA.chain.link({ fromId: input.id, toId: activity.id })).toEqual({ fromId: input.id, toId: activity.id });
    expect(await lastAudit("chain.link")).toMatchObject({ objectType: "chain_link", objectId: `${input.id}->${activity.id}`, pactId: f.pacts.A });
    expect(await f.editorA.chain.unlink({ fromId: input.id, toId: activity.id })).toEqual({ ok: true });
    expect((await caught(f.editorA.chain.unlink({ fromId: input.id, toId: activity.id }))).code).toBe("NOT_FOUND");
  });

  it("refuses backwards links, skipped steps and links within one kind with a Dutch explanation", async () => {
    const { input, activity, result, effect } = await buildChain(f.editorA, f);
    const secondActivity = await f.editorA.chain.createNode(activityNode(issueA));
    const backwards = await caught(f.editorA.chain.link({ fromId: effect.id, toId: result.id }));
    expect([backwards.code, fieldOf(backwards)]).toEqual(["BAD_REQUEST", "toId"]);
    expect(backwards.message).toMatch(/loopt terug in de keten/);
    const skips = await caught(f.editorA.chain.link({ fromId: input.id, toId: result.id }));
    expect(skips.message).toMatch(/slaat een stap over/);
    const sameKind = await caught(f.editorA.chain.link({ fromId: activity.id, toId: secondActivity.id }));
    expect(sameKind.message).toMatch(/Twee activiteiten/);
    const self = await caught(f.editorA.chain.link({ fromId: activity.id, toId: activity.id }));
    expect(self.message).toMatch(/met zichzelf/);
    expect([skips.code, sameKind.code, self.code]).toEqual(["BAD_REQUEST", "BAD_REQUEST", "BAD_REQUEST"]);
  });

  it("refuses a link twice with CONFLICT, and across pacts or to unknown nodes", async () => {
    const { input, activity } = await buildChain(f.editorA, f);
    expect((await caught(f.editorA.chain.link({ fromId: input.id, toId: activity.id }))).code).toBe("CONFLICT");
    const chainB = await buildChain(f.editorB, f, f.pacts.B, f.organisations.outsider);
    const across = await caught(f.admin.chain.link({ fromId: input.id, toId: chainB.activity.id }));
    expect(across.code).toBe("BAD_REQUEST");
    expect(across.message).toMatch(/hetzelfde zorgpact/);
    expect((await caught(f.editorA.chain.link({ fromId: input.id, toId: UNKNOWN_ID }))).code).toBe("NOT_FOUND");
    expect((await caught(f.editorB.chain.link({ fromId: input.id, toId: chainB.activity.id }))).code).toBe("FORBIDDEN");
    expect((await caught(f.editorB.chain.unlink({ fromId: input.id, toId: activity.id }))).code).toBe("FORBIDDEN");
    expect((await caught(f.anonymous.chain.link({ fromId: input.id, toId: activity.id }))).code).toBe("UNAUTHORIZED");
  });

  it("shows the completeness of the chain as it is edited", async () => {
    const issue = await f.editorA.agenda.createIssue({ pactId: f.pacts.A, title: "Compleetheid" });
    const activity = await f.editorA.chain.createNode(activityNode(issue.id));
    const agenda = await f.editorA.agenda.get({ pactId: f.pacts.A });
    expect(agenda.issues.find((i) => i.id === issue.id)?.completeness).toMatchObject({ activitiesWithoutInput: [activity.id], complete: false });
  });
});
