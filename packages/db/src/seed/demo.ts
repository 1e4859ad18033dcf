import { checkLink, type ChainNodeKind } from "@zorgpact/domain/effect-chain";
import type { TaxonomyKind } from "@zorgpact/domain/taxonomy";
import type { Insertable, Kysely, Transaction } from "kysely";
import type { Database, NewChainNode, PactParticipantsTable, PhaseChecklistTicksTable, PhaseHistoryTable } from "../schema.ts";
import { agendas } from "./agenda.data.ts";
import { chains, type ChainNodeSeed, type ChainSeed } from "./chains.data.ts";
import { frontRunnerFollowUp, fundingStreams, governance } from "./follow-up.data.ts";
import { organisations } from "./organisations.data.ts";
import { pacts, type PactSeed } from "./pacts.data.ts";
import { phaseTimeline } from "./phases.data.ts";
import { regions } from "./regions.data.ts";
import { seedTaxonomies } from "./taxonomies.ts";
import { seedBarriers } from "./barriers.seed.ts";
import { seedEvents } from "./events.seed.ts";
import { seedReport } from "./report.seed.ts";
import { seedRegulations } from "./regulations.seed.ts";
import { seedSupport } from "./support.seed.ts";
import { seedVolgspots } from "./volgspots.seed.ts";
import { seedIndicatorCatalogue } from "./indicator-catalogue.seed.ts";
import { seedEvidence } from "./evidence.seed.ts";
import { seedDisaggregation } from "./disaggregation.seed.ts";
import { seedIndicatorPeriods } from "./indicator-periods.seed.ts";
import { seedMeasurementReview } from "./measurement-review.seed.ts";
import { bumpPublicationVersion } from "../repositories/publication-version.repository.ts";

export type Trx = Transaction<Database>;

/**
 * Seeds the demo: taxonomies, then — only while there are no pacts yet — regions,
 * organisations, pacts with partners, themes and phases, and effect chains with indicators.
 * Everything after the taxonomies goes in one transaction, so a failure leaves no half demo.
 */
export async function seedDemo(db: Kysely<Database>): Promise<void> {
  await seedTaxonomies(db);
  const anyPact = await db.selectFrom("pacts").select("id").limit(1).executeTakeFirst();
  if (anyPact) return;
  await db.transaction().execute(async (trx) => {
    const ids: Ids = {
      region: await insertRegions(trx),
      organisation: await insertOrganisations(trx),
      term: await loadTerms(trx),
      pact: new Map(),
    };
    await insertPacts(trx, ids);
    await insertParticipantsAndThemes(trx, ids);
    await insertPhases(trx, ids);
    const chainNodes = new Map<string, Map<string, string>>();
    for (const chain of chains) chainNodes.set(chain.pact, await insertChain(trx, ids, chain));
    await insertAgendas(trx, ids, chainNodes);
    await insertFollowUp(trx, ids);
    // The national team's cycle: each feature seeds its own demo records.
    await seedVolgspots(trx, ids, chainNodes);
    await seedBarriers(trx, ids);
    await seedRegulations(trx, ids);
    await seedSupport(trx, ids);
    await seedEvents(trx, ids);
    await seedReport(trx, ids);
    await seedIndicatorPeriods(trx, ids);
    await seedIndicatorCatalogue(trx, ids);
    await seedDisaggregation(trx, ids);
    await seedMeasurementReview(trx, ids);
    await seedEvidence(trx, ids);
    // Written outside the services' `mutate`: raise the publication version in the same
    // transaction, so a server already running on this database drops what it cached.
    await bumpPublicationVersion(trx);
  });
}

export interface Ids {
  region: Map<string, string>;
  organisation: Map<string, string>;
  /** By `${kind}:${label}`. */
  term: Map<string, string>;
  /** By slug. */
  pact: Map<string, string>;
}

function must(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Demo seed: unknown ${what} "${key}"`);
  return id;
}

const termKey = (kind: TaxonomyKind, label: string) => `${kind}:${label}`;

async function insertRegions(trx: Trx): Promise<Map<string, string>> {
  // Names are unique: a region someone already made is reused rather than duplicated.
  await trx
    .insertInto("regions")
    .values(regions.map((r) => ({ name: r.name, provinces: [...r.provinces], latitude: r.latitude, longitude: r.longitude })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  const names = regions.map((r) => r.name);
  const rows = await trx.selectFrom("regions").select(["id", "name"]).where("name", "in", names).execute();
  return new Map(rows.map((r) => [r.name, r.id]));
}

async function insertOrganisations(trx: Trx): Promise<Map<string, string>> {
  // Unique on lower(name): an organisation that already exists is reused.
  await trx
    .insertInto("organisations")
    .values(organisations.map((o) => ({ name: o.name, sector: o.sector, level: o.level, place: o.place })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  const lowerNames = organisations.map((o) => o.name.toLowerCase());
  const rows = await trx
    .selectFrom("organisations")
    .select(["id", "name"])
    .where((eb) => eb(eb.fn("lower", ["name"]), "in", lowerNames))
    .execute();
  // Keyed by the seed's spelling, whatever the spelling of an organisation that already existed.
  const byLower = new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
  const byName = new Map<string, string>();
  for (const o of organisations) {
    const id = byLower.get(o.name.toLowerCase());
    if (id !== undefined) byName.set(o.name, id);
  }
  return byName;
}

async function loadTerms(trx: Trx): Promise<Map<string, string>> {
  const rows = await trx.selectFrom("taxonomyTerms").select(["id", "kind", "label"]).execute();
  return new Map(rows.map((r) => [termKey(r.kind as TaxonomyKind, r.label), r.id]));
}

async function insertPacts(trx: Trx, ids: Ids): Promise<void> {
  // Parents first: pacts without a parent, then the ones pointing at them.
  const waves = [pacts.filter((p) => p.parent === null), pacts.filter((p) => p.parent !== null)];
  for (const wave of waves) {
    if (wave.length === 0) continue;
    const rows = await trx
      .insertInto("pacts")
      .values(wave.map((p) => pactRow(p, ids)))
      .returning(["id", "slug"])
      .execute();
    for (const row of rows) ids.pact.set(row.slug, row.id);
  }
}

function pactRow(p: PactSeed, ids: Ids) {
  return {
    kind: p.kind,
    slug: p.slug,
    name: p.name,
    description: p.description,
    regionId: p.region === null ? null : must(ids.region, p.region, "region"),
    parentPactId: p.parent === null ? null : must(ids.pact, p.parent, "parent pact"),
    startDate: p.startDate,
    publicationStatus: p.publicationStatus,
    admissionStatus: p.admissionStatus,
    collaborationForm: p.collaborationForm,
    functions: [...p.functions],
    currentPhase: p.currentPhase,
  };
}

async function insertParticipantsAndThemes(trx: Trx, ids: Ids): Promise<void> {
  const participants = pacts.flatMap((p): Insertable<PactParticipantsTable>[] => {
    const pactId = must(ids.pact, p.slug, "pact");
    return [
      { pactId, organisationId: must(ids.organisation, p.lead, "organisation"), role: "lead" },
      ...p.partners.map((name): Insertable<PactParticipantsTable> => ({
        pactId,
        organisationId: must(ids.organisation, name, "organisation"),
        role: "partner",
      })),
    ];
  });
  await trx.insertInto("pactParticipants").values(participants).execute();

  const themes = pacts.flatMap((p) =>
    p.themes.map((label) => ({ pactId: must(ids.pact, p.slug, "pact"), termId: must(ids.term, termKey("theme", label), "theme") })),
  );
  await trx.insertInto("pactThemes").values(themes).execute();
}

async function insertPhases(trx: Trx, ids: Ids): Promise<void> {
  const withPhase = pacts.filter((p) => p.currentPhase !== null);
  const history: Insertable<PhaseHistoryTable>[] = [];
  const ticks: Insertable<PhaseChecklistTicksTable>[] = [];
  for (const [variant, p] of withPhase.entries()) {
    if (p.currentPhase === null) continue;
    const pactId = must(ids.pact, p.slug, "pact");
    const timeline = phaseTimeline(p.startDate, p.currentPhase, variant);
    history.push(...timeline.history.map((h) => ({ pactId, ...h })));
    ticks.push(...timeline.ticks.map((t) => ({ pactId, ...t, note: null })));
  }
  if (history.length > 0) await trx.insertInto("phaseHistory").values(history).execute();
  if (ticks.length > 0) await trx.insertInto("phaseChecklistTicks").values(ticks).execute();
}

/** Inserts a chain and returns its node ids by key. */
async function insertChain(trx: Trx, ids: Ids, chain: ChainSeed): Promise<Map<string, string>> {
  const pactId = must(ids.pact, chain.pact, "pact");
  const nodes = new Map<string, { id: string; kind: ChainNodeKind }>();

  for (const node of chain.nodes) {
    if (nodes.has(node.key)) throw new Error(`Demo seed: duplicate chain node "${node.key}" in ${chain.pact}`);
    const { id } = await trx
      .insertInto("chainNodes")
      .values({ pactId, ...nodeFields(node, ids) })
      .returning("id")
      .executeTakeFirstOrThrow();
    nodes.set(node.key, { id, kind: node.kind });

    if (node.kind !== "result" && node.kind !== "effect") continue;
    for (const ind of node.indicators) {
      const { measurements, ...fields } = ind;
      const indicator = await trx
        .insertInto("indicators")
        .values({ nodeId: id, ...fields })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (measurements.length > 0) {
        await trx
          .insertInto("measurements")
          // Seeded measurements are published as approved (their source or demo label says what they are).
          .values(
            measurements.map((m) => ({
              indicatorId: indicator.id,
              ...m,
              reviewStatus: "approved" as const,
              publicValue: m.value,
              publicMeasuredOn: m.measuredOn,
              publicSource: m.source ?? null,
              publicNote: m.note ?? null,
            })),
          )
          .execute();
      }
    }
  }

  const links = chain.links.map(([fromKey, toKey]) => {
    const from = nodes.get(fromKey);
    const to = nodes.get(toKey);
    if (!from || !to) throw new Error(`Demo seed: link ${fromKey} → ${toKey} in ${chain.pact} names an unknown node`);
    const check = checkLink(from.kind, to.kind);
    if (!check.allowed) throw new Error(`Demo seed: link ${fromKey} → ${toKey} in ${chain.pact} is refused (${check.reason})`);
    return { fromId: from.id, toId: to.id };
  });
  if (links.length > 0) await trx.insertInto("chainLinks").values(links).execute();
  return new Map([...nodes].map(([key, node]) => [key, node.id]));
}

/** One issue per demo chain: the chain's nodes move under it and results get their counts. */
async function insertAgendas(trx: Trx, ids: Ids, chainNodes: Map<string, Map<string, string>>): Promise<void> {
  for (const agenda of agendas) {
    const pactId = must(ids.pact, agenda.pact, "pact");
    const nodes = chainNodes.get(agenda.pact);
    if (!nodes) throw new Error(`Demo seed: agenda for ${agenda.pact} has no chain`);
    const { id: issueId } = await trx
      .insertInto("agendaIssues")
      .values({ pactId, title: agenda.title, description: agenda.description })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("agendaIssueThemes")
      .values(agenda.themes.map((label) => ({ issueId, termId: must(ids.term, termKey("theme", label), "theme") })))
      .execute();
    await trx
      .insertInto("ambitions")
      .values(agenda.ambitions.map((statement, sortOrder) => ({ issueId, statement, sortOrder })))
      .execute();
    // Demodata: the seeds name a pact's partners, not who takes on which issue; the one demo
    // issue of a pact gets the pact's lead partners as its coalition (all partners if none leads).
    const participants = await trx.selectFrom("pactParticipants").select(["organisationId", "role"]).where("pactId", "=", pactId).execute();
    const leads = participants.filter((p) => p.role === "lead");
    const coalition = leads.length > 0 ? leads : participants;
    if (coalition.length > 0) {
      await trx
        .insertInto("agendaIssueCoalition")
        .values(coalition.map((p) => ({ issueId, organisationId: p.organisationId })))
        .execute();
    }
    await trx.updateTable("chainNodes").set({ issueId }).where("pactId", "=", pactId).execute();
    for (const [key, count] of Object.entries(agenda.quantities)) {
      await trx
        .updateTable("chainNodes")
        .set(count)
        .where("id", "=", must(nodes, key, "chain node"))
        .execute();
    }
  }
}

async function insertFollowUp(trx: Trx, ids: Ids): Promise<void> {
  for (const [slug, followUp] of Object.entries(frontRunnerFollowUp)) {
    await trx
      .updateTable("pacts")
      .set({ adoption: followUp.adoption, challenges: followUp.challenges, consolidationAgreements: followUp.consolidation })
      .where("id", "=", must(ids.pact, slug, "pact"))
      .execute();
  }
  for (const [slug, items] of Object.entries(governance)) {
    const pactId = must(ids.pact, slug, "pact");
    await trx
      .insertInto("pactGovernance")
      .values(items.map((i) => ({ pactId, itemKey: i.item, now: i.now, inFiveYears: i.inFiveYears })))
      .execute();
  }
  for (const [slug, streams] of Object.entries(fundingStreams)) {
    const pactId = must(ids.pact, slug, "pact");
    await trx
      .insertInto("pactFundingStreams")
      .values(streams.map((stream, sortOrder) => ({ pactId, ...stream, sortOrder })))
      .execute();
  }
}

function nodeFields(node: ChainNodeSeed, ids: Ids) {
  const base = {
    kind: node.kind,
    title: node.title,
    description: node.description,
    termId: null as string | null,
    amountCents: null as number | null,
    fte: null as number | null,
    fundingSource: null as string | null,
    ownerOrganisationId: null as string | null,
    periodStart: null as string | null,
    periodEnd: null as string | null,
    status: null as NewChainNode["status"],
  };
  switch (node.kind) {
    case "input":
      return { ...base, amountCents: node.amountCents, fte: node.fte, fundingSource: node.fundingSource };
    case "activity":
      return {
        ...base,
        ownerOrganisationId: must(ids.organisation, node.owner, "organisation"),
        periodStart: node.periodStart,
        periodEnd: node.periodEnd,
        status: node.status,
      };
    case "result":
      return { ...base, termId: must(ids.term, termKey("result_area", node.term), "result area") };
    case "effect":
      return { ...base, termId: must(ids.term, termKey("effect_category", node.term), "effect category") };
  }
}
