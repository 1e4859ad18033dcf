import { findIssue, partnerIdsOf } from "@zorgpact/db/repositories/agenda.repository";
import {
  countNodeDependents,
  deleteChainLink,
  deleteChainNode,
  findNode,
  findNodes,
  indicatorIdsOfNode,
  insertChainLink,
  insertChainNode,
  linkExists,
  updateChainNode,
  type NodeRecord,
} from "@zorgpact/db/repositories/chain.repository";
import { evidenceStorageKeysUnder } from "@zorgpact/db/repositories/evidence.repository";
import { regulationExists } from "@zorgpact/db/repositories/regulation.repository";
import {
  linkRefusalMessage,
  nodeStoredFields,
  type AgendaNode,
  type LinkInput,
  type NodeCreateInput,
  type NodeStoredFields,
  type NodeUpdateInput,
  type RecordVersionInput,
} from "@zorgpact/domain/agenda";
import { changedFields } from "@zorgpact/domain/audit";
import { checkLink } from "@zorgpact/domain/effect-chain";
import { conflict, fieldError, notFound, staleVersion } from "../errors.ts";
import { assertTerms } from "./agenda.service.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { removeStoredObjects } from "./evidence.service.ts";
import { editableRecord } from "./guards.ts";
import { assertMayDeleteMeasurementsUnder, type GuardedDeleteMessages } from "./indicator.service.ts";

const ISSUE_NOT_FOUND = "Dit vraagstuk bestaat niet.";
const NODE_NOT_FOUND = "Dit ketenelement bestaat niet.";
const LINK_NOT_FOUND = "Deze verbinding bestaat niet.";
const LINK_EXISTS = "Deze verbinding bestaat al.";

function toNode({ pactId: _p, pactArchived: _a, ...node }: NodeRecord): AgendaNode {
  return node;
}

/**
 * The references a node makes, checked against the pact: an activity's owner is a partner, a
 * result names a result area and an effect an effect category, an input's regeling exists. What
 * the node already had may stay (`before`), so an old node can be edited after its owner left or
 * its term retired.
 */
async function assertReferences(db: Executor, pactId: string, fields: NodeStoredFields, before?: NodeRecord): Promise<void> {
  if (fields.kind === "activity" && fields.ownerOrganisationId !== before?.ownerOrganisationId) {
    const partners = await partnerIdsOf(db, pactId);
    if (!partners.has(fields.ownerOrganisationId!)) throw fieldError("ownerOrganisationId", "Kies als eigenaar een partner van dit zorgpact.");
  }
  if (fields.regulationId && fields.regulationId !== before?.regulationId && !(await regulationExists(db, fields.regulationId))) {
    throw fieldError("regulationId", "Deze regeling bestaat niet (meer).");
  }
  const keep = before?.termId ? [before.termId] : [];
  if (fields.kind === "result") await assertTerms(db, "termId", [fields.termId!], "result_area", keep);
  if (fields.kind === "effect") await assertTerms(db, "termId", [fields.termId!], "effect_category", keep);
}

/** The issue a node goes under: it exists and belongs to the given pact (or, when creating, decides the pact). */
async function issueOfPact(ctx: ServiceContext, db: Executor, issueId: string, pactId?: string) {
  const issue = await findIssue(db, issueId);
  if (pactId === undefined) return editableRecord(ctx, issue, ISSUE_NOT_FOUND);
  if (!issue || issue.pactId !== pactId) throw fieldError("issueId", "Kies een vraagstuk van hetzelfde zorgpact.");
  return issue;
}

export async function createNode(ctx: ServiceContext, input: NodeCreateInput): Promise<AgendaNode> {
  noteRecord(ctx, "chain_node", null);
  const fields = nodeStoredFields(input);
  return mutate(ctx, async (trx) => {
    const issue = await issueOfPact(ctx, trx, input.issueId);
    await assertReferences(trx, issue.pactId, fields);
    const id = await insertChainNode(trx, issue.pactId, issue.id, fields);
    ctx.audit.objectId = id;
    ctx.audit.changes = { after: { issueId: issue.id, ...fields } };
    return toNode((await findNode(trx, id))!);
  });
}

export async function updateNode(ctx: ServiceContext, input: NodeUpdateInput): Promise<AgendaNode> {
  noteRecord(ctx, "chain_node", input.id);
  const { kind: _kind, ...fields } = nodeStoredFields(input);
  return mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findNode(trx, input.id), NODE_NOT_FOUND);
    if (before.kind !== input.kind) {
      throw fieldError("kind", "Het soort ketenelement verandert niet, want de verbindingen hangen ervan af. Maak een nieuw element en verwijder dit.");
    }
    const issueId = input.issueId ?? before.issueId;
    if (input.issueId !== undefined && input.issueId !== before.issueId) await issueOfPact(ctx, trx, input.issueId, before.pactId);
    await assertReferences(trx, before.pactId, { kind: input.kind, ...fields }, before);
    const after = { issueId, ...fields };
    if (!(await updateChainNode(trx, input.id, input.version, after))) throw staleVersion();
    const { id: _id, kind: _k, version: _v, pactId: _p, pactArchived: _a, ...beforeFields } = before;
    ctx.audit.changes = changedFields(beforeFields, after);
    return toNode((await findNode(trx, input.id))!);
  });
}

const NODE_WITH_GUARDED_MEASUREMENTS: GuardedDeleteMessages = {
  public:
    "Onder dit ketenelement staan indicatoren met openbare metingen. Alleen het landelijk team verwijdert een ketenelement met openbare metingen; vraag het landelijk team.",
  locked:
    "Onder dit ketenelement staan indicatoren met metingen in een vergrendelde periode. Alleen het landelijk team verwijdert een ketenelement met vergrendelde metingen; vraag het landelijk team.",
};

/**
 * Deletes a node with its links, indicators and measurements; the audit trail notes how many went.
 * Public or locked measurements under it go only by the national team's hand, as with an indicator.
 */
export async function deleteNode(ctx: ServiceContext, input: RecordVersionInput): Promise<void> {
  noteRecord(ctx, "chain_node", input.id);
  // The evidence rows go with the measurements (cascade); their files are removed once that is committed.
  const storageKeys = await mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findNode(trx, input.id), NODE_NOT_FOUND);
    await assertMayDeleteMeasurementsUnder(ctx, trx, { nodeId: input.id }, NODE_WITH_GUARDED_MEASUREMENTS);
    const dependents = await countNodeDependents(trx, input.id);
    const keys: string[] = [];
    for (const indicatorId of await indicatorIdsOfNode(trx, input.id)) keys.push(...(await evidenceStorageKeysUnder(trx, { indicatorId })));
    if (!(await deleteChainNode(trx, input.id, input.version))) throw staleVersion();
    const { pactId: _p, pactArchived: _a, version: _v, ...fields } = before;
    ctx.audit.changes = { before: { ...fields, ...dependents } };
    return keys;
  });
  await removeStoredObjects(ctx, storageKeys);
}

/** Links only input → activity → result → effect, within one pact; anything else is refused saying why. */
export async function linkNodes(ctx: ServiceContext, input: LinkInput): Promise<LinkInput> {
  noteRecord(ctx, "chain_link", `${input.fromId}->${input.toId}`);
  return mutate(
    ctx,
    async (trx) => {
      const nodes = await findNodes(trx, [input.fromId, input.toId]);
      const from = editableRecord(
        ctx,
        nodes.find((n) => n.id === input.fromId),
        NODE_NOT_FOUND,
      );
      const to = nodes.find((n) => n.id === input.toId);
      if (!to || to.pactArchived) throw notFound(NODE_NOT_FOUND);
      if (to.pactId !== from.pactId) throw fieldError("toId", "Je kunt alleen ketenelementen van hetzelfde zorgpact verbinden.");
      if (input.fromId === input.toId) throw fieldError("toId", linkRefusalMessage("self_link", from.kind, to.kind));
      const check = checkLink(from.kind, to.kind);
      if (!check.allowed) throw fieldError("toId", linkRefusalMessage(check.reason, from.kind, to.kind));
      if (await linkExists(trx, input)) throw conflict(LINK_EXISTS);
      await insertChainLink(trx, input);
      ctx.audit.changes = { after: { fromId: input.fromId, toId: input.toId } };
      return { fromId: input.fromId, toId: input.toId };
    },
    // Two editors linking the same pair at once: the second hears it exists.
    { onUniqueViolation: () => conflict(LINK_EXISTS) },
  );
}

export async function unlinkNodes(ctx: ServiceContext, input: LinkInput): Promise<void> {
  noteRecord(ctx, "chain_link", `${input.fromId}->${input.toId}`);
  await mutate(ctx, async (trx) => {
    editableRecord(ctx, await findNode(trx, input.fromId), LINK_NOT_FOUND);
    if (!(await deleteChainLink(trx, input))) throw notFound(LINK_NOT_FOUND);
    ctx.audit.changes = { before: { fromId: input.fromId, toId: input.toId } };
  });
}
