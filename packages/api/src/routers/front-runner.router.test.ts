import { TRPCError } from "@trpc/server";
import type { DatabaseHandle } from "@zorgpact/db/database";
import { insertPact } from "@zorgpact/db/test/fixtures";
import { createTestDatabase } from "@zorgpact/db/test/test-database";
import { frontRunnerCriteria } from "@zorgpact/domain/front-runner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { callerFor, publicCaller, signedInCaller } from "../test/caller.ts";

let handle: DatabaseHandle;
let admin: Awaited<ReturnType<typeof signedInCaller>>;

beforeAll(async () => {
  handle = await createTestDatabase();
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

const fieldOf = (error: TRPCError) => (error.cause instanceof ZodError ? error.cause.issues[0]?.path[0] : undefined);

let sequence = 0;
const application = (overrides: object = {}) => ({
  initiativeName: `Wijkleercentrum ${++sequence}`,
  description: "Studenten leren in de wijk met een wijkdocent van het Graafschapcollege.",
  organisationName: "Graafschapcollege",
  contactName: "Jan Jansen",
  contactEmail: "jan@graafschap.example",
  motivation: "We willen onze aanpak delen met andere regio's en ervan leren.",
  ...overrides,
});

const countRows = async (table: "pacts" | "frontRunnerApplications" | "publicSubmissions") =>
  Number(
    (
      await handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function applicationId(name: string): Promise<string> {
  const list = await admin.caller.pact.listManaged({ kind: "front_runner", search: name });
  return list.items[0]!.id;
}

/** An application as the public sends it, taken into review by the national team. */
async function underReview(name: string) {
  await callerFor(handle.db, { ip: `192.0.2.${++sequence}` }).frontRunner.submitApplication(application({ initiativeName: name }));
  const id = await applicationId(name);
  return admin.caller.frontRunner.startReview({ id, version: (await admin.caller.pact.getForEdit({ id })).version });
}

describe("frontRunner.submitApplication", () => {
  it("creates a draft front-runner with status 'applied' and keeps the applicant's contact and motivation", async () => {
    const answer = await callerFor(handle.db, { ip: "198.51.100.7" }).frontRunner.submitApplication(application({ initiativeName: "Care Academy Veluwe" }));
    expect(answer).toEqual({ ok: true });
    const applied = await admin.caller.pact.listManaged({ kind: "front_runner", admissionStatus: "applied", search: "Care Academy" });
    expect(applied.items.map((p) => [p.name, p.publicationStatus])).toEqual([["Care Academy Veluwe", "draft"]]);
    const pact = await admin.caller.pact.getForEdit({ id: applied.items[0]!.id });
    expect(pact).toMatchObject({ slug: "care-academy-veluwe", contactName: "Jan Jansen", contactEmail: "jan@graafschap.example" });
    expect(pact.application).toMatchObject({ organisationName: "Graafschapcollege", motivation: expect.stringMatching(/aanpak delen/) });
    expect((await publicCaller(handle.db).pact.list({ search: "Care Academy" })).total).toBe(0);
  });

  it("answers a filled spam trap as if accepted, and stores nothing", async () => {
    const before = await Promise.all([countRows("pacts"), countRows("frontRunnerApplications"), countRows("publicSubmissions")]);
    const answer = await callerFor(handle.db, { ip: "198.51.100.8" }).frontRunner.submitApplication(
      application({ website: "https://goedkope-pillen.example" }),
    );
    expect(answer).toEqual({ ok: true });
    expect(await Promise.all([countRows("pacts"), countRows("frontRunnerApplications"), countRows("publicSubmissions")])).toEqual(before);
  });

  it("refuses a sixth application from one address within the hour in Dutch, lets others through, and allows it again later", async () => {
    const start = new Date("2026-03-02T09:00:00Z");
    const at = (minutes: number) => () => new Date(start.getTime() + minutes * 60_000);
    for (let i = 0; i < 5; i++) await callerFor(handle.db, { ip: "203.0.113.9", now: at(i) }).frontRunner.submitApplication(application());
    const error = await caught(callerFor(handle.db, { ip: "203.0.113.9", now: at(10) }).frontRunner.submitApplication(application()));
    expect(error.code).toBe("TOO_MANY_REQUESTS");
    expect(error.message).toMatch(/te veel aanmeldingen/);
    await callerFor(handle.db, { ip: "203.0.113.10", now: at(10) }).frontRunner.submitApplication(application());
    await callerFor(handle.db, { ip: "203.0.113.9", now: at(61) }).frontRunner.submitApplication(application());
  });

  it("names the fields a form misses", async () => {
    const error = await caught(publicCaller(handle.db).frontRunner.submitApplication(application({ contactEmail: "geen adres", motivation: "" })));
    expect(error.code).toBe("BAD_REQUEST");
    expect((error.cause as ZodError).issues.map((i) => i.path[0])).toEqual(["contactEmail", "motivation"]);
  });
});

describe("the review of a front-runner", () => {
  it("runs applied → under review → admitted once every criterion is ticked, and records who decided", async () => {
    let pact = await underReview("Tinten Academie");
    expect(pact.admissionStatus).toBe("under_review");
    expect(pact.review?.startedAt).not.toBeNull();
    for (const criterion of frontRunnerCriteria) {
      pact = await admin.caller.frontRunner.setCriterion({ id: pact.id, criterionKey: criterion.key, met: true, note: `Gezien: ${criterion.key}` });
    }
    expect(pact.review).toMatchObject({ criteriaComplete: true });
    expect(pact.review?.criteria.find((c) => c.key === "transferable")).toMatchObject({
      met: true,
      note: "Gezien: transferable",
      checkedByName: expect.any(String),
    });
    pact = await admin.caller.frontRunner.decide({ id: pact.id, version: pact.version, decision: "admit" });
    expect(pact.admissionStatus).toBe("admitted");
    expect(pact.review).toMatchObject({ decidedAt: expect.any(String), decidedByName: expect.any(String), decisionReason: null });
  });

  it("refuses admission while criteria are missing, naming them", async () => {
    let pact = await underReview("Leer- en Innovatie Netwerk");
    pact = await admin.caller.frontRunner.setCriterion({ id: pact.id, criterionKey: "education_and_care", met: true });
    pact = await admin.caller.frontRunner.setCriterion({ id: pact.id, criterionKey: "visible_results", met: false, note: "Nog geen cijfers" });
    const error = await caught(admin.caller.frontRunner.decide({ id: pact.id, version: pact.version, decision: "admit" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldOf(error)).toBe("decision");
    expect(error.message).toMatch(/zichtbare resultaten/);
    expect(error.message).toMatch(/lokale overheid/);
    expect(error.message).not.toMatch(/zorg- of welzijnsinstelling/);
    expect((await admin.caller.pact.getForEdit({ id: pact.id })).admissionStatus).toBe("under_review");
  });

  it("rejects only with a reason; a rejected front-runner is unpublished and stays rejected", async () => {
    const pact = await underReview("Lerend Wijkcentrum");
    await handle.db.updateTable("pacts").set({ publicationStatus: "published" }).where("id", "=", pact.id).execute();
    const noReason = await caught(admin.caller.frontRunner.decide({ id: pact.id, version: pact.version, decision: "reject" }));
    expect(fieldOf(noReason)).toBe("reason");
    const version = (await admin.caller.pact.getForEdit({ id: pact.id })).version;
    const rejected = await admin.caller.frontRunner.decide({ id: pact.id, version, decision: "reject", reason: "Geen onderwijsinstelling betrokken." });
    expect(rejected).toMatchObject({
      admissionStatus: "rejected",
      publicationStatus: "draft",
      review: { decisionReason: "Geen onderwijsinstelling betrokken." },
    });
    expect((await caught(admin.caller.frontRunner.startReview({ id: pact.id, version: rejected.version }))).code).toBe("BAD_REQUEST");
    expect((await caught(admin.caller.frontRunner.decide({ id: pact.id, version: rejected.version, decision: "reject", reason: "Nogmaals" }))).code).toBe(
      "BAD_REQUEST",
    );
  });

  it("does not skip the review: no criteria and no decision for a new application", async () => {
    await callerFor(handle.db, { ip: "192.0.2.200" }).frontRunner.submitApplication(application({ initiativeName: "NetwerkZon" }));
    const id = await applicationId("NetwerkZon");
    const { version } = await admin.caller.pact.getForEdit({ id });
    expect((await caught(admin.caller.frontRunner.setCriterion({ id, criterionKey: "transferable", met: true }))).code).toBe("BAD_REQUEST");
    expect((await caught(admin.caller.frontRunner.decide({ id, version, decision: "reject", reason: "Te vroeg" }))).code).toBe("BAD_REQUEST");
  });

  it("answers a stale version with CONFLICT, and a pact that is no front-runner with NOT_FOUND", async () => {
    await callerFor(handle.db, { ip: "192.0.2.201" }).frontRunner.submitApplication(application({ initiativeName: "Zorgalliantie" }));
    const id = await applicationId("Zorgalliantie");
    expect((await caught(admin.caller.frontRunner.startReview({ id, version: 42 }))).code).toBe("CONFLICT");
    const regional = await insertPact(handle.db, { name: "Geen koploper" });
    expect((await caught(admin.caller.frontRunner.startReview({ id: regional, version: 1 }))).code).toBe("NOT_FOUND");
  });
});

describe("follow-up of an admitted front-runner", () => {
  it("stores adoption, challenges and agreements once admitted, and shows them when published", async () => {
    const id = await insertPact(handle.db, { name: "Zorgtechniek Limburg", slug: "ztl", kind: "front_runner", admissionStatus: "admitted" });
    const own = await signedInCaller(handle.db, "regional_editor", [id]);
    const pact = await own.caller.pact.getForEdit({ id });
    expect(pact.followUp).toEqual({ adoption: null, challenges: [], consolidationAgreements: [] });
    const followUp = {
      adoption: "parts" as const,
      challenges: ["funding" as const, "collective_agreements" as const],
      consolidationAgreements: ["regular_offering" as const],
    };
    const saved = await own.caller.pact.update({ id, version: pact.version, followUp });
    expect(saved.followUp).toEqual(followUp);
    expect((await publicCaller(handle.db).pact.get({ slug: "ztl" })).followUp).toEqual(followUp);
  });

  it("refuses follow-up before admission", async () => {
    const pact = await underReview("Beter Samen in Noord");
    const error = await caught(
      admin.caller.pact.update({ id: pact.id, version: pact.version, followUp: { adoption: "interest", challenges: [], consolidationAgreements: [] } }),
    );
    expect(fieldOf(error)).toBe("followUp");
  });
});
