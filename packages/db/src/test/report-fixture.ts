import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { insertNode, insertPact, insertTerm } from "./fixtures.ts";

/**
 * A small, known world for the national report's tests (db and api): what each figure must count
 * is written beside the data.
 *
 * Regional pacts (published): Noord (result "Stage", effect "Motivatie"; platform + podium;
 * governance; 2 themes + a retired one; phases 1 in 2016 → 3 in 2017), Rotterdam (results "Stage"
 * and "Leerlijn"; platform; governance rows all "no"; no themes; phase 2 in 2017), Zeeland (no
 * chain: reported nothing; no functions; 1 theme). Not counted: a draft regional pact with a
 * chain and an archived one.
 * Front-runners: Limburg (admitted, published; result "Leerlijn"; demo follow-up answers;
 * admitted by review on 1 May 2016; 1 theme), Achterhoek (admitted, published; no chain, no
 * answers; no theme), and an applied draft one with a chain and answers (not counted).
 */
export interface ReportWorld {
  terms: {
    education: string;
    internships: string;
    learningLine: string;
    students: string;
    motivation: string;
    themeA: string;
    themeB: string;
    retiredTheme: string;
  };
  pacts: { noord: string; rotterdam: string; zeeland: string; draft: string; archived: string; limburg: string; achterhoek: string; applied: string };
}

export async function buildReportWorld(db: Kysely<Database>): Promise<ReportWorld> {
  const education = await insertTerm(db, "result_domain", "Onderwijs");
  const students = await insertTerm(db, "target_group", "Studenten");
  const terms = {
    education,
    internships: await insertTerm(db, "result_area", "Toename stageplaatsen", education),
    learningLine: await insertTerm(db, "result_area", "Doorlopende leerlijn mbo–hbo", education),
    students,
    motivation: await insertTerm(db, "effect_category", "Meer leermotivatie", students),
    themeA: await insertTerm(db, "theme", "Leren in de praktijk"),
    themeB: await insertTerm(db, "theme", "Zorg en technologie"),
    retiredTheme: await insertTerm(db, "theme", "Oud thema"),
  };
  await db.updateTable("taxonomyTerms").set({ retiredAt: "2017-01-01T00:00:00Z" }).where("id", "=", terms.retiredTheme).execute();

  const regional = (name: string, fields: Parameters<typeof insertPact>[1] = {}) => insertPact(db, { name, kind: "regional_pact", ...fields });
  const frontRunner = (name: string, fields: Parameters<typeof insertPact>[1] = {}) =>
    insertPact(db, { name, kind: "front_runner", admissionStatus: "admitted", ...fields });
  const pacts = {
    noord: await regional("Zorgpact Noord", { functions: ["platform", "podium"], currentPhase: 3 }),
    rotterdam: await regional("Zorgpact Rotterdam", { functions: ["platform"], currentPhase: 2 }),
    zeeland: await regional("Zorgpact Zeeland"),
    draft: await regional("Zorgpact in concept", { publicationStatus: "draft", functions: ["podium"] }),
    archived: await regional("Zorgpact gearchiveerd", { archivedAt: "2017-06-01T00:00:00Z", functions: ["podium"] }),
    limburg: await frontRunner("Zorgtechniek Limburg", {
      adoption: "parts",
      challenges: ["funding", "role_perception"],
      consolidationAgreements: ["none"],
    }),
    achterhoek: await frontRunner("Wijkleercentra Achterhoek"),
    applied: await frontRunner("Aangemelde koploper", { admissionStatus: "applied", publicationStatus: "draft", adoption: "no", challenges: ["funding"] }),
  };

  const node = (pactId: string, kind: "result" | "effect" | "input", termId: string | null) => insertNode(db, pactId, { kind, termId });
  await node(pacts.noord, "result", terms.internships);
  await node(pacts.noord, "effect", terms.motivation);
  await node(pacts.noord, "input", null);
  await node(pacts.rotterdam, "result", terms.internships);
  await node(pacts.rotterdam, "result", terms.learningLine);
  // Two nodes naming the same area count the pact once.
  await node(pacts.rotterdam, "result", terms.learningLine);
  await node(pacts.limburg, "result", terms.learningLine);
  await node(pacts.draft, "result", terms.learningLine);
  await node(pacts.archived, "result", terms.internships);
  await node(pacts.applied, "result", terms.internships);

  await db
    .insertInto("pactGovernance")
    .values([
      { pactId: pacts.noord, itemKey: "administrative_consultation", now: true, inFiveYears: true },
      { pactId: pacts.noord, itemKey: "regional_vision", now: false, inFiveYears: true },
      { pactId: pacts.rotterdam, itemKey: "regional_vision", now: false, inFiveYears: false },
      { pactId: pacts.draft, itemKey: "regional_vision", now: true, inFiveYears: true },
    ])
    .execute();

  await db
    .insertInto("pactThemes")
    .values([
      { pactId: pacts.noord, termId: terms.themeA },
      { pactId: pacts.noord, termId: terms.themeB },
      { pactId: pacts.noord, termId: terms.retiredTheme },
      { pactId: pacts.zeeland, termId: terms.themeA },
      { pactId: pacts.limburg, termId: terms.themeB },
      { pactId: pacts.draft, termId: terms.themeA },
    ])
    .execute();

  await db
    .insertInto("phaseHistory")
    .values([
      { pactId: pacts.noord, phase: 1, changedOn: "2016-03-01", note: null },
      { pactId: pacts.noord, phase: 3, changedOn: "2017-02-01", note: null },
      { pactId: pacts.rotterdam, phase: 2, changedOn: "2017-05-01", note: null },
      { pactId: pacts.draft, phase: 1, changedOn: "2015-05-01", note: null },
    ])
    .execute();

  await db.insertInto("frontRunnerReviews").values({ pactId: pacts.limburg, startedAt: "2016-04-01T10:00:00Z", decidedAt: "2016-05-01T10:00:00Z" }).execute();

  await db
    .insertInto("volgspots")
    .values([
      { pactId: pacts.noord, year: 2017, heldOn: "2017-10-01", status: "accepted" },
      { pactId: pacts.rotterdam, year: 2017, heldOn: "2017-11-01", status: "draft" },
    ])
    .execute();

  // Barriers: two treated in 2017 (more room, rule changed), one in 2016, one still open.
  const barrier = (fields: { status: "answered" | "closed" | "new"; outcome?: "more_room_than_thought" | "rule_changed"; answeredOn?: string }) => ({
    question: "Mag het?",
    receivedOn: "2016-01-10",
    channel: "team" as const,
    ministry: fields.status === "new" ? null : ("OCW" as const),
    answer: fields.status === "new" ? null : "Ja.",
    status: fields.status,
    outcome: fields.outcome ?? null,
    answeredOn: fields.answeredOn ?? null,
  });
  await db
    .insertInto("barriers")
    .values([
      barrier({ status: "answered", outcome: "more_room_than_thought", answeredOn: "2017-03-01" }),
      barrier({ status: "closed", outcome: "rule_changed", answeredOn: "2017-11-30" }),
      barrier({ status: "answered", outcome: "more_room_than_thought", answeredOn: "2016-06-01" }),
      barrier({ status: "new" }),
    ])
    .execute();

  // Regelingen: the RIF honoured twice in 2017 (once for a draft pact: not counted), once in 2016; the Stagefonds applied only.
  const regulation = async (slug: string, name: string) =>
    (await db.insertInto("regulations").values({ slug, name, ministry: "OCW", purpose: "Doel" }).returning("id").executeTakeFirstOrThrow()).id;
  const rif = await regulation("rif", "Regionaal investeringsfonds mbo (RIF)");
  const stagefonds = await regulation("stagefonds", "Stagefonds");
  await db
    .insertInto("regulationApplications")
    .values([
      { regulationId: rif, pactId: pacts.noord, appliedOn: "2017-04-01", status: "honoured" },
      { regulationId: rif, pactId: pacts.limburg, appliedOn: "2017-10-01", status: "honoured" },
      { regulationId: rif, pactId: pacts.draft, appliedOn: "2017-04-01", status: "honoured" },
      { regulationId: rif, pactId: pacts.rotterdam, appliedOn: "2016-04-01", status: "honoured" },
      { regulationId: stagefonds, pactId: pacts.rotterdam, appliedOn: "2017-04-01", status: "applied" },
    ])
    .execute();

  await db
    .insertInto("demoFollowUp")
    .values({ pactId: pacts.limburg, adoption: "parts", challenges: ["funding", "role_perception"], consolidationAgreements: ["none"] })
    .execute();
  return { terms, pacts };
}
