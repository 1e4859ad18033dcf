import { formatIndicatorValue } from "@zorgpact/domain/indicator-unit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import { classifyDatabaseError } from "../database-errors.ts";
import { insertIndicator, insertMeasurement, insertNode, insertOrganisation, insertPact } from "../test/fixtures.ts";
import { createTestDatabase } from "../test/test-database.ts";
import {
  agreementsDueBefore,
  countHeld,
  findAgreement,
  findVolgspot,
  insertAgreement,
  insertVolgspot,
  nextRevision,
  openAgreementsBefore,
  replaceParticipants,
  replaceResults,
  resultNodesOf,
  supersedeAccepted,
  updateAgreementRow,
  updateVolgspotRow,
  volgspotsDueBetween,
  type VolgspotContent,
} from "./volgspot.repository.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const content = (heldOn: string): VolgspotContent => ({
  heldOn,
  report: "Verslag",
  actionsAnswer: "",
  positionAnswer: "",
  factorsAnswer: "",
  newCollaborations: 2,
  collaborationsNote: "",
  themesNote: "",
  successFactors: ["Bestuurlijke betrokkenheid"],
  failureFactors: [],
  guestNames: ["Gast"],
});

async function record(pactId: string, year: number, heldOn: string, revision = 1) {
  return insertVolgspot(handle.db, { ...content(heldOn), pactId, year, revision, createdBy: null });
}

describe("volgspot repository", () => {
  it("stores a revision with its participants and results, and guards the version", async () => {
    const db = handle.db;
    const pactId = await insertPact(db);
    const org = await insertOrganisation(db);
    const node = await insertNode(db, pactId, { kind: "result" });
    const id = await record(pactId, 2017, "2017-05-01");
    await replaceParticipants(db, id, [org]);
    await replaceResults(db, id, [{ nodeId: node, note: "Op koers" }]);

    const stored = await findVolgspot(db, id);
    expect(stored).toMatchObject({ year: 2017, revision: 1, status: "draft", heldOn: "2017-05-01", version: 1, participantIds: [org], guestNames: ["Gast"] });
    expect(stored?.results).toEqual([{ nodeId: node, note: "Op koers" }]);
    expect(await updateVolgspotRow(db, id, 1, { report: "Nieuw" }, new Date())).toBe(true);
    expect(await updateVolgspotRow(db, id, 1, { report: "Verloren" }, new Date())).toBe(false);
    expect((await findVolgspot(db, id))?.report).toBe("Nieuw");
    expect(await nextRevision(db, pactId, 2017)).toBe(2);
  });

  it("allows one accepted and one open revision per pact and year, and keeps a superseded one", async () => {
    const db = handle.db;
    const pactId = await insertPact(db);
    const first = await record(pactId, 2018, "2018-03-01");
    await updateVolgspotRow(db, first, 1, { status: "accepted" }, new Date());
    const second = await record(pactId, 2018, "2018-03-01", 2);
    const third = record(pactId, 2018, "2018-03-01", 3);
    await expect(third).rejects.toSatisfy((e) => classifyDatabaseError(e)?.kind === "unique_violation");

    expect(await countHeld(db, [pactId], 2018)).toBe(1);
    await supersedeAccepted(db, pactId, 2018, new Date());
    await updateVolgspotRow(db, second, 1, { status: "accepted" }, new Date());
    expect((await findVolgspot(db, first))?.status).toBe("superseded");
    expect(await countHeld(db, [pactId], 2018)).toBe(1);
  });

  it("lists open agreements of earlier years and those due, and refuses a dropped one without reason", async () => {
    const db = handle.db;
    const pactId = await insertPact(db);
    const owner = await insertOrganisation(db, { name: "Eigenaar BV" });
    const old = await insertAgreement(db, { pactId, year: 2019, text: "Afspraak", ownerOrganisationId: owner, dueOn: "2019-10-01" });
    const done = await insertAgreement(db, { pactId, year: 2019, text: "Klaar", ownerOrganisationId: owner, dueOn: "2019-09-01" });
    await updateAgreementRow(db, done, 1, { status: "done", statusChangedOn: "2019-08-01" }, new Date());

    expect((await openAgreementsBefore(db, pactId, 2020)).map((a) => a.id)).toEqual([old]);
    expect(await openAgreementsBefore(db, pactId, 2019)).toEqual([]);
    const due = (await agreementsDueBefore(db, "2019-10-01")).filter((a) => a.pactId === pactId);
    expect(due).toEqual([expect.objectContaining({ id: old, ownerName: "Eigenaar BV", text: "Afspraak" })]);
    expect((await agreementsDueBefore(db, "2019-09-30")).filter((a) => a.pactId === pactId)).toEqual([]);
    expect((await findAgreement(db, old))?.pactArchived).toBe(false);

    const dropped = updateAgreementRow(db, old, 1, { status: "dropped" }, new Date());
    await expect(dropped).rejects.toSatisfy((e) => classifyDatabaseError(e)?.kind === "check_violation");
  });

  it("shows result and effect nodes with the latest measurement of their indicators", async () => {
    const db = handle.db;
    const pactId = await insertPact(db);
    const result = await insertNode(db, pactId, { kind: "result", title: "Stageplaatsen" });
    await insertNode(db, pactId, { kind: "activity", title: "Project" });
    const indicator = await insertIndicator(db, result, { name: "Aantal stageplaatsen" });
    await insertMeasurement(db, indicator, "2017-01-01", 10);
    await insertMeasurement(db, indicator, "2018-01-01", 25);

    // A euro indicator keeps its values in cents: its unit kind travels along so pages write euros.
    const budget = await insertIndicator(db, result, { name: "Budget stageplaatsen", unit: "euro", unitKind: "euro", targetValue: 500000 });
    await insertMeasurement(db, budget, "2018-01-01", 125000);

    const nodes = await resultNodesOf(db, pactId);
    expect(nodes.map((n) => n.title)).toEqual(["Stageplaatsen"]);
    expect(nodes[0]?.indicators).toEqual([
      expect.objectContaining({ name: "Aantal stageplaatsen", unitKind: "anders", latest: { measuredOn: "2018-01-01", value: 25 } }),
      expect.objectContaining({ name: "Budget stageplaatsen", unitKind: "euro", targetValue: 500000, latest: { measuredOn: "2018-01-01", value: 125000 } }),
    ]);
    const euro = nodes[0]!.indicators[1]!;
    expect(formatIndicatorValue(euro.latest!.value, euro.unitKind, euro.unit)).toBe("€\u00a01.250,00");
    expect(formatIndicatorValue(euro.targetValue, euro.unitKind, euro.unit)).toBe("€\u00a05.000,00");
  });

  it("finds Volgspots falling due: a year after the previous one, or on 31 December, unless submitted or held", async () => {
    const db = handle.db;
    const anniversary = await insertPact(db, { name: "Jubileum" });
    const fresh = await insertPact(db, { name: "Nieuw" });
    const submitted = await insertPact(db, { name: "Ingediend" });
    await insertPact(db, { name: "Koploper", kind: "front_runner" });
    const accepted = await record(anniversary, 2030, "2030-04-15");
    await updateVolgspotRow(db, accepted, 1, { status: "accepted" }, new Date());
    const waiting = await record(submitted, 2031, "2031-02-01");
    await updateVolgspotRow(db, waiting, 1, { status: "submitted" }, new Date());

    const april = await volgspotsDueBetween(db, "2031-04-01", "2031-04-30");
    expect(april.map((d) => [d.pactName, d.dueOn, d.status])).toEqual([["Jubileum", "2031-04-15", null]]);
    const december = (await volgspotsDueBetween(db, "2031-12-01", "2031-12-31")).map((d) => d.pactName);
    expect(december).toContain("Nieuw");
    expect(december).not.toContain("Ingediend");
    expect(december).not.toContain("Koploper");
    expect(december).not.toContain("Jubileum");
    expect(fresh).toBeTruthy();
  });
});
