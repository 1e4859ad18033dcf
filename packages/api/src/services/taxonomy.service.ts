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
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";

const TERM_NOT_FOUND = "Deze term bestaat niet.";

/** Two terms with the same label saved at the same moment: the unique constraint decides. */
const LABEL_RACE = { onUniqueViolation: () => fieldError("label", "Deze lijst heeft al een term met deze naam.") };

async function existingTerm(db: Executor, id: string) {
  const term = await findTerm(db, id);
  if (!term) throw notFound(TERM_NOT_FOUND);
  return term;
}

async function assertParent(db: Executor, kind: TaxonomyKind, parentId: string | null): Promise<void> {
  const parent = parentId ? await findTerm(db, parentId) : undefined;
  if (parentId && !parent) throw fieldError("parentId", "De gekozen bovenliggende term bestaat niet.");
  const issue = parentIssue(kind, parent ? { kind: parent.kind as TaxonomyKind, retired: parent.retiredAt !== null } : null);
  if (issue) throw fieldError("parentId", issue);
}

async function assertUniqueLabel(db: Executor, kind: TaxonomyKind, label: string, exceptId?: string): Promise<void> {
  const existing = await findTermByLabel(db, kind, label, exceptId);
  if (!existing) return;
  const hint = existing.retiredAt ? " Die is niet meer in gebruik; zet die terug in plaats van een nieuwe te maken." : "";
  throw fieldError("label", `Deze lijst heeft al een term '${existing.label}'.${hint}`);
}

export async function createTerm(ctx: ServiceContext, input: TaxonomyCreateInput): Promise<TaxonomyTermRecord> {
  noteRecord(ctx, "taxonomy_term", null);
  return mutate(
    ctx,
    async (trx) => {
      await assertParent(trx, input.kind, input.parentId);
      await assertUniqueLabel(trx, input.kind, input.label);
      const sortOrder = input.sortOrder ?? (await nextSortOrder(trx, input.kind));
      const id = await insertTermRecord(trx, { ...input, sortOrder });
      ctx.audit.objectId = id;
      ctx.audit.changes = { after: { kind: input.kind, label: input.label, parentId: input.parentId, sortOrder } };
      return (await findTermRecord(trx, id))!;
    },
    LABEL_RACE,
  );
}

export async function updateTermDetails(ctx: ServiceContext, input: TaxonomyUpdateInput): Promise<TaxonomyTermRecord> {
  noteRecord(ctx, "taxonomy_term", input.id);
  const fields = { label: input.label, parentId: input.parentId, sortOrder: input.sortOrder };
  return mutate(
    ctx,
    async (trx) => {
      const before = await existingTerm(trx, input.id);
      const kind = before.kind as TaxonomyKind;
      // A term may stay under a parent that was retired later; moving it needs a parent in use.
      if (input.parentId !== before.parentId) await assertParent(trx, kind, input.parentId);
      await assertUniqueLabel(trx, kind, input.label, input.id);
      if (!(await updateTerm(trx, input.id, input.version, fields, ctx.now()))) throw staleVersion();
      ctx.audit.changes = changedFields({ label: before.label, parentId: before.parentId, sortOrder: before.sortOrder }, fields);
      return (await findTermRecord(trx, input.id))!;
    },
    LABEL_RACE,
  );
}

/** Retired terms leave the pickers but stay on whatever uses them; restoring brings them back. */
export async function setTermRetired(ctx: ServiceContext, input: { id: string; version: number }, retired: boolean): Promise<TaxonomyTermRecord> {
  noteRecord(ctx, "taxonomy_term", input.id);
  return mutate(ctx, async (trx) => {
    const before = await existingTerm(trx, input.id);
    const retiredAt = retired ? (before.retiredAt ?? ctx.now().toISOString()) : null;
    if (!(await updateTerm(trx, input.id, input.version, { retiredAt }, ctx.now()))) throw staleVersion();
    ctx.audit.changes = changedFields({ retired: before.retiredAt !== null }, { retired });
    return (await findTermRecord(trx, input.id))!;
  });
}

function inUse(count: number) {
  return conflict(
    `Deze term is in gebruik (${count === 0 ? "zojuist" : `${count} keer`}) en kan niet worden verwijderd. Zet hem op 'niet meer in gebruik': dan verdwijnt hij uit de keuzelijsten en blijft wat ernaar verwijst kloppen.`,
  );
}

/** Deletes a term nothing refers to; a term in use can only be retired. */
export async function removeTerm(ctx: ServiceContext, input: { id: string; version: number }): Promise<void> {
  noteRecord(ctx, "taxonomy_term", input.id);
  await mutate(
    ctx,
    async (trx) => {
      const before = await existingTerm(trx, input.id);
      const usage = (await termUsage(trx, [input.id])).get(input.id) ?? 0;
      if (usage > 0) throw inUse(usage);
      if (!(await deleteTerm(trx, input.id, input.version))) throw staleVersion();
      ctx.audit.changes = { before: { kind: before.kind, label: before.label } };
    },
    // Something started using the term between the count and the delete.
    { onForeignKeyViolation: () => inUse(0) },
  );
}
