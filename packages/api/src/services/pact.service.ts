import { findOrganisation } from "@zorgpact/db/repositories/organisation.repository";
import { getPactEditDetail } from "@zorgpact/db/repositories/pact.repository";
import {
  findPactBrief,
  findPactForUpdate,
  insertNewPact,
  loadPactCollections,
  nationalPactExists,
  replaceFundingStreams,
  replaceGovernance,
  replaceThemes,
  slugTaken,
  uniqueSlug,
  updatePactRow,
  type StoredPact,
} from "@zorgpact/db/repositories/pact-admin.repository";
import { setLead } from "@zorgpact/db/repositories/partner.repository";
import { regionExists } from "@zorgpact/db/repositories/region.repository";
import { activeTermIds } from "@zorgpact/db/repositories/taxonomy.repository";
import { changedFields } from "@zorgpact/domain/audit";
import type { FollowUp } from "@zorgpact/domain/front-runner";
import {
  pactShapeIssues,
  publicationIssue,
  slugify,
  type PactCreateInput,
  type PactEditDetail,
  type PactKind,
  type PactPublicationInput,
  type PactShape,
  type PactUpdateInput,
} from "@zorgpact/domain/pact";
import { isNationalAdmin } from "@zorgpact/domain/permission";
import { assertCanEditPact } from "../access.ts";
import { badRequest, fieldError, forbidden, notFound, staleVersion } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { editablePact, PACT_NOT_FOUND } from "./guards.ts";

/** The pact as the admin app shows it, after a change or for editing. */
export async function editDetail(db: Executor, id: string): Promise<PactEditDetail> {
  const detail = await getPactEditDetail(db, id);
  if (!detail) throw notFound(PACT_NOT_FOUND);
  return detail;
}

/** A pact with its drafts, for whoever may edit it; archived ones too, so they can be restored. */
export async function getPactForEditing(ctx: ServiceContext, id: string): Promise<PactEditDetail> {
  if (!(await findPactBrief(ctx.db, id))) throw notFound(PACT_NOT_FOUND);
  assertCanEditPact(ctx, id);
  return editDetail(ctx.db, id);
}

function storedFollowUp(pact: StoredPact): FollowUp {
  return {
    adoption: pact.adoption as FollowUp["adoption"],
    challenges: pact.challenges as FollowUp["challenges"],
    consolidationAgreements: pact.consolidationAgreements as FollowUp["consolidationAgreements"],
  };
}

/** Everything an audit row compares before and after a change of a pact. */
async function auditableState(db: Executor, id: string): Promise<Record<string, unknown>> {
  const pact = await findPactForUpdate(db, id);
  if (!pact) return {};
  const { id: _id, version: _version, archivedAt: _archivedAt, adoption: _a, challenges: _c, consolidationAgreements: _ca, ...fields } = pact;
  return { ...fields, followUp: pact.kind === "front_runner" ? storedFollowUp(pact) : null, ...(await loadPactCollections(db, id)) };
}

type References = Partial<Pick<PactUpdateInput, "regionId" | "leadOrganisationId" | "themeIds" | "parentPactId">>;

/**
 * The records a pact's fields point to must exist. Themes already on the pact may stay when
 * retired; new ones must be themes in use. Returns the parent's kind when a parent is given.
 */
async function checkReferences(db: Executor, fields: References, pactId: string | null, currentThemeIds: readonly string[]): Promise<PactKind | null> {
  if (fields.regionId && !(await regionExists(db, fields.regionId))) throw fieldError("regionId", "Deze regio bestaat niet.");
  if (fields.leadOrganisationId && !(await findOrganisation(db, fields.leadOrganisationId))) {
    throw fieldError("leadOrganisationId", "Deze organisatie bestaat niet.");
  }
  if (fields.themeIds) {
    const added = [...new Set(fields.themeIds)].filter((t) => !currentThemeIds.includes(t));
    if ((await activeTermIds(db, "theme", added)).size !== added.length) {
      throw fieldError("themeIds", "Kies alleen thema's die bestaan en nog in gebruik zijn.");
    }
  }
  if (!fields.parentPactId) return null;
  if (fields.parentPactId === pactId) throw fieldError("parentPactId", "Een zorgpact kan niet aan zichzelf gekoppeld worden.");
  const parent = await findPactBrief(db, fields.parentPactId);
  if (!parent || parent.archivedAt) throw fieldError("parentPactId", "Dit zorgpact bestaat niet (meer).");
  return parent.kind as PactKind;
}

function throwFirstIssue(shape: PactShape, onlyFields?: readonly string[]): void {
  const issue = pactShapeIssues(shape).find((i) => !onlyFields || onlyFields.includes(i.field));
  if (issue) throw fieldError(issue.field, issue.message);
}

const SLUG_TAKEN = "Dit webadres is al in gebruik door een ander zorgpact.";
const NATIONAL_EXISTS = "Er is al een Landelijk Zorgpact; er is er maar één.";

/** Two pacts created at the same moment with the same slug (or two national ones): the second hears so. */
const CREATE_RACE = {
  onUniqueViolation: (constraint: string | undefined) =>
    constraint === "pacts_one_national" ? fieldError("kind", NATIONAL_EXISTS) : fieldError("slug", SLUG_TAKEN),
};

export async function createPact(ctx: ServiceContext, input: PactCreateInput): Promise<PactEditDetail> {
  noteRecord(ctx, "pact", null);
  const admissionStatus = input.admissionStatus ?? (input.kind === "front_runner" ? "applied" : null);
  const followUp = input.followUp;
  return mutate(
    ctx,
    async (trx) => {
      if (input.kind === "national" && (await nationalPactExists(trx))) throw fieldError("kind", NATIONAL_EXISTS);
      if (input.slug && (await slugTaken(trx, input.slug))) throw fieldError("slug", SLUG_TAKEN);
      const parentKind = await checkReferences(trx, input, null, []);
      throwFirstIssue({ ...input, admissionStatus, parentKind });

      const id = await insertNewPact(trx, {
        kind: input.kind,
        slug: input.slug ?? (await uniqueSlug(trx, slugify(input.name))),
        name: input.name,
        description: input.description,
        regionId: input.regionId,
        parentPactId: input.parentPactId,
        startDate: input.startDate,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        publicationStatus: "draft",
        admissionStatus,
        collaborationForm: input.collaborationForm,
        functions: input.functions,
        ...(followUp ? { adoption: followUp.adoption, challenges: followUp.challenges, consolidationAgreements: followUp.consolidationAgreements } : {}),
      });
      await replaceThemes(trx, id, input.themeIds);
      await replaceFundingStreams(trx, id, input.fundingStreams);
      await replaceGovernance(trx, id, input.governance);
      if (input.leadOrganisationId) await setLead(trx, id, input.leadOrganisationId);
      noteRecord(ctx, "pact", id, id);
      ctx.audit.changes = { after: await auditableState(trx, id) };
      return editDetail(trx, id);
    },
    CREATE_RACE,
  );
}

/**
 * Saves the fields given; fields left out keep their stored value. Editors of the pact and the
 * national team may; only the national team changes the link to another pact. Kind, admission
 * status and publication have their own procedures.
 */
export async function updatePact(ctx: ServiceContext, input: PactUpdateInput): Promise<PactEditDetail> {
  noteRecord(ctx, "pact", input.id);
  const { id, version, ...changes } = input;
  const { themeIds, fundingStreams, governance, leadOrganisationId, followUp, ...rowFields } = changes;
  return mutate(ctx, async (trx) => {
    const before = await editablePact(ctx, trx, id);
    if (changes.parentPactId !== undefined && changes.parentPactId !== before.parentPactId && !isNationalAdmin(ctx.actor)) {
      throw forbidden("Alleen het landelijke Zorgpact-team koppelt een koploper aan een ander zorgpact.");
    }
    const collections = await loadPactCollections(trx, id);
    const parentKind = await checkReferences(trx, changes, id, collections.themeIds);
    throwFirstIssue(
      {
        kind: before.kind as PactKind,
        admissionStatus: before.admissionStatus as PactShape["admissionStatus"],
        functions: changes.functions ?? (before.functions as PactShape["functions"]),
        collaborationForm: changes.collaborationForm !== undefined ? changes.collaborationForm : (before.collaborationForm as PactShape["collaborationForm"]),
        governance: changes.governance ?? collections.governance,
        followUp: changes.followUp ?? storedFollowUp(before),
        parentKind,
      },
      // Only what this call changes is judged, so an old inconsistency never blocks other edits.
      Object.keys(changes),
    );

    const stateBefore = await auditableState(trx, id);
    const row = {
      ...rowFields,
      ...(followUp ? { adoption: followUp.adoption, challenges: followUp.challenges, consolidationAgreements: followUp.consolidationAgreements } : {}),
    };
    if (!(await updatePactRow(trx, id, version, row, ctx.now()))) throw staleVersion();
    if (themeIds) await replaceThemes(trx, id, themeIds);
    if (fundingStreams) await replaceFundingStreams(trx, id, fundingStreams);
    if (governance) await replaceGovernance(trx, id, governance);
    if (leadOrganisationId !== undefined) await setLead(trx, id, leadOrganisationId);
    ctx.audit.changes = changedFields(stateBefore, await auditableState(trx, id));
    return editDetail(trx, id);
  });
}

/** Draft or published; editors publish their own pact. A front-runner is published once admitted. */
export async function setPublication(ctx: ServiceContext, input: PactPublicationInput): Promise<PactEditDetail> {
  noteRecord(ctx, "pact", input.id);
  return mutate(ctx, async (trx) => {
    const before = await editablePact(ctx, trx, input.id);
    const issue = publicationIssue(
      { kind: before.kind as PactKind, admissionStatus: before.admissionStatus as PactShape["admissionStatus"] },
      input.publicationStatus,
    );
    if (issue) throw fieldError("publicationStatus", issue);
    if (!(await updatePactRow(trx, input.id, input.version, { publicationStatus: input.publicationStatus }, ctx.now()))) throw staleVersion();
    ctx.audit.changes = changedFields({ publicationStatus: before.publicationStatus }, { publicationStatus: input.publicationStatus });
    return editDetail(trx, input.id);
  });
}

/**
 * Archives or restores a pact (national team). Nothing is deleted: an archived pact leaves every
 * list and public page, and its editors' screens, until it is restored as it was.
 */
export async function setArchived(ctx: ServiceContext, input: { id: string; version: number }, archived: boolean): Promise<PactEditDetail> {
  noteRecord(ctx, "pact", input.id, input.id);
  return mutate(ctx, async (trx) => {
    const before = await findPactForUpdate(trx, input.id);
    if (!before) throw notFound(PACT_NOT_FOUND);
    if ((before.archivedAt !== null) === archived) {
      throw badRequest(archived ? "Dit zorgpact is al gearchiveerd." : "Dit zorgpact is niet gearchiveerd.");
    }
    const archivedAt = archived ? ctx.now().toISOString() : null;
    if (!(await updatePactRow(trx, input.id, input.version, { archivedAt }, ctx.now()))) throw staleVersion();
    ctx.audit.changes = changedFields({ archivedAt: before.archivedAt }, { archivedAt });
    return editDetail(trx, input.id);
  });
}
