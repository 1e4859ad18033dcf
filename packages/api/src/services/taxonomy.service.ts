import {
  deleteTerm,
  findTerm,
  findTermByLabel,
  findTermRecord,
  insertTermRecord,
  nextSortOrder,
  termUsage,
  updateTerm,
} from "@zorgpact/db/repositories/taxonomy.repository";
import { changedFields } from "@zorgpact/domain/audit";
import { parentIssue, type TaxonomyCreateInput, type TaxonomyKind, type TaxonomyTermRecord, type TaxonomyUpdateInput } from "@zorgpact/domain/taxonomy";
import { conflict, fieldError, notFound, staleVersion } from "../errors.ts";
import { isForeignKeyViolation, isUniqueViolation, type ServiceContext } from "./pact-record.ts";

const TERM_NOT_FOUND = "Deze term bestaat niet.";

function note(ctx: ServiceContext, id: string | null) {
  ctx.audit.objectType = "taxonomy_term";
  ctx.audit.objectId = id;
}

async function existingTerm(ctx: ServiceContext, id: string) {
  const term = await findTerm(ctx.db, id);
  if (!term) throw notFound(TERM_NOT_FOUND);
  return term;
}

async function assertParent(ctx: ServiceContext, kind: TaxonomyKind, parentId: string | null): Promise<void> {
  const parent = parentId ? await findTerm(ctx.db, parentId) : undefined;
  if (parentId && !parent) throw fieldError("parentId", "De gekozen bovenliggende term bestaat niet.");
  const issue = parentIssue(kind, parent ? { kind: parent.kind as TaxonomyKind, retired: parent.retiredAt !== null } : null);
  if (issue) throw fieldError("parentId", issue);
}

async function assertUniqueLabel(ctx: ServiceContext, kind: TaxonomyKind, label: string, exceptId?: string): Promise<void> {
  const existing = await findTermByLabel(ctx.db, kind, label, exceptId);
  if (!existing) return;
  const hint = existing.retiredAt ? " Die is niet meer in gebruik; zet die terug in plaats van een nieuwe te maken." : "";
  throw fieldError("label", `Deze lijst heeft al een term '${existing.label}'.${hint}`);
}

function orDuplicate<T>(work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    if (isUniqueViolation(error)) throw fieldError("label", "Deze lijst heeft al een term met deze naam.");
    throw error;
  });
}

export async function createTerm(ctx: ServiceContext, input: TaxonomyCreateInput): Promise<TaxonomyTermRecord> {
  note(ctx, null);
  await assertParent(ctx, input.kind, input.parentId);
  await assertUniqueLabel(ctx, input.kind, input.label);
  const sortOrder = input.sortOrder ?? (await nextSortOrder(ctx.db, input.kind));
  const id = await orDuplicate(ctx.db.transaction().execute((trx) => insertTermRecord(trx, { ...input, sortOrder })));
  ctx.audit.objectId = id;
  ctx.audit.changes = { after: { kind: input.kind, label: input.label, parentId: input.parentId, sortOrder } };
  return (await findTermRecord(ctx.db, id))!;
}

export async function updateTermDetails(ctx: ServiceContext, input: TaxonomyUpdateInput): Promise<TaxonomyTermRecord> {
  note(ctx, input.id);
  const before = await existingTerm(ctx, input.id);
  const kind = before.kind as TaxonomyKind;
  // A term may stay under a parent that was retired later; moving it needs a parent in use.
  if (input.parentId !== before.parentId) await assertParent(ctx, kind, input.parentId);
  await assertUniqueLabel(ctx, kind, input.label, input.id);
  const fields = { label: input.label, parentId: input.parentId, sortOrder: input.sortOrder };
  await orDuplicate(
    ctx.db.transaction().execute(async (trx) => {
      if (!(await updateTerm(trx, input.id, input.version, fields, ctx.now()))) throw staleVersion();
    }),
  );
  ctx.audit.changes = changedFields({ label: before.label, parentId: before.parentId, sortOrder: before.sortOrder }, fields);
  return (await findTermRecord(ctx.db, input.id))!;
}

/** Retired terms leave the pickers but stay on whatever uses them; restoring brings them back. */
export async function setTermRetired(ctx: ServiceContext, input: { id: string; version: number }, retired: boolean): Promise<TaxonomyTermRecord> {
  note(ctx, input.id);
  const before = await existingTerm(ctx, input.id);
  const retiredAt = retired ? (before.retiredAt ?? ctx.now().toISOString()) : null;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateTerm(trx, input.id, input.version, { retiredAt }, ctx.now()))) throw staleVersion();
  });
  ctx.audit.changes = changedFields({ retired: before.retiredAt !== null }, { retired });
  return (await findTermRecord(ctx.db, input.id))!;
}

/** Deletes a term nothing refers to; a term in use can only be retired. */
export async function removeTerm(ctx: ServiceContext, input: { id: string; version: number }): Promise<void> {
  note(ctx, input.id);
  const before = await existingTerm(ctx, input.id);
  const inUse = (count: number) =>
    conflict(
      `Deze term is in gebruik (${count === 0 ? "zojuist" : `${count} keer`}) en kan niet worden verwijderd. Zet hem op 'niet meer in gebruik': dan verdwijnt hij uit de keuzelijsten en blijft wat ernaar verwijst kloppen.`,
    );
  const usage = (await termUsage(ctx.db, [input.id])).get(input.id) ?? 0;
  if (usage > 0) throw inUse(usage);
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      if (!(await deleteTerm(trx, input.id, input.version))) throw staleVersion();
    })
    .catch((error: unknown) => {
      if (isForeignKeyViolation(error)) throw inUse(0);
      throw error;
    });
  ctx.audit.changes = { before: { kind: before.kind, label: before.label } };
}
