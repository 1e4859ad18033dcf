import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertOrganisation, insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { signedInCaller } from "../test/caller.ts";
import { expectOneWinner, race } from "../test/race.ts";

let handle: DatabaseHandle;
let editor: Awaited<ReturnType<typeof signedInCaller>>;
const ids: { [key: string]: string } = {};

beforeAll(async () => {
  handle = await createTestDatabase();
  const db = handle.db;
  ids.pact = await insertPact(db, { name: "Zorgpact Rotterdam" });
  ids.care = await insertOrganisation(db, { name: "Laurens", sector: "care_welfare" });
  ids.school = await insertOrganisation(db, { name: "Albeda", sector: "education", level: "mbo" });
  ids.gemeente = await insertOrganisation(db, { name: "Gemeente Rotterdam", sector: "government", level: "gemeente" });
  ids.employers = await insertOrganisation(db, { name: "RijnmondZorg", sector: "employers_organisation" });
  editor = await signedInCaller(db, "regional_editor", [ids.pact]);
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

const fieldOf = (error: TRPCError) => (error.cause instanceof ZodError ? error.cause.issues[0]?.path[0] : undefined);

describe("partners of a pact", () => {
  it("adds partners with a role and shows which sides of the golden triangle take part", async () => {
    await editor.caller.partner.add({ pactId: ids.pact!, organisationId: ids.gemeente!, role: "lead" });
    await editor.caller.partner.add({ pactId: ids.pact!, organisationId: ids.care! });
    let pact = await editor.caller.partner.add({ pactId: ids.pact!, organisationId: ids.employers! });
    expect(pact.goldenTriangle).toEqual({ care: true, education: false, government: true, complete: false });
    pact = await editor.caller.partner.add({ pactId: ids.pact!, organisationId: ids.school! });
    expect(pact.goldenTriangle.complete).toBe(true);
    expect(pact.leadOrganisation?.name).toBe("Gemeente Rotterdam");
    expect(pact.partners.map((p) => [p.name, p.role])).toEqual([
      ["Gemeente Rotterdam", "lead"],
      ["Albeda", "partner"],
      ["Laurens", "partner"],
      ["RijnmondZorg", "partner"],
    ]);
  });

  it("allows at most one lead, naming the current one", async () => {
    const error = await caught(editor.caller.partner.setRole({ pactId: ids.pact!, organisationId: ids.care!, role: "lead" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldOf(error)).toBe("role");
    expect(error.message).toMatch(/al een trekker: Gemeente Rotterdam/);
  });

  it("changes roles: the lead steps back, another takes the lead", async () => {
    await editor.caller.partner.setRole({ pactId: ids.pact!, organisationId: ids.gemeente!, role: "partner" });
    const pact = await editor.caller.partner.setRole({ pactId: ids.pact!, organisationId: ids.employers!, role: "lead" });
    expect(pact.leadOrganisation?.name).toBe("RijnmondZorg");
  });

  it("refuses adding the same organisation twice", async () => {
    const error = await caught(editor.caller.partner.add({ pactId: ids.pact!, organisationId: ids.care! }));
    expect(fieldOf(error)).toBe("organisationId");
    expect(error.message).toMatch(/Laurens is al partner/);
  });

  it("removes a partner, and answers NOT_FOUND for one that is not a partner or does not exist", async () => {
    const pact = await editor.caller.partner.remove({ pactId: ids.pact!, organisationId: ids.school! });
    expect(pact.partners.map((p) => p.name)).not.toContain("Albeda");
    expect(pact.goldenTriangle.education).toBe(false);
    expect((await caught(editor.caller.partner.remove({ pactId: ids.pact!, organisationId: ids.school! }))).code).toBe("NOT_FOUND");
    expect((await caught(editor.caller.partner.add({ pactId: ids.pact!, organisationId: "00000000-0000-4000-8000-000000000000" }))).code).toBe("NOT_FOUND");
  });

  it("records each change in the audit trail with the pact, and refusals too", async () => {
    const rows = await handle.db.selectFrom("auditLog").selectAll().where("action", "=", "partner.remove").orderBy("id").execute();
    expect(rows.map((r) => r.result)).toEqual(["ok", "failed"]);
    expect(rows[0]).toMatchObject({
      objectType: "pact_partner",
      objectId: `${ids.pact}:${ids.school}`,
      pactId: ids.pact,
      changes: { before: { role: "partner" } },
    });
  });
});

describe("partners added at the same moment", () => {
  it("adds an organisation once when two editors add it together; the other hears why, never a server error", async () => {
    const pactId = await insertPact(handle.db, { name: "Zorgpact Tegelijk" });
    const organisationId = await insertOrganisation(handle.db, { name: "Zadkine", sector: "education", level: "mbo" });
    const other = await signedInCaller(handle.db, "regional_editor", [pactId]);
    const add = (caller: typeof editor.caller) => () => caller.partner.add({ pactId, organisationId });
    expectOneWinner(await race([add(other.caller), add(other.caller), add(other.caller)]), "organisationId");
    const stored = await handle.db.selectFrom("pactParticipants").select("role").where("pactId", "=", pactId).execute();
    expect(stored).toEqual([{ role: "partner" }]);
  });

  it("keeps one lead when two organisations are made lead at the same moment", async () => {
    const pactId = await insertPact(handle.db, { name: "Zorgpact Twee Trekkers" });
    const first = await insertOrganisation(handle.db, { name: "Hogeschool Tegelijk", sector: "education", level: "hbo" });
    const second = await insertOrganisation(handle.db, { name: "Gemeente Tegelijk", sector: "government", level: "gemeente" });
    const other = await signedInCaller(handle.db, "regional_editor", [pactId]);
    expectOneWinner(
      await race([
        () => other.caller.partner.add({ pactId, organisationId: first, role: "lead" }),
        () => other.caller.partner.add({ pactId, organisationId: second, role: "lead" }),
      ]),
      "role",
    );
    const leads = await handle.db.selectFrom("pactParticipants").select("organisationId").where("pactId", "=", pactId).where("role", "=", "lead").execute();
    expect(leads).toHaveLength(1);
  });
});
