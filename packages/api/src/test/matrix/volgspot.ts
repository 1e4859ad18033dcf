import { insertOrganisation, insertPact } from "@zorgpact/db/test/fixtures";
import type { VolgspotStatus } from "@zorgpact/domain/volgspot";
import { rules, type Fixture, type MatrixFragment, type RecordSide } from "./rules.ts";

/**
 * A fresh regional pact that whoever edits the record's pact also edits, so every call can
 * record or step its own Volgspot. Named "Matrix…" so the matrix test archives it afterwards.
 */
async function scopedRegionalPact(f: Fixture, record: RecordSide): Promise<string> {
  const id = await insertPact(f.handle.db, { name: `Matrixpact ${crypto.randomUUID().slice(0, 8)}` });
  const editors = await f.handle.db.selectFrom("userPactScopes").select("userId").where("pactId", "=", f.pacts[record]).execute();
  if (editors.length)
    await f.handle.db
      .insertInto("userPactScopes")
      .values(editors.map((e) => ({ userId: e.userId, pactId: id })))
      .execute();
  return id;
}

async function partnerOf(f: Fixture, pactId: string): Promise<string> {
  const organisationId = await insertOrganisation(f.handle.db);
  await f.handle.db.insertInto("pactParticipants").values({ pactId, organisationId, role: "partner" }).execute();
  return organisationId;
}

/** A complete Volgspot of 2017 in the given state, in a fresh pact of the record's editors. */
async function volgspotIn(f: Fixture, record: RecordSide, status: VolgspotStatus) {
  const pactId = await scopedRegionalPact(f, record);
  const row = await f.handle.db
    .insertInto("volgspots")
    .values({
      pactId,
      year: 2017,
      status,
      heldOn: "2017-05-01",
      report: "Verslag",
      actionsAnswer: "Acties",
      positionAnswer: "Stand",
      factorsAnswer: "Factoren",
      guestNames: ["Gast"],
    })
    .returning(["id", "version"])
    .executeTakeFirstOrThrow();
  return { pactId, id: row.id, version: row.version };
}

async function agreementIn(f: Fixture, record: RecordSide) {
  const volgspot = await volgspotIn(f, record, "draft");
  const owner = await partnerOf(f, volgspot.pactId);
  const row = await f.handle.db
    .insertInto("volgspotAgreements")
    .values({ pactId: volgspot.pactId, year: 2017, text: "Een afspraak", ownerOrganisationId: owner, dueOn: "2017-12-01" })
    .returning(["id", "version"])
    .executeTakeFirstOrThrow();
  return { id: row.id, version: row.version, owner };
}

/** The permission rules of the volgspot procedures. */
export const volgspotMatrix: MatrixFragment = {
  "volgspot.list": { rule: rules.ownPact, input: (f, r) => ({ pactId: f.pacts[r] }) },
  "volgspot.get": {
    rule: rules.ownPact,
    input: async (f, r) => ({ pactId: (await volgspotIn(f, r, "draft")).pactId, year: 2017 }),
  },
  "volgspot.record": {
    rule: rules.ownPact,
    input: async (f, r) => ({ pactId: await scopedRegionalPact(f, r), heldOn: "2017-05-01", report: "Verslag" }),
  },
  "volgspot.update": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const { id, version } = await volgspotIn(f, r, "draft");
      return { id, version, heldOn: "2017-06-01", report: "Bijgewerkt" };
    },
  },
  "volgspot.submit": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const { id, version } = await volgspotIn(f, r, "draft");
      return { id, version };
    },
  },
  "volgspot.accept": {
    rule: rules.nationalAdmin,
    input: async (f, r) => {
      const { id, version } = await volgspotIn(f, r, "submitted");
      return { id, version };
    },
  },
  "volgspot.return": {
    rule: rules.nationalAdmin,
    input: async (f, r) => {
      const { id, version } = await volgspotIn(f, r, "submitted");
      return { id, version, comment: "Vul de resultaten aan." };
    },
  },
  "volgspot.revise": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const { id, version } = await volgspotIn(f, r, "accepted");
      return { id, version };
    },
  },
  "volgspot.addAgreement": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const volgspot = await volgspotIn(f, r, "draft");
      return { volgspotId: volgspot.id, text: "Stageplaatsen tellen", ownerOrganisationId: await partnerOf(f, volgspot.pactId), dueOn: "2017-12-31" };
    },
  },
  "volgspot.updateAgreement": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const { id, version, owner } = await agreementIn(f, r);
      return { id, version, text: "Een betere afspraak", ownerOrganisationId: owner, dueOn: "2018-01-31" };
    },
  },
  "volgspot.setAgreementStatus": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const { id, version } = await agreementIn(f, r);
      return { id, version, status: "dropped", reason: "Niet meer nodig" };
    },
  },
  "volgspot.removeAgreement": {
    rule: rules.ownPact,
    input: async (f, r) => {
      const { id, version } = await agreementIn(f, r);
      return { id, version };
    },
  },
  "volgspot.monitor": { rule: rules.nationalAdmin, input: () => ({ year: 2017 }) },
  "volgspot.exportMonitor": { rule: rules.nationalAdmin, input: () => ({ year: 2017 }) },
  "volgspot.overview": { rule: rules.everyone, input: () => ({ year: 2017 }) },
  "volgspot.publicSummary": { rule: rules.everyone, input: (f, r) => ({ slug: f.slugs[r] }) },
};
