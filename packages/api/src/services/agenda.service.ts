import {
  countIssueNodes,
  deleteAmbition as deleteAmbitionRow,
  deleteIssue as deleteIssueRow,
  findAgendaPact,
  findAmbition,
  findIssue,
  findTerms,
  insertAmbition,
  insertIssue,
  loadAgendaIssues,
  partnerIdsOf,
  replaceCoalition,
  replaceIssueThemes,
  updateAmbition as updateAmbitionRow,
  updateIssue as updateIssueRow,
  type AgendaPact,
} from "@zorgpact/db/repositories/agenda.repository";
import { loadAgendaChain, type AgendaSeries } from "@zorgpact/db/repositories/chain.repository";
import { EVERYTHING, PUBLIC } from "@zorgpact/db/repositories/visibility";
import {
  issueCompleteness,
  type Agenda,
  type AgendaIssue,
  type Ambition,
  type AmbitionAddInput,
  type AmbitionUpdateInput,
  type CoalitionSetInput,
  type IssueCreateInput,
  type IssueUpdateInput,
  type RecordVersionInput,
} from "@zorgpact/domain/agenda";
import { changedFields } from "@zorgpact/domain/audit";
import { costPerResult } from "@zorgpact/domain/cost";
import { chainCompleteness } from "@zorgpact/domain/effect-chain";
import { indicatorProgress } from "@zorgpact/domain/indicator";
import type { TaxonomyKind } from "@zorgpact/domain/taxonomy";
import { assertCanEditPact } from "../access.ts";
import type { Context } from "../context.ts";
import { badRequest, fieldError, notFound, staleVersion } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { editablePact, editableRecord, PACT_NOT_FOUND } from "./guards.ts";

const PUBLIC_NOT_FOUND = "Dit zorgpact bestaat niet of is niet gepubliceerd.";
const ISSUE_NOT_FOUND = "Dit vraagstuk bestaat niet.";
const AMBITION_NOT_FOUND = "Deze ambitie bestaat niet.";

// ─── Reading ─────────────────────────────────────────────────────────────────────────────

/** The whole agenda of a pact with the domain's verdicts: completeness, progress and cost. */
export async function loadAgenda(db: Executor, pact: AgendaPact, series: AgendaSeries = "full"): Promise<Agenda> {
  const chain = await loadAgendaChain(db, pact.id, series);
  const stored = await loadAgendaIssues(db, pact.id, {
    organisationIds: chain.nodes.flatMap((n) => (n.ownerOrganisationId ? [n.ownerOrganisationId] : [])),
    termIds: chain.nodes.flatMap((n) => (n.termId ? [n.termId] : [])),
  });
  const termById = new Map(stored.terms.map((t) => [t.id, t]));
  const organisationById = new Map(stored.organisations.map((o) => [o.id, o]));
  const pick = <T>(ids: readonly string[], byId: Map<string, T>) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));

  const issues: AgendaIssue[] = stored.issues.map(({ themeIds, organisationIds, ...issue }) => ({
    ...issue,
    themes: pick(themeIds, termById).sort((a, b) => a.label.localeCompare(b.label, "nl")),
    coalition: pick(organisationIds, organisationById).sort((a, b) => a.name.localeCompare(b.name, "nl")),
    completeness: issueCompleteness(chain.nodes, chain.links, issue.id),
  }));
  return {
    pact,
    issues,
    nodes: chain.nodes,
    links: chain.links,
    indicators: chain.indicators.map((indicator) => ({ ...indicator, progress: indicatorProgress(indicator, indicator.measurements) })),
    completeness: chainCompleteness(chain.nodes, chain.links),
    cost: costPerResult(chain.nodes, chain.links, Object.fromEntries(chain.nodes.map((n) => [n.id, n.quantity]))),
    partners: stored.partners,
    organisations: stored.organisations,
    terms: stored.terms,
  };
}

/** A pact's agenda with everything in it, for whoever may edit the pact. */
export async function getAgenda(ctx: ServiceContext, pactId: string): Promise<Agenda> {
  assertCanEditPact(ctx, pactId);
  const pact = await findAgendaPact(ctx.db, { id: pactId }, EVERYTHING);
  if (!pact) throw notFound(PACT_NOT_FOUND);
  return loadAgenda(ctx.db, pact);
}

/**
 * A published pact's agenda for the public. The agenda holds no internal-only fields, so the
 * shape and content are those editors see; drafts and archived pacts are simply not found.
 */
export async function getPublicAgenda(ctx: Pick<Context, "db">, slug: string): Promise<Agenda> {
  const pact = await findAgendaPact(ctx.db, { slug }, PUBLIC);
  if (!pact) throw notFound(PUBLIC_NOT_FOUND);
  // Latest approved values and a bounded series per indicator; the rest by pact.indicatorSeries.
  return loadAgenda(ctx.db, pact, "public");
}

async function loadIssue(db: Executor, pactId: string, issueId: string): Promise<AgendaIssue> {
  const pact = (await findAgendaPact(db, { id: pactId }, EVERYTHING))!;
  return (await loadAgenda(db, pact)).issues.find((i) => i.id === issueId)!;
}

// ─── Shared checks ───────────────────────────────────────────────────────────────────────

const termWords: Record<TaxonomyKind, string> = {
  theme: "thema's uit de lijst met thema's",
  result_domain: "een resultaatdomein",
  result_area: "een resultaatgebied",
  target_group: "een doelgroep",
  effect_category: "een effectcategorie",
};

/** Terms of the given kind that are in use; a retired term may stay where it already was (`keep`). */
export async function assertTerms(db: Executor, field: string, ids: readonly string[], kind: TaxonomyKind, keep: readonly string[] = []): Promise<void> {
  const found = new Map((await findTerms(db, ids)).map((t) => [t.id, t]));
  for (const id of ids) {
    const term = found.get(id);
    if (!term || term.kind !== kind) throw fieldError(field, `Kies ${termWords[kind]}.`);
    if (term.retired && !keep.includes(id)) throw fieldError(field, `Deze term is niet meer in gebruik; kies ${termWords[kind]}.`);
  }
}

// ─── Issues ──────────────────────────────────────────────────────────────────────────────

const unique = (ids: readonly string[]) => [...new Set(ids)];

export async function createIssue(ctx: ServiceContext, input: IssueCreateInput): Promise<AgendaIssue> {
  noteRecord(ctx, "agenda_issue", null);
  const themeIds = unique(input.themeIds);
  return mutate(ctx, async (trx) => {
    await editablePact(ctx, trx, input.pactId);
    await assertTerms(trx, "themeIds", themeIds, "theme");
    const id = await insertIssue(trx, { pactId: input.pactId, title: input.title, description: input.description });
    await replaceIssueThemes(trx, id, themeIds);
    ctx.audit.objectId = id;
    ctx.audit.changes = { after: { title: input.title, description: input.description, themeIds } };
    return loadIssue(trx, input.pactId, id);
  });
}

export async function updateIssue(ctx: ServiceContext, input: IssueUpdateInput): Promise<AgendaIssue> {
  noteRecord(ctx, "agenda_issue", input.id);
  return mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findIssue(trx, input.id), ISSUE_NOT_FOUND);
    const themeIds = unique(input.themeIds ?? before.themeIds);
    await assertTerms(trx, "themeIds", themeIds, "theme", before.themeIds);
    const fields = { title: input.title, description: input.description ?? before.description, sortOrder: input.sortOrder ?? before.sortOrder };
    if (!(await updateIssueRow(trx, input.id, input.version, fields))) throw staleVersion();
    await replaceIssueThemes(trx, input.id, themeIds);
    ctx.audit.changes = changedFields(
      { title: before.title, description: before.description, sortOrder: before.sortOrder, themeIds: [...before.themeIds].sort() },
      { ...fields, themeIds: [...themeIds].sort() },
    );
    return loadIssue(trx, before.pactId, input.id);
  });
}

/** Only an issue without chain nodes can go: nodes are never deleted as a side effect. */
export async function deleteIssue(ctx: ServiceContext, input: RecordVersionInput): Promise<void> {
  noteRecord(ctx, "agenda_issue", input.id);
  await mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findIssue(trx, input.id), ISSUE_NOT_FOUND);
    const nodes = await countIssueNodes(trx, input.id);
    if (nodes > 0) {
      throw badRequest(
        `Dit vraagstuk heeft nog ${nodes === 1 ? "een ketenelement" : `${nodes} ketenelementen`}. Verplaats of verwijder die eerst; daarna kun je het vraagstuk verwijderen.`,
      );
    }
    if (!(await deleteIssueRow(trx, input.id, input.version))) throw staleVersion();
    ctx.audit.changes = {
      before: { title: before.title, description: before.description, themeIds: before.themeIds, organisationIds: before.organisationIds },
    };
  });
}

/** Replaces the issue's coalition; every member must be a partner of the pact. */
export async function setCoalition(ctx: ServiceContext, input: CoalitionSetInput): Promise<AgendaIssue> {
  noteRecord(ctx, "agenda_issue", input.issueId);
  const organisationIds = unique(input.organisationIds);
  return mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findIssue(trx, input.issueId), ISSUE_NOT_FOUND);
    const partners = await partnerIdsOf(trx, before.pactId);
    const outsiders = organisationIds.filter((id) => !partners.has(id));
    if (outsiders.length > 0) {
      throw fieldError(
        "organisationIds",
        `Een coalitie bestaat uit partners van het zorgpact; ${outsiders.length === 1 ? "een gekozen organisatie is" : `${outsiders.length} gekozen organisaties zijn`} geen partner.`,
      );
    }
    if (!(await updateIssueRow(trx, input.issueId, input.version, {}))) throw staleVersion();
    await replaceCoalition(trx, input.issueId, organisationIds);
    ctx.audit.changes = changedFields({ organisationIds: [...before.organisationIds].sort() }, { organisationIds: [...organisationIds].sort() });
    return loadIssue(trx, before.pactId, input.issueId);
  });
}

// ─── Ambitions ───────────────────────────────────────────────────────────────────────────

function toAmbition({ pactId: _p, pactArchived: _a, ...ambition }: Ambition & { pactId: string; pactArchived: boolean }): Ambition {
  return ambition;
}

export async function addAmbition(ctx: ServiceContext, input: AmbitionAddInput): Promise<Ambition> {
  noteRecord(ctx, "ambition", null);
  return mutate(ctx, async (trx) => {
    editableRecord(ctx, await findIssue(trx, input.issueId), ISSUE_NOT_FOUND);
    const id = await insertAmbition(trx, { issueId: input.issueId, statement: input.statement });
    ctx.audit.objectId = id;
    ctx.audit.changes = { after: { issueId: input.issueId, statement: input.statement } };
    return toAmbition((await findAmbition(trx, id))!);
  });
}

export async function updateAmbition(ctx: ServiceContext, input: AmbitionUpdateInput): Promise<Ambition> {
  noteRecord(ctx, "ambition", input.id);
  return mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findAmbition(trx, input.id), AMBITION_NOT_FOUND);
    const fields = { statement: input.statement, sortOrder: input.sortOrder ?? before.sortOrder };
    if (!(await updateAmbitionRow(trx, input.id, input.version, fields))) throw staleVersion();
    ctx.audit.changes = changedFields({ statement: before.statement, sortOrder: before.sortOrder }, fields);
    return toAmbition((await findAmbition(trx, input.id))!);
  });
}

export async function deleteAmbition(ctx: ServiceContext, input: RecordVersionInput): Promise<void> {
  noteRecord(ctx, "ambition", input.id);
  await mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findAmbition(trx, input.id), AMBITION_NOT_FOUND);
    if (!(await deleteAmbitionRow(trx, input.id, input.version))) throw staleVersion();
    ctx.audit.changes = { before: { issueId: before.issueId, statement: before.statement } };
  });
}
