import { findPactForUpdate, getPact, updatePactFields } from "@zorgpact/db/repositories/pact.repository";
import { EVERYTHING } from "@zorgpact/db/repositories/visibility";
import { changedFields } from "@zorgpact/domain/audit";
import type { PactDetail, PactUpdateInput } from "@zorgpact/domain/pact";
import { assertCanEditPact } from "../access.ts";
import type { AuditNote } from "../audit.ts";
import type { Context } from "../context.ts";
import { notFound, staleVersion } from "../errors.ts";

type EditorContext = Context & { audit: AuditNote };

const PACT_NOT_FOUND = "Dit zorgpact bestaat niet.";

/** A pact with its drafts, for whoever may edit it. */
export async function getPactForEditing(ctx: EditorContext, id: string): Promise<PactDetail> {
  assertCanEditPact(ctx, id);
  const pact = await getPact(ctx.db, { id }, EVERYTHING);
  if (!pact) throw notFound(PACT_NOT_FOUND);
  return pact;
}

export async function updatePact(ctx: EditorContext, input: PactUpdateInput): Promise<PactDetail> {
  ctx.audit.objectType = "pact";
  ctx.audit.objectId = input.id;
  const before = await findPactForUpdate(ctx.db, input.id);
  if (!before || before.archivedAt) throw notFound(PACT_NOT_FOUND);
  assertCanEditPact(ctx, input.id);
  const { id, version, ...fields } = input;
  if (!(await updatePactFields(ctx.db, id, version, fields))) throw staleVersion();
  const { version: _v, archivedAt: _a, id: _id, ...beforeFields } = before;
  ctx.audit.changes = changedFields(beforeFields, fields);
  return (await getPact(ctx.db, { id }, EVERYTHING))!;
}
