import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { insertIndicator, insertIssue, insertMeasurement, insertNode, insertOrganisation, insertPact, insertTerm, link } from "../test/fixtures.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { countIssueNodes, findIssue, loadAgendaIssues, replaceCoalition, replaceIssueThemes } from "./agenda.repository.ts";
import { findNode, loadAgendaChain } from "./chain.repository.ts";
import { findMeasurement, indicatorsForImport } from "./indicator.repository.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe("agenda repository", () => {
  it("loads issues with themes, coalition and ambitions, and the terms with their parents", async () => {
    const db = handle.db;
    const pactId = await insertPact(db);
    const org = await insertOrganisation(db, { name: "Noorderpoort" });
    await db.insertInto("pactParticipants").values({ pactId, organisationId: org, role: "partner" }).execute();
    const theme = await insertTerm(db, "theme", "Leren in de praktijk");
    const group = await insertTerm(db, "target_group", "Studenten");
    const category = await insertTerm(db, "effect_category", "Minder uitval tijdens opleiding", group);
    const issueId = await insertIssue(db, pactId, "Te weinig stageplaatsen");
    await replaceIssueThemes(db, issueId, [theme]);
    await replaceCoalition(db, issueId, [org]);
    await db.insertInto("ambitions").values({ issueId, statement: "Elke student een stageplaats" }).execute();
    await insertNode(db, pactId, { kind: "effect", issueId, termId: category });

    const chain = await loadAgendaChain(db, pactId);
    const agenda = await loadAgendaIssues(db, pactId, { organisationIds: [], termIds: chain.nodes.flatMap((n) => (n.termId ? [n.termId] : [])) });
    expect(agenda.issues).toHaveLength(1);
    expect(agenda.issues[0]).toMatchObject({ title: "Te weinig stageplaatsen", themeIds: [theme], organisationIds: [org], version: 1 });
    expect(agenda.issues[0]?.ambitions.map((a) => a.statement)).toEqual(["Elke student een stageplaats"]);
    expect(agenda.terms.map((t) => t.label).sort()).toEqual(["Leren in de praktijk", "Minder uitval tijdens opleiding", "Studenten"]);
    expect(agenda.partners.map((p) => p.name)).toEqual(["Noorderpoort"]);
    expect(await countIssueNodes(db, issueId)).toBe(1);
    expect((await findIssue(db, issueId))?.pactArchived).toBe(false);
  });

  it("keeps nodes from before the agenda without an issue and reads versions of nodes and measurements", async () => {
    const db = handle.db;
    const pactId = await insertPact(db);
    const result = await insertNode(db, pactId, { kind: "result", quantity: 71, unit: "studenten" });
    const indicator = await insertIndicator(db, result);
    const measurement = await insertMeasurement(db, indicator, "2016-11-01", 71);
    const chain = await loadAgendaChain(db, pactId);
    expect(chain.nodes[0]).toMatchObject({ issueId: null, quantity: 71, unit: "studenten", version: 1 });
    expect(chain.indicators[0]?.measurements[0]).toMatchObject({ measuredOn: "2016-11-01", value: 71, version: 1 });
    expect((await findNode(db, result))?.pactId).toBe(pactId);
    expect((await findMeasurement(db, measurement))?.pactId).toBe(pactId);
  });

  it("finds the pact's indicators for an import, and those of other pacts only when named by id", async () => {
    const db = handle.db;
    const [mine, theirs] = [await insertPact(db), await insertPact(db)];
    const own = await insertIndicator(db, await insertNode(db, mine, { kind: "result" }), { name: "Eigen" });
    const other = await insertIndicator(db, await insertNode(db, theirs, { kind: "result" }), { name: "Ander" });
    expect((await indicatorsForImport(db, mine, [])).map((i) => i.id)).toEqual([own]);
    expect((await indicatorsForImport(db, mine, [other])).map((i) => i.id).sort()).toEqual([own, other].sort());
  });

  it("lets a pact be deleted with its issues and the nodes under them", async () => {
    const db = handle.db;
    const pactId = await insertPact(db);
    const issueId = await insertIssue(db, pactId);
    const input = await insertNode(db, pactId, { kind: "input", issueId });
    const activity = await insertNode(db, pactId, { kind: "activity", issueId });
    await link(db, input, activity);
    await db.deleteFrom("pacts").where("id", "=", pactId).execute();
    expect(await findNode(db, input)).toBeUndefined();
    expect(await findIssue(db, issueId)).toBeUndefined();
  });
});
