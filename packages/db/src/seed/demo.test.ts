import { slugSchema } from "@zorgpact/domain/common";
import { chainCompleteness, checkLink, type ChainNodeKind } from "@zorgpact/domain/effect-chain";
import { indicatorFieldsSchema } from "@zorgpact/domain/indicator";
import { unitValueError } from "@zorgpact/domain/indicator-unit";
import { goldenTriangle, organisationFieldsSchema, type Sector } from "@zorgpact/domain/organisation";
import { isChecklistItem, type PhaseNumber } from "@zorgpact/domain/phase";
import type { PactKind } from "@zorgpact/domain/pact";
import { mapPointSchema, provinceSchema } from "@zorgpact/domain/region";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.ts";
import type { Database } from "../schema.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { completeChainPacts, incompleteChainPact, letterSource } from "./chains.data.ts";
import { seedDemo } from "./demo.ts";
import { themes } from "./taxonomies.ts";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db);
});

afterAll(() => handle.close());

const db = () => handle.db;

async function pactsOfKind(kind: PactKind) {
  return db().selectFrom("pacts").selectAll().where("kind", "=", kind).orderBy("slug").execute();
}

async function participantsBySlug() {
  const rows = await db()
    .selectFrom("pactParticipants")
    .innerJoin("pacts", "pacts.id", "pactParticipants.pactId")
    .innerJoin("organisations", "organisations.id", "pactParticipants.organisationId")
    .select(["pacts.slug", "pacts.kind", "pactParticipants.role", "organisations.sector"])
    .execute();
  const bySlug = new Map<string, { kind: string; role: string; sector: Sector }[]>();
  for (const row of rows) {
    const list = bySlug.get(row.slug) ?? [];
    list.push({ kind: row.kind, role: row.role, sector: row.sector as Sector });
    bySlug.set(row.slug, list);
  }
  return bySlug;
}

async function chainOf(pactId: string) {
  const nodes = (await db().selectFrom("chainNodes").select(["id", "kind"]).where("pactId", "=", pactId).execute()).map((n) => ({
    id: n.id,
    kind: n.kind as ChainNodeKind,
  }));
  const ids = nodes.map((n) => n.id);
  const links = ids.length === 0 ? [] : await db().selectFrom("chainLinks").select(["fromId", "toId"]).where("fromId", "in", ids).execute();
  return { nodes, links };
}

describe("demo seed: pacts", () => {
  it("has exactly one national pact, 16+ regional pacts, 12+ front-runners and the four breeding grounds", async () => {
    const national = await pactsOfKind("national");
    expect(national.map((p) => p.slug)).toEqual(["landelijk-zorgpact"]);
    expect((await pactsOfKind("regional_pact")).length).toBeGreaterThanOrEqual(16);
    const frontRunners = await pactsOfKind("front_runner");
    expect(frontRunners.filter((p) => p.admissionStatus === "admitted").length).toBeGreaterThanOrEqual(12);
    expect((await pactsOfKind("breeding_ground")).map((p) => p.name)).toEqual([
      "Broedplaats Amsterdam/Amstelveen",
      "Broedplaats Friesland",
      "Broedplaats Heerlen",
      "Broedplaats Rotterdam",
    ]);
  });

  it("keeps one regional pact and the two front-runners that are not admitted as drafts", async () => {
    const drafts = await db().selectFrom("pacts").select(["kind", "admissionStatus"]).where("publicationStatus", "=", "draft").execute();
    expect(drafts.filter((d) => d.kind === "regional_pact")).toHaveLength(1);
    expect(
      drafts
        .filter((d) => d.kind === "front_runner")
        .map((d) => d.admissionStatus)
        .sort(),
    ).toEqual(["applied", "under_review"]);
    expect(drafts).toHaveLength(3);
  });

  it("gives every pact a valid unique slug and a description, and phases only to regional pacts and breeding grounds", async () => {
    const all = await db().selectFrom("pacts").selectAll().execute();
    for (const p of all) {
      expect(slugSchema.safeParse(p.slug).success, p.slug).toBe(true);
      expect(p.description.length, p.slug).toBeGreaterThan(20);
      expect(p.startDate, p.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const phased = p.kind === "regional_pact" || p.kind === "breeding_ground";
      expect(p.currentPhase === null, p.slug).toBe(!phased);
    }
    expect(new Set(all.map((p) => p.slug)).size).toBe(all.length);
  });

  it("puts about half of the published regional pacts in phase 3 and the rest mostly in phases 1–2", async () => {
    const regional = (await pactsOfKind("regional_pact")).filter((p) => p.publicationStatus === "published");
    const inPhase = (n: number) => regional.filter((p) => p.currentPhase === n).length;
    expect(inPhase(3) / regional.length).toBeGreaterThanOrEqual(0.4);
    expect(inPhase(3) / regional.length).toBeLessThanOrEqual(0.6);
    expect(inPhase(1) + inPhase(2)).toBeGreaterThanOrEqual(regional.length / 3);
    for (const p of regional) {
      expect(p.collaborationForm, p.slug).not.toBeNull();
      expect(p.functions.length, p.slug).toBeGreaterThan(0);
    }
  });

  it("hangs front-runners under an existing pact where they belong to one", async () => {
    const frontRunners = await pactsOfKind("front_runner");
    const withParent = frontRunners.filter((p) => p.parentPactId !== null);
    expect(withParent.length).toBeGreaterThanOrEqual(10);
    expect(withParent.length).toBeLessThan(frontRunners.length);
    const parentIds = withParent.map((p) => p.parentPactId ?? "");
    const parents = await db().selectFrom("pacts").select(["id", "kind"]).where("id", "in", parentIds).execute();
    expect(parents.every((p) => p.kind === "regional_pact" || p.kind === "breeding_ground")).toBe(true);
  });
});

describe("demo seed: regions and organisations", () => {
  it("places every region inside the Netherlands with known provinces", async () => {
    const regions = await db().selectFrom("regions").selectAll().execute();
    expect(regions.length).toBeGreaterThanOrEqual(16);
    for (const r of regions) {
      expect(mapPointSchema.safeParse(r).success, r.name).toBe(true);
      expect(r.provinces.length, r.name).toBeGreaterThan(0);
      for (const province of r.provinces) expect(provinceSchema.safeParse(province).success, province).toBe(true);
    }
  });

  it("has organisations in care, education (every level) and government (every level), all valid", async () => {
    const orgs = await db().selectFrom("organisations").selectAll().execute();
    const levels = (sector: string) => new Set(orgs.filter((o) => o.sector === sector).map((o) => o.level));
    expect(orgs.some((o) => o.sector === "care_welfare")).toBe(true);
    expect(orgs.some((o) => o.sector === "employers_organisation")).toBe(true);
    expect(levels("education")).toEqual(new Set(["vmbo", "mbo", "hbo", "wo"]));
    expect(levels("government")).toEqual(new Set(["gemeente", "provincie", "rijk"]));
    for (const o of orgs) expect(organisationFieldsSchema.safeParse(o).success, o.name).toBe(true);
    expect(orgs.map((o) => o.name)).toEqual(expect.arrayContaining(["Tinten Welzijnsgroep", "Graafschapcollege", "Gemeente Rotterdam", "WGV Zorg & Welzijn"]));
  });
});

describe("demo seed: partners and themes", () => {
  it("gives each regional pact one lead and 4–10 partners, mostly covering the golden triangle", async () => {
    const bySlug = await participantsBySlug();
    const regional = await pactsOfKind("regional_pact");
    let complete = 0;
    for (const p of regional) {
      const partners = bySlug.get(p.slug) ?? [];
      expect(
        partners.filter((x) => x.role === "lead"),
        p.slug,
      ).toHaveLength(1);
      expect(partners.length, p.slug).toBeGreaterThanOrEqual(4);
      expect(partners.length, p.slug).toBeLessThanOrEqual(10);
      if (goldenTriangle(partners).complete) complete++;
    }
    expect(complete).toBeGreaterThanOrEqual(regional.length - 3);
    expect(complete).toBeLessThan(regional.length);
  });

  it("makes the municipality the lead of Zorgpact Rotterdam, and of no other regional pact", async () => {
    const leads = await db()
      .selectFrom("pactParticipants")
      .innerJoin("pacts", "pacts.id", "pactParticipants.pactId")
      .innerJoin("organisations", "organisations.id", "pactParticipants.organisationId")
      .select(["pacts.slug", "organisations.name", "organisations.level"])
      .where("pacts.kind", "=", "regional_pact")
      .where("pactParticipants.role", "=", "lead")
      .execute();
    expect(leads.filter((l) => l.level === "gemeente").map((l) => [l.slug, l.name])).toEqual([["zorgpact-rotterdam", "Gemeente Rotterdam"]]);
  });

  it("gives each front-runner 2–5 partners with at least one school and one care or welfare organisation", async () => {
    const bySlug = await participantsBySlug();
    for (const p of await pactsOfKind("front_runner")) {
      const partners = bySlug.get(p.slug) ?? [];
      expect(partners.length, p.slug).toBeGreaterThanOrEqual(2);
      expect(partners.length, p.slug).toBeLessThanOrEqual(5);
      expect(
        partners.filter((x) => x.role === "lead"),
        p.slug,
      ).toHaveLength(1);
      const triangle = goldenTriangle(partners);
      expect(triangle.education && triangle.care, p.slug).toBe(true);
    }
  });

  it("gives regional pacts 3–6 themes and front-runners 1–2 (figure 17)", async () => {
    const rows = await db()
      .selectFrom("pactThemes")
      .innerJoin("pacts", "pacts.id", "pactThemes.pactId")
      .select(["pacts.slug", "pacts.kind"])
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .groupBy(["pacts.slug", "pacts.kind"])
      .execute();
    const count = (slug: string) => Number(rows.find((r) => r.slug === slug)?.count ?? 0);
    for (const p of await pactsOfKind("regional_pact")) {
      expect(count(p.slug), p.slug).toBeGreaterThanOrEqual(3);
      expect(count(p.slug), p.slug).toBeLessThanOrEqual(6);
    }
    for (const p of await pactsOfKind("front_runner")) {
      expect(count(p.slug), p.slug).toBeGreaterThanOrEqual(1);
      expect(count(p.slug), p.slug).toBeLessThanOrEqual(2);
    }
  });

  it("seeds the themes with the four central themes first", async () => {
    const rows = await db().selectFrom("taxonomyTerms").select("label").where("kind", "=", "theme").orderBy("sortOrder").execute();
    expect(rows.map((r) => r.label)).toEqual(themes);
    expect(rows.slice(0, 4).map((r) => r.label)).toEqual(["Leren in de praktijk", "Zorg en technologie", "Permanent leren", "Toenemende opleidingseisen"]);
  });

  it("hangs every result area under a result domain and every effect category under a target group", async () => {
    const terms = await db().selectFrom("taxonomyTerms").selectAll().execute();
    const kindOf = new Map(terms.map((t) => [t.id, t.kind]));
    const parentKind = (t: (typeof terms)[number]) => (t.parentId === null ? null : kindOf.get(t.parentId));
    for (const t of terms.filter((t) => t.kind === "result_area")) expect(parentKind(t), t.label).toBe("result_domain");
    for (const t of terms.filter((t) => t.kind === "effect_category")) expect(parentKind(t), t.label).toBe("target_group");
    expect(terms.filter((t) => t.kind === "result_area")).toHaveLength(13);
    expect(terms.filter((t) => t.kind === "effect_category")).toHaveLength(14);
  });
});

describe("demo seed: phases", () => {
  it("records phase history from phase 1 to the current phase, in order, within 2015–2018", async () => {
    const phased = await db().selectFrom("pacts").select(["id", "slug", "currentPhase"]).where("currentPhase", "is not", null).execute();
    expect(phased.length).toBeGreaterThanOrEqual(20);
    const history = await db().selectFrom("phaseHistory").selectAll().orderBy("changedOn").execute();
    for (const p of phased) {
      const entries = history.filter((h) => h.pactId === p.id);
      expect(
        entries.map((e) => e.phase),
        p.slug,
      ).toEqual(Array.from({ length: p.currentPhase ?? 0 }, (_, i) => i + 1));
      for (const e of entries) {
        expect(e.changedOn >= "2015-01-01" && e.changedOn <= "2018-12-31", `${p.slug} ${e.changedOn}`).toBe(true);
        expect(e.note).toBeTruthy();
      }
    }
  });

  it("ticks every item of earlier phases and only some of the current phase, with known item keys", async () => {
    const phased = await db().selectFrom("pacts").select(["id", "slug", "currentPhase"]).where("currentPhase", "is not", null).execute();
    const ticks = await db().selectFrom("phaseChecklistTicks").selectAll().execute();
    for (const t of ticks) expect(isChecklistItem(t.phase as PhaseNumber, t.itemKey), t.itemKey).toBe(true);
    for (const p of phased) {
      const mine = ticks.filter((t) => t.pactId === p.id);
      const earlier = mine.filter((t) => t.phase < (p.currentPhase ?? 0));
      const current = mine.filter((t) => t.phase === p.currentPhase);
      expect(
        earlier.every((t) => t.done && t.doneOn !== null),
        p.slug,
      ).toBe(true);
      expect(
        current.some((t) => t.done),
        p.slug,
      ).toBe(true);
      expect(
        current.some((t) => !t.done && t.doneOn === null),
        p.slug,
      ).toBe(true);
      expect(
        mine.every((t) => t.phase <= (p.currentPhase ?? 0)),
        p.slug,
      ).toBe(true);
    }
  });
});

describe("demo seed: effect chains", () => {
  it("links every chain node exactly one step forward, within one pact", async () => {
    const links = await db()
      .selectFrom("chainLinks")
      .innerJoin("chainNodes as f", "f.id", "chainLinks.fromId")
      .innerJoin("chainNodes as t", "t.id", "chainLinks.toId")
      .select(["f.kind as fromKind", "t.kind as toKind", "f.pactId as fromPact", "t.pactId as toPact"])
      .execute();
    expect(links.length).toBeGreaterThan(30);
    for (const l of links) {
      expect(checkLink(l.fromKind as ChainNodeKind, l.toKind as ChainNodeKind)).toEqual({ allowed: true });
      expect(l.fromPact).toBe(l.toPact);
    }
  });

  it("has complete chains for at least three published pacts and an incomplete one for Zorgpact Rotterdam", async () => {
    const published = await db().selectFrom("pacts").select(["id", "slug"]).where("publicationStatus", "=", "published").execute();
    const complete: string[] = [];
    for (const p of published) {
      const { nodes, links } = await chainOf(p.id);
      if (chainCompleteness(nodes, links).complete) complete.push(p.slug);
    }
    expect(complete.sort()).toEqual([...completeChainPacts].sort());

    const rotterdam = published.find((p) => p.slug === incompleteChainPact);
    expect(rotterdam).toBeDefined();
    const { nodes, links } = await chainOf(rotterdam?.id ?? "");
    const report = chainCompleteness(nodes, links);
    expect(report.complete).toBe(false);
    expect(report.effectsWithoutResult).toHaveLength(1);
    expect(report.activitiesWithoutInput).toHaveLength(1);
  });

  it("fills in nodes per kind: inputs with money or FTE and a source, activities with owner and period, outcomes with a term", async () => {
    const nodes = await db()
      .selectFrom("chainNodes")
      .leftJoin("taxonomyTerms", "taxonomyTerms.id", "chainNodes.termId")
      .select([
        "chainNodes.kind",
        "chainNodes.title",
        "chainNodes.amountCents",
        "chainNodes.fte",
        "chainNodes.fundingSource",
        "chainNodes.ownerOrganisationId",
        "chainNodes.periodStart",
        "chainNodes.periodEnd",
        "chainNodes.status",
        "taxonomyTerms.kind as termKind",
      ])
      .execute();
    for (const n of nodes) {
      if (n.kind === "input") {
        expect(n.amountCents !== null || n.fte !== null, n.title).toBe(true);
        if (n.amountCents !== null) expect(Number.isInteger(n.amountCents), n.title).toBe(true);
        expect(n.fundingSource, n.title).toBeTruthy();
      }
      if (n.kind === "activity") {
        expect(n.ownerOrganisationId, n.title).not.toBeNull();
        expect(n.periodStart, n.title).not.toBeNull();
        expect(n.status, n.title).not.toBeNull();
        if (n.periodEnd !== null && n.periodStart !== null) expect(n.periodEnd > n.periodStart, n.title).toBe(true);
      }
      if (n.kind === "result") expect(n.termKind, n.title).toBe("result_area");
      if (n.kind === "effect") expect(n.termKind, n.title).toBe("effect_category");
    }
  });

  it("gives results and effects valid indicators with 2–4 measurements after the baseline", async () => {
    const outcomes = await db().selectFrom("chainNodes").select(["id", "title"]).where("kind", "in", ["result", "effect"]).execute();
    const indicators = await db().selectFrom("indicators").selectAll().execute();
    const measurements = await db().selectFrom("measurements").selectAll().execute();
    const targets = await db().selectFrom("indicatorTargets").select(["indicatorId", "periodStart", "targetValue as value"]).execute();
    // The targets per period are invented: each says so where it is shown.
    const sources = await db().selectFrom("indicatorTargets").select("source").distinct().execute();
    expect(sources.map((t) => t.source)).toEqual(["Demodata"]);
    for (const o of outcomes)
      expect(
        indicators.some((i) => i.nodeId === o.id),
        o.title,
      ).toBe(true);
    for (const ind of indicators) {
      // Unit kind, frequency and targets per period (demodata) obey the same rules as the form.
      const parsed = indicatorFieldsSchema.safeParse({ ...ind, targets: targets.filter((t) => t.indicatorId === ind.id) });
      expect(parsed.success, `${ind.name}: ${parsed.error?.message ?? ""}`).toBe(true);
      const mine = measurements.filter((m) => m.indicatorId === ind.id);
      expect(mine.length, ind.name).toBeGreaterThanOrEqual(2);
      expect(mine.length, ind.name).toBeLessThanOrEqual(4);
      for (const m of mine) expect(m.measuredOn > ind.baselineDate, ind.name).toBe(true);
      for (const m of mine) expect(unitValueError(ind.unitKind, m.value, ind.unit), ind.name).toBeNull();
    }
  });

  it("labels every invented measurement as demo data; the others are facts from the ministers' letter", async () => {
    const measurements = await db().selectFrom("measurements").select(["value", "source"]).execute();
    const facts = measurements.filter((m) => !m.source?.includes("Demodata"));
    expect(facts.map((m) => [m.value, m.source])).toEqual(
      expect.arrayContaining([
        [2000, letterSource],
        [71, letterSource],
      ]),
    );
    expect(facts).toHaveLength(2);
  });

  it("says '(demodata)' in the description of every input with an amount", async () => {
    const inputs = await db().selectFrom("chainNodes").select(["title", "description"]).where("kind", "=", "input").execute();
    for (const i of inputs) expect(i.description, i.title).toMatch(/demodata/);
  });
});

describe("demo seed: agenda and follow-up", () => {
  it("puts every node of each demo chain under an issue with themes and an ambition", async () => {
    const loose = await db().selectFrom("chainNodes").select("id").where("issueId", "is", null).execute();
    expect(loose).toEqual([]);
    const issues = await db()
      .selectFrom("agendaIssues")
      .innerJoin("pacts", "pacts.id", "agendaIssues.pactId")
      .select(["pacts.slug", "agendaIssues.id"])
      .execute();
    expect(issues.map((i) => i.slug).sort()).toEqual(["wijkleercentra-achterhoek", "zorgpact-noord", "zorgpact-rotterdam", "zorgtechniek-limburg"]);
    for (const issue of issues) {
      expect((await db().selectFrom("ambitions").select("id").where("issueId", "=", issue.id).execute()).length).toBeGreaterThan(0);
      expect((await db().selectFrom("agendaIssueThemes").select("termId").where("issueId", "=", issue.id).execute()).length).toBeGreaterThan(0);
    }
  });

  it("counts the ZTL Academy's results with the letter's figures, and labels invented counts", async () => {
    const counted = await db().selectFrom("chainNodes").select(["title", "quantity", "unit"]).where("quantity", "is not", null).execute();
    expect(counted).toContainEqual({ title: "Studenten in de opleiding zorgtechnicus", quantity: 71, unit: "studenten" });
    expect(counted).toContainEqual({ title: "Studenten volgen de e-learningmodules zorgtechnologie", quantity: 2000, unit: "studenten" });
    const invented = counted.filter((n) => n.quantity !== 71 && n.quantity !== 2000 && n.unit !== "skillslabs");
    for (const node of invented) expect(node.unit).toContain("(demodata)");
  });

  it("gives admitted front-runners follow-up answers, about two thirds adopted elsewhere", async () => {
    const admitted = await db().selectFrom("pacts").select(["adoption"]).where("kind", "=", "front_runner").where("admissionStatus", "=", "admitted").execute();
    expect(admitted.every((p) => p.adoption !== null)).toBe(true);
    const adopted = admitted.filter((p) => p.adoption === "whole_concept" || p.adoption === "parts").length;
    expect(adopted / admitted.length).toBeGreaterThan(0.6);
    expect(adopted / admitted.length).toBeLessThan(0.8);
  });
});

describe("demo seed: idempotence", () => {
  const tables = [
    "regions",
    "organisations",
    "taxonomyTerms",
    "pacts",
    "pactParticipants",
    "pactThemes",
    "phaseHistory",
    "phaseChecklistTicks",
    "chainNodes",
    "chainLinks",
    "indicators",
    "measurements",
  ] as const satisfies readonly (keyof Database)[];

  async function counts(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of tables) {
      const row = await db()
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("count"))
        .executeTakeFirstOrThrow();
      result[table] = Number(row.count);
    }
    return result;
  }

  it("does not duplicate anything when seeding twice", async () => {
    const before = await counts();
    expect(before.pacts).toBeGreaterThan(30);
    await seedDemo(db());
    expect(await counts()).toEqual(before);
  });
});
