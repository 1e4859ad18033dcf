import { TRPCError } from "@trpc/server";
import type { Db } from "@zorgpact/db/database";
import { insertOrganisation, insertPact, insertTerm } from "@zorgpact/db/test/fixtures";
import { ZodError } from "zod";
import { publicCaller, signedInCaller } from "./caller.ts";

/**
 * Two pacts with an editor each, a national admin, the public, a partner of pact A and an
 * outsider, and the terms a chain needs: a theme, a result area and an effect category.
 */
export async function agendaFixture(db: Db) {
  const pactA = await insertPact(db, { name: "Zorgpact Noord", slug: "zorgpact-noord" });
  const pactB = await insertPact(db, { name: "Zorgpact Rotterdam", slug: "zorgpact-rotterdam" });
  const draft = await insertPact(db, { name: "Concept", slug: "concept", publicationStatus: "draft" });
  const partner = await insertOrganisation(db, { name: "Noorderpoort", sector: "education", level: "mbo" });
  const outsider = await insertOrganisation(db, { name: "Albeda", sector: "education", level: "mbo" });
  await db
    .insertInto("pactParticipants")
    .values([
      { pactId: pactA, organisationId: partner, role: "lead" },
      { pactId: pactB, organisationId: outsider, role: "lead" },
    ])
    .execute();
  const theme = await insertTerm(db, "theme", "Leren in de praktijk");
  const resultDomain = await insertTerm(db, "result_domain", "Onderwijs");
  const resultArea = await insertTerm(db, "result_area", "Meer leren in de praktijk", resultDomain);
  const targetGroup = await insertTerm(db, "target_group", "Studenten");
  const effectCategory = await insertTerm(db, "effect_category", "Minder uitval tijdens opleiding", targetGroup);
  return {
    pacts: { A: pactA, B: pactB, draft },
    organisations: { partner, outsider },
    terms: { theme, resultDomain, resultArea, targetGroup, effectCategory },
    editorA: (await signedInCaller(db, "regional_editor", [pactA, draft])).caller,
    editorB: (await signedInCaller(db, "regional_editor", [pactB])).caller,
    admin: (await signedInCaller(db, "national_admin")).caller,
    anonymous: publicCaller(db),
  };
}
export type AgendaFixture = Awaited<ReturnType<typeof agendaFixture>>;

type Caller = AgendaFixture["editorA"];

/** A small full chain under one new issue of the pact: input → activity → result → effect. */
export async function buildChain(caller: Caller, f: AgendaFixture, pactId = f.pacts.A, owner = f.organisations.partner) {
  const issue = await caller.agenda.createIssue({ pactId, title: "Te weinig stageplaatsen", themeIds: [f.terms.theme] });
  const input = await caller.chain.createNode({
    issueId: issue.id,
    kind: "input",
    title: "Provinciale bijdrage",
    amountCents: 1_000_000,
    fundingSource: "Provincie",
  });
  const activity = await caller.chain.createNode({
    issueId: issue.id,
    kind: "activity",
    title: "Leerwerkplaatsen in de wijk",
    ownerOrganisationId: owner,
    periodStart: "2016-02-01",
    periodEnd: "2018-12-31",
    status: "running",
  });
  const result = await caller.chain.createNode({
    issueId: issue.id,
    kind: "result",
    title: "Studenten in leerwerkplaatsen",
    termId: f.terms.resultArea,
    quantity: 40,
    unit: "studenten",
  });
  const effect = await caller.chain.createNode({
    issueId: issue.id,
    kind: "effect",
    title: "Minder uitval",
    termId: f.terms.effectCategory,
    quantity: 20,
    unit: "studenten",
  });
  await caller.chain.link({ fromId: input.id, toId: activity.id });
  await caller.chain.link({ fromId: activity.id, toId: result.id });
  await caller.chain.link({ fromId: result.id, toId: effect.id });
  return { issue, input, activity, result, effect };
}

export async function caught(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

/** The field a BAD_REQUEST names, as the client sees it in `zodError.fieldErrors`. */
export function fieldOf(error: TRPCError): string | undefined {
  return error.cause instanceof ZodError ? error.cause.issues[0]?.path.join(".") : undefined;
}

export const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
