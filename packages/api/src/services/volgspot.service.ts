import { findAgendaPact } from "@zorgpact/db/repositories/agenda.repository";
import { listPartners } from "@zorgpact/db/repositories/organisation.repository";
import { PUBLIC } from "@zorgpact/db/repositories/visibility";
import {
  agreementsDueBefore,
  countHeld,
  deleteAgreementRow,
  findAgreement,
  findVolgspot,
  findVolgspotPact,
  insertAgreement,
  insertVolgspot,
  latestHeldYear,
  listAgreements,
  listRevisions,
  listVolgspotsOfPact,
  nextRevision,
  openAgreementCounts,
  openAgreementsBefore,
  regionalPacts,
  replaceParticipants,
  replaceResults,
  resultNodesOf,
  supersedeAccepted,
  themesOf,
  updateAgreementRow,
  updateVolgspotRow,
  volgspotsOfYears,
  type StoredAgreement,
  type StoredVolgspot,
  type VolgspotContent as StoredContent,
} from "@zorgpact/db/repositories/volgspot.repository";
import { changedFields } from "@zorgpact/domain/audit";
import { canEditPact, isNationalAdmin } from "@zorgpact/domain/permission";
import { amsterdamDate } from "@zorgpact/domain/reminder";
import {
  agreementOverdue,
  countFactors,
  openStatuses,
  statusAfter,
  submissionIssues,
  volgspotActions,
  volgspotDueOn,
  workflowRefusal,
  yearState,
  type Agreement,
  type AgreementAddInput,
  type AgreementRemoveInput,
  type AgreementStatusInput,
  type AgreementUpdateInput,
  type VolgspotContent,
  type VolgspotGetInput,
  type VolgspotMonitor,
  type VolgspotOverview,
  type VolgspotPactList,
  type VolgspotPublicSummary,
  type VolgspotRecordInput,
  type VolgspotReturnInput,
  type VolgspotRevision,
  type VolgspotStepInput,
  type VolgspotUpdateInput,
  type VolgspotYearView,
} from "@zorgpact/domain/volgspot";
import { assertCanEditPact, currentUserId } from "../access.ts";
import type { Context } from "../context.ts";
import { conflict, fieldError, fieldErrors, notFound, staleVersion } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { editablePact, editableRecord, PACT_NOT_FOUND } from "./guards.ts";

/**
 * The Volgspot's use cases: recording a pact's yearly reflection, its workflow (draft → submitted
 * → accepted | returned; a correction of an accepted one is a new revision), its agreements, the
 * national monitoring view and what the public sees.
 */

const VOLGSPOT_NOT_FOUND = "Deze Volgspot bestaat niet.";
const AGREEMENT_NOT_FOUND = "Deze afspraak bestaat niet.";
export const AGREEMENT_LOCKED =
  "Deze afspraak hoort bij een geaccepteerde Volgspot en staat vast. De status kun je wel bijwerken; wil je de afspraak zelf corrigeren, maak dan een nieuwe revisie van de Volgspot.";
const NOT_REGIONAL = "Een Volgspot houden de regionale zorgpacten; dit is geen regionaal zorgpact.";

const today = (ctx: Pick<Context, "now">) => amsterdamDate(ctx.now());
const yearOf = (date: string) => Number(date.slice(0, 4));

// ─── Shapes ──────────────────────────────────────────────────────────────────────────────

function toRevision(stored: StoredVolgspot): VolgspotRevision {
  const { participantIds, pactArchived: _archived, createdAt: _created, ...rest } = stored;
  return { ...rest, participantOrganisationIds: participantIds };
}

function toAgreement(stored: StoredAgreement, day: string): Agreement {
  const { sortOrder: _sortOrder, ...rest } = stored;
  return { ...rest, overdue: agreementOverdue(stored, day) };
}

/** The fields of a revision that the form edits, for storing and for the audit trail. */
function storedContent(input: VolgspotContent): StoredContent {
  const { heldOn, report, actionsAnswer, positionAnswer, factorsAnswer, newCollaborations, collaborationsNote, themesNote } = input;
  const { successFactors, failureFactors, guestNames } = input;
  return {
    heldOn,
    report,
    actionsAnswer,
    positionAnswer,
    factorsAnswer,
    newCollaborations,
    collaborationsNote,
    themesNote,
    successFactors,
    failureFactors,
    guestNames,
  };
}

/** A stored revision's content in the form's shape. */
function contentOf(stored: StoredVolgspot): VolgspotContent {
  const { heldOn, report, actionsAnswer, positionAnswer, factorsAnswer, newCollaborations, collaborationsNote, themesNote } = stored;
  const { successFactors, failureFactors, guestNames, participantIds, results } = stored;
  return {
    ...{ heldOn, report, actionsAnswer, positionAnswer, factorsAnswer, newCollaborations, collaborationsNote, themesNote },
    ...{ successFactors, failureFactors, guestNames, results },
    participantOrganisationIds: participantIds,
  };
}

/** The content as the audit trail records it (participants sorted, so order alone is no change). */
function auditContent(content: VolgspotContent): Record<string, unknown> {
  const { heldOn, report, actionsAnswer, positionAnswer, factorsAnswer, newCollaborations, collaborationsNote, themesNote } = content;
  const { successFactors, failureFactors, guestNames, results } = content;
  return {
    ...{ heldOn, report, actionsAnswer, positionAnswer, factorsAnswer, newCollaborations, collaborationsNote, themesNote },
    ...{ successFactors, failureFactors, guestNames, results },
    participantOrganisationIds: [...content.participantOrganisationIds].sort(),
  };
}

// ─── Checks ──────────────────────────────────────────────────────────────────────────────

/** Participants and agreement owners are partners of the pact; results are its result and effect nodes. */
async function assertContentFits(db: Executor, pactId: string, input: Pick<VolgspotContent, "participantOrganisationIds" | "results">): Promise<void> {
  if (input.participantOrganisationIds.length > 0) {
    const partners = new Set((await listPartners(db, pactId)).map((p) => p.id));
    if (input.participantOrganisationIds.some((id) => !partners.has(id))) {
      throw fieldError("participantOrganisationIds", "Kies deelnemende organisaties uit de partners van het zorgpact; voeg anderen toe als naam.");
    }
  }
  if (input.results.length > 0) {
    const nodes = new Set((await resultNodesOf(db, pactId)).map((n) => n.id));
    if (input.results.some((r) => !nodes.has(r.nodeId))) {
      throw fieldError("results", "Kies resultaten en effecten uit de effectketen van dit zorgpact.");
    }
  }
}

async function assertOwnerIsPartner(db: Executor, pactId: string, ownerId: string): Promise<void> {
  const partners = await listPartners(db, pactId);
  if (!partners.some((p) => p.id === ownerId)) throw fieldError("ownerOrganisationId", "Kies een partnerorganisatie van het zorgpact als eigenaar.");
}

function refuse(refusal: string | null): void {
  if (refusal) throw conflict(refusal);
}

/** The revision that decides whether a year's agreements may change: the newest one. */
async function newestRevision(db: Executor, pactId: string, year: number): Promise<StoredVolgspot | undefined> {
  return (await listRevisions(db, pactId, year))[0];
}

async function assertAgreementsEditable(db: Executor, pactId: string, year: number): Promise<StoredVolgspot> {
  const newest = await newestRevision(db, pactId, year);
  if (!newest) throw notFound(VOLGSPOT_NOT_FOUND);
  // Lock the revision so a submission cannot slip in between this check and the write.
  await findVolgspot(db, newest.id, true);
  const refusal = workflowRefusal(newest.status, "edit");
  if (refusal) throw conflict(newest.status === "accepted" ? AGREEMENT_LOCKED : refusal);
  return newest;
}

function uniqueYear(year: number) {
  return () => fieldError("year", `Voor ${year} is al een Volgspot vastgelegd. Open die om verder te werken.`);
}

// ─── Reading ─────────────────────────────────────────────────────────────────────────────

async function previousHeldOn(db: Executor, pactId: string, year: number): Promise<string | null> {
  return (await listRevisions(db, pactId, year - 1)).find((r) => r.status === "accepted")?.heldOn ?? null;
}

/** A pact's Volgspot years and its open agreements, for whoever may edit the pact. */
export async function listPactVolgspots(ctx: ServiceContext, pactId: string): Promise<VolgspotPactList> {
  assertCanEditPact(ctx, pactId);
  const pact = await findVolgspotPact(ctx.db, pactId);
  if (!pact) throw notFound(PACT_NOT_FOUND);
  const [revisions, agreements] = await Promise.all([listVolgspotsOfPact(ctx.db, pactId), listAgreements(ctx.db, pactId)]);
  const day = today(ctx);
  const years = [...new Set(revisions.map((r) => r.year))].map((year) => {
    const ofYear = revisions.filter((r) => r.year === year);
    const shown = ofYear.find((r) => openStatuses.includes(r.status)) ?? ofYear.find((r) => r.status === "accepted") ?? ofYear[0]!;
    return {
      year,
      heldOn: shown.heldOn,
      status: shown.status,
      revision: shown.revision,
      held: ofYear.some((r) => r.status === "accepted"),
      openAgreements: agreements.filter((a) => a.year === year && a.status === "open").length,
    };
  });
  return {
    pact: { id: pact.id, slug: pact.slug, name: pact.name, kind: pact.kind },
    years,
    openAgreements: agreements.filter((a) => a.status === "open").map((a) => toAgreement(a, day)),
    mayRecord: pact.kind === "regional_pact" && pact.archivedAt === null,
  };
}

/** One year of a pact's Volgspot: the revision to work in, the accepted one, agreements and what the platform knows. */
export async function getVolgspotYear(ctx: ServiceContext, input: VolgspotGetInput): Promise<VolgspotYearView> {
  assertCanEditPact(ctx, input.pactId);
  const pact = await findVolgspotPact(ctx.db, input.pactId);
  if (!pact) throw notFound(PACT_NOT_FOUND);
  const revisions = await listRevisions(ctx.db, input.pactId, input.year);
  if (revisions.length === 0) throw notFound(`Voor ${input.year} is nog geen Volgspot vastgelegd.`);
  const open = revisions.find((r) => openStatuses.includes(r.status));
  const accepted = revisions.find((r) => r.status === "accepted") ?? null;
  const current = open ?? accepted ?? revisions[0]!;
  const day = today(ctx);
  const [agreements, carriedOver, partners, themes, resultNodes, previous] = await Promise.all([
    listAgreements(ctx.db, input.pactId, [input.year]),
    openAgreementsBefore(ctx.db, input.pactId, input.year),
    listPartners(ctx.db, input.pactId),
    themesOf(ctx.db, input.pactId),
    resultNodesOf(ctx.db, input.pactId),
    previousHeldOn(ctx.db, input.pactId, input.year),
  ]);
  const caller = { nationalTeam: isNationalAdmin(ctx.actor), mayEditPact: canEditPact(ctx.actor, input.pactId) && pact.archivedAt === null };
  return {
    pact: { id: pact.id, slug: pact.slug, name: pact.name },
    year: input.year,
    dueOn: volgspotDueOn(input.year, previous),
    current: toRevision(current),
    accepted: open && accepted ? toRevision(accepted) : null,
    revisions: revisions.map((r) => ({
      id: r.id,
      revision: r.revision,
      status: r.status,
      heldOn: r.heldOn,
      decidedAt: r.decidedAt,
      submittedAt: r.submittedAt,
    })),
    actions: volgspotActions(current.status, caller, open !== undefined),
    agreements: agreements.map((a) => toAgreement(a, day)),
    carriedOver: carriedOver.map((a) => toAgreement(a, day)),
    known: {
      partners: partners.map((p) => ({ id: p.id, name: p.name, sector: p.sector, role: p.role })),
      themes,
      resultNodes,
    },
  };
}

// ─── Recording and editing ───────────────────────────────────────────────────────────────

/** Creates the year's Volgspot (a draft, revision 1) for a regional pact. */
export async function recordVolgspot(ctx: ServiceContext, input: VolgspotRecordInput): Promise<VolgspotRevision> {
  const year = input.year ?? yearOf(input.heldOn);
  noteRecord(ctx, "volgspot", null, input.pactId);
  return mutate(
    ctx,
    async (trx) => {
      const pact = await editablePact(ctx, trx, input.pactId);
      if (pact.kind !== "regional_pact") throw fieldError("pactId", NOT_REGIONAL);
      if ((await listRevisions(trx, input.pactId, year)).length > 0) throw uniqueYear(year)();
      await assertContentFits(trx, input.pactId, input);
      const id = await insertVolgspot(trx, { ...storedContent(input), pactId: input.pactId, year, revision: 1, createdBy: currentUserId(ctx) });
      await replaceParticipants(trx, id, input.participantOrganisationIds);
      await replaceResults(trx, id, input.results);
      ctx.audit.objectId = id;
      ctx.audit.changes = { after: { year, revision: 1, status: "draft", ...auditContent(input) } };
      return toRevision((await findVolgspot(trx, id))!);
    },
    { onUniqueViolation: uniqueYear(year) },
  );
}

export async function updateVolgspot(ctx: ServiceContext, input: VolgspotUpdateInput): Promise<VolgspotRevision> {
  noteRecord(ctx, "volgspot", input.id);
  return mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findVolgspot(trx, input.id, true), VOLGSPOT_NOT_FOUND);
    refuse(workflowRefusal(before.status, "edit"));
    if (yearOf(input.heldOn) !== before.year) throw fieldError("heldOn", `Kies een datum in ${before.year}, het jaar van deze Volgspot.`);
    await assertContentFits(trx, before.pactId, input);
    if (!(await updateVolgspotRow(trx, input.id, input.version, storedContent(input), ctx.now()))) throw staleVersion();
    await replaceParticipants(trx, input.id, input.participantOrganisationIds);
    await replaceResults(trx, input.id, input.results);
    ctx.audit.changes = changedFields(auditContent(contentOf(before)), auditContent(input));
    return toRevision((await findVolgspot(trx, input.id))!);
  });
}

// ─── Workflow ────────────────────────────────────────────────────────────────────────────

/** The editors hand the Volgspot to the national team; it must be complete (see `submissionIssues`). */
export async function submitVolgspot(ctx: ServiceContext, input: VolgspotStepInput): Promise<VolgspotRevision> {
  noteRecord(ctx, "volgspot", input.id);
  return mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findVolgspot(trx, input.id, true), VOLGSPOT_NOT_FOUND);
    refuse(workflowRefusal(before.status, "submit"));
    if (before.version !== input.version) throw staleVersion();
    const issues = submissionIssues({ ...before, participantOrganisationIds: before.participantIds }, today(ctx));
    if (issues.length > 0) throw fieldErrors(issues, "De Volgspot is nog niet compleet; vul de gemarkeerde velden aan en dien hem dan in.");
    const at = ctx.now().toISOString();
    const fields = { status: statusAfter.submit, submittedAt: at, submittedBy: currentUserId(ctx) };
    if (!(await updateVolgspotRow(trx, input.id, input.version, fields, ctx.now()))) throw staleVersion();
    ctx.audit.changes = { before: { status: before.status }, after: { status: fields.status } };
    return toRevision((await findVolgspot(trx, input.id))!);
  });
}

/** The national team accepts: the revision is locked, and a correction it replaces becomes history. */
export async function acceptVolgspot(ctx: ServiceContext, input: VolgspotStepInput): Promise<VolgspotRevision> {
  noteRecord(ctx, "volgspot", input.id);
  return mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findVolgspot(trx, input.id, true), VOLGSPOT_NOT_FOUND);
    refuse(workflowRefusal(before.status, "accept"));
    if (before.version !== input.version) throw staleVersion();
    await supersedeAccepted(trx, before.pactId, before.year, ctx.now());
    const fields = { status: statusAfter.accept, decidedAt: ctx.now().toISOString(), decidedBy: currentUserId(ctx), returnComment: null };
    if (!(await updateVolgspotRow(trx, input.id, input.version, fields, ctx.now()))) throw staleVersion();
    ctx.audit.changes = { before: { status: before.status }, after: { status: fields.status } };
    return toRevision((await findVolgspot(trx, input.id))!);
  });
}

/** The national team sends it back with a comment; the editors can change it again. */
export async function returnVolgspot(ctx: ServiceContext, input: VolgspotReturnInput): Promise<VolgspotRevision> {
  noteRecord(ctx, "volgspot", input.id);
  return mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findVolgspot(trx, input.id, true), VOLGSPOT_NOT_FOUND);
    refuse(workflowRefusal(before.status, "return"));
    const fields = { status: statusAfter.return, decidedAt: ctx.now().toISOString(), decidedBy: currentUserId(ctx), returnComment: input.comment };
    if (!(await updateVolgspotRow(trx, input.id, input.version, fields, ctx.now()))) throw staleVersion();
    ctx.audit.changes = { before: { status: before.status }, after: { status: fields.status, returnComment: input.comment } };
    return toRevision((await findVolgspot(trx, input.id))!);
  });
}

/**
 * A correction of an accepted Volgspot: a new draft revision with the same content. The accepted
 * one is not touched (it stays the year's Volgspot until the correction is accepted).
 */
export async function reviseVolgspot(ctx: ServiceContext, input: VolgspotStepInput): Promise<VolgspotRevision> {
  noteRecord(ctx, "volgspot", input.id);
  return mutate(
    ctx,
    async (trx) => {
      const accepted = editableRecord(ctx, await findVolgspot(trx, input.id, true), VOLGSPOT_NOT_FOUND);
      refuse(workflowRefusal(accepted.status, "revise"));
      if (accepted.version !== input.version) throw staleVersion();
      const revisions = await listRevisions(trx, accepted.pactId, accepted.year);
      if (revisions.some((r) => openStatuses.includes(r.status)))
        throw conflict(`Voor ${accepted.year} is al een nieuwe revisie in de maak; werk daarin verder.`);
      const revision = await nextRevision(trx, accepted.pactId, accepted.year);
      const { pactId, year } = accepted;
      const content = contentOf(accepted);
      const id = await insertVolgspot(trx, { ...storedContent(content), pactId, year, revision, createdBy: currentUserId(ctx) });
      await replaceParticipants(trx, id, content.participantOrganisationIds);
      await replaceResults(trx, id, content.results);
      ctx.audit.objectId = id;
      ctx.audit.changes = { before: { revisionOf: accepted.id, revision: accepted.revision }, after: { revision, status: "draft" } };
      return toRevision((await findVolgspot(trx, id))!);
    },
    { onUniqueViolation: () => conflict("Iemand maakte intussen al een nieuwe revisie. Laad de pagina opnieuw.") },
  );
}

// ─── Agreements ──────────────────────────────────────────────────────────────────────────

export async function addAgreement(ctx: ServiceContext, input: AgreementAddInput): Promise<Agreement> {
  noteRecord(ctx, "volgspot_agreement", null);
  return mutate(ctx, async (trx) => {
    const volgspot = editableRecord(ctx, await findVolgspot(trx, input.volgspotId, true), VOLGSPOT_NOT_FOUND);
    refuse(workflowRefusal(volgspot.status, "edit"));
    await assertOwnerIsPartner(trx, volgspot.pactId, input.ownerOrganisationId);
    if (input.dueOn < volgspot.heldOn) throw fieldError("dueOn", "Kies een streefdatum op of na de dag van de Volgspot.");
    const fields = { pactId: volgspot.pactId, year: volgspot.year, text: input.text, ownerOrganisationId: input.ownerOrganisationId, dueOn: input.dueOn };
    const id = await insertAgreement(trx, fields);
    ctx.audit.objectId = id;
    ctx.audit.changes = { after: fields };
    return toAgreement((await findAgreement(trx, id))!, today(ctx));
  });
}

/** Text, owner and due date: part of the Volgspot, so only while its newest revision is a draft. */
export async function updateAgreement(ctx: ServiceContext, input: AgreementUpdateInput): Promise<Agreement> {
  noteRecord(ctx, "volgspot_agreement", input.id);
  return mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findAgreement(trx, input.id), AGREEMENT_NOT_FOUND);
    const volgspot = await assertAgreementsEditable(trx, before.pactId, before.year);
    await assertOwnerIsPartner(trx, before.pactId, input.ownerOrganisationId);
    if (input.dueOn < volgspot.heldOn) throw fieldError("dueOn", "Kies een streefdatum op of na de dag van de Volgspot.");
    const fields = { text: input.text, ownerOrganisationId: input.ownerOrganisationId, dueOn: input.dueOn };
    if (!(await updateAgreementRow(trx, input.id, input.version, fields, ctx.now()))) throw staleVersion();
    ctx.audit.changes = changedFields({ text: before.text, ownerOrganisationId: before.ownerOrganisationId, dueOn: before.dueOn }, fields);
    return toAgreement((await findAgreement(trx, input.id))!, today(ctx));
  });
}

/**
 * Open, done or dropped (with a reason). The status is follow-up, not part of the report: it may
 * change after the Volgspot is accepted, typically when next year's Volgspot reviews it.
 */
export async function setAgreementStatus(ctx: ServiceContext, input: AgreementStatusInput): Promise<Agreement> {
  noteRecord(ctx, "volgspot_agreement", input.id);
  return mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findAgreement(trx, input.id), AGREEMENT_NOT_FOUND);
    const fields =
      input.status === "open"
        ? { status: input.status, statusReason: null, statusChangedOn: null }
        : { status: input.status, statusReason: input.status === "dropped" ? input.reason : null, statusChangedOn: today(ctx) };
    if (!(await updateAgreementRow(trx, input.id, input.version, fields, ctx.now()))) throw staleVersion();
    ctx.audit.changes = changedFields(
      { status: before.status, statusReason: before.statusReason },
      { status: fields.status, statusReason: fields.statusReason },
    );
    return toAgreement((await findAgreement(trx, input.id))!, today(ctx));
  });
}

export async function removeAgreement(ctx: ServiceContext, input: AgreementRemoveInput): Promise<void> {
  noteRecord(ctx, "volgspot_agreement", input.id);
  await mutate(ctx, async (trx) => {
    const before = editableRecord(ctx, await findAgreement(trx, input.id), AGREEMENT_NOT_FOUND);
    await assertAgreementsEditable(trx, before.pactId, before.year);
    if (!(await deleteAgreementRow(trx, input.id, input.version))) throw staleVersion();
    ctx.audit.changes = { before: { year: before.year, text: before.text, ownerOrganisationId: before.ownerOrganisationId, dueOn: before.dueOn } };
  });
}

// ─── Across pacts ────────────────────────────────────────────────────────────────────────

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The national team's view of a year: per regional pact held, waiting, due or overdue; agreements past due; factors. */
export async function volgspotMonitor(ctx: Pick<Context, "db" | "now">, year: number): Promise<VolgspotMonitor> {
  const day = today(ctx);
  const [pacts, revisions, counts, dueAgreements] = await Promise.all([
    regionalPacts(ctx.db, false),
    volgspotsOfYears(ctx.db, [year - 1, year]),
    openAgreementCounts(ctx.db, day),
    agreementsDueBefore(ctx.db, dayBefore(day)),
  ]);
  const accepted = revisions.filter((r) => r.year === year && r.status === "accepted");
  const rows = pacts.map((pact) => {
    const ofYear = revisions.filter((r) => r.pactId === pact.id && r.year === year);
    const open = ofYear.find((r) => openStatuses.includes(r.status)) ?? null;
    const held = ofYear.find((r) => r.status === "accepted") ?? null;
    const previous = revisions.find((r) => r.pactId === pact.id && r.year === year - 1 && r.status === "accepted");
    const dueOn = volgspotDueOn(year, previous?.heldOn ?? null);
    const shown = open ?? held;
    return {
      pactId: pact.id,
      slug: pact.slug,
      name: pact.name,
      published: pact.published,
      ...yearState({ acceptedExists: held !== null, openStatus: open?.status ?? null, dueOn, today: day }),
      dueOn,
      revision: shown
        ? {
            id: shown.id,
            revision: shown.revision,
            status: shown.status,
            heldOn: shown.heldOn,
            version: shown.version,
            submittedAt: shown.submittedAt,
            returnComment: shown.returnComment,
          }
        : null,
      openAgreements: counts.get(pact.id)?.open ?? 0,
      overdueAgreements: counts.get(pact.id)?.overdue ?? 0,
    };
  });
  const regional = new Map(pacts.map((p) => [p.id, p]));
  return {
    year,
    today: day,
    // The figure counts published pacts, as the public one does; the table lists drafts too.
    total: rows.filter((r) => r.published).length,
    held: rows.filter((r) => r.published && r.state === "held").length,
    submitted: rows.filter((r) => r.state === "submitted").length,
    overdue: rows.filter((r) => r.overdue).length,
    pacts: rows,
    overdueAgreements: dueAgreements
      .filter((a) => regional.has(a.pactId))
      .map((a) => ({
        ...toAgreement({ ...a, status: "open", statusReason: null, statusChangedOn: null, sortOrder: 0, version: 0 }, day),
        pactName: a.pactName,
        pactSlug: a.pactSlug,
      })),
    successFactors: countFactors(accepted.map((r) => r.successFactors)),
    failureFactors: countFactors(accepted.map((r) => r.failureFactors)),
  };
}

/**
 * The public national figure: of the published regional pacts, how many held a Volgspot in the
 * year. Without a year: the latest finished year with any accepted Volgspot (a year under way
 * would show a figure that only grows), else the current year.
 */
export async function volgspotOverview(ctx: Pick<Context, "db" | "now">, year: number | undefined): Promise<VolgspotOverview> {
  const currentYear = yearOf(today(ctx));
  const shownYear = year ?? (await latestHeldYear(ctx.db, currentYear)) ?? currentYear;
  const pacts = await regionalPacts(ctx.db, true);
  const held = await countHeld(
    ctx.db,
    pacts.map((p) => p.id),
    shownYear,
  );
  return { year: shownYear, held, total: pacts.length };
}

/** A published pact's accepted Volgspots, newest first: no participants' names, no drafts. */
export async function volgspotPublicSummary(ctx: Pick<Context, "db">, slug: string): Promise<VolgspotPublicSummary> {
  const pact = await findAgendaPact(ctx.db, { slug }, PUBLIC);
  if (!pact) throw notFound("Dit zorgpact bestaat niet of is niet gepubliceerd.");
  const accepted = (await listVolgspotsOfPact(ctx.db, pact.id)).filter((r) => r.status === "accepted");
  const [nodes, agreements] = await Promise.all([
    accepted.length > 0 ? resultNodesOf(ctx.db, pact.id) : Promise.resolve([]),
    listAgreements(
      ctx.db,
      pact.id,
      accepted.map((r) => r.year),
    ),
  ]);
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  return {
    pact: { slug: pact.slug, name: pact.name },
    volgspots: accepted.map((v) => ({
      year: v.year,
      heldOn: v.heldOn,
      participantCount: v.participantIds.length + v.guestNames.length,
      report: v.report,
      actionsAnswer: v.actionsAnswer,
      positionAnswer: v.positionAnswer,
      factorsAnswer: v.factorsAnswer,
      newCollaborations: v.newCollaborations,
      successFactors: v.successFactors,
      failureFactors: v.failureFactors,
      results: v.results.flatMap((r) => {
        const node = nodeById.get(r.nodeId);
        if (!node) return [];
        return [
          {
            title: node.title,
            kind: node.kind,
            note: r.note,
            indicators: node.indicators.map(({ name, unit, unitKind, latest }) => ({ name, unit, unitKind, latest })),
          },
        ];
      }),
      agreements: agreements.filter((a) => a.year === v.year).map((a) => ({ text: a.text, ownerName: a.ownerName, dueOn: a.dueOn, status: a.status })),
    })),
  };
}
