import { findNode } from "@zorgpact/db/repositories/chain.repository";
import {
  catalogueNameTaken,
  findCatalogueEntry,
  insertCatalogueEntry,
  pactAdoptedEntry,
  setIndicatorCatalogue,
  unknownThemeIds,
  updateCatalogueEntry,
} from "@zorgpact/db/repositories/indicator-catalogue.repository";
import { indicatorNameTaken, insertIndicator, lockPactIndicatorNames } from "@zorgpact/db/repositories/indicator.repository";
import { acceptsIndicators } from "@zorgpact/domain/agenda";
import { changedFields } from "@zorgpact/domain/audit";
import { indicatorFieldsSchema } from "@zorgpact/domain/indicator";
import {
  indicatorUnitOf,
  type CatalogueAdoptInput,
  type CatalogueEntry,
  type CatalogueEntryFields,
  type CatalogueEntryUpdateInput,
} from "@zorgpact/domain/indicator-catalogue";
import { fieldError, fieldErrors, notFound, staleVersion } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { editableRecord } from "./guards.ts";

const DUPLICATE = "De catalogus heeft al een indicator met deze naam.";
const NOT_FOUND = "Deze catalogusindicator bestaat niet.";
const NAME_RACE = { onUniqueViolation: () => fieldError("name", DUPLICATE) };

async function checkEntry(db: Executor, fields: CatalogueEntryFields, exceptId?: string): Promise<void> {
  if (await catalogueNameTaken(db, fields.name, exceptId)) throw fieldError("name", DUPLICATE);
  if ((await unknownThemeIds(db, fields.themeIds)).length > 0) throw fieldError("themeIds", "Kies thema's uit de lijst met thema's.");
}

/** What the audit trail keeps of an entry: its fields, themes by name. */
function auditView(entry: Pick<CatalogueEntry, "name" | "definition" | "unit" | "unitLabel" | "direction" | "status"> & { themeIds: readonly string[] }) {
  const { name, definition, unit, unitLabel, direction, status, themeIds } = entry;
  return { name, definition, unit, unitLabel, direction, status, themeIds: [...themeIds].sort() };
}

export async function createCatalogueEntry(ctx: ServiceContext, input: CatalogueEntryFields): Promise<CatalogueEntry> {
  noteRecord(ctx, "indicator_catalogue", null);
  ctx.audit.objectLabel = input.name;
  return mutate(
    ctx,
    async (trx) => {
      await checkEntry(trx, input);
      const id = await insertCatalogueEntry(trx, input);
      ctx.audit.objectId = id;
      ctx.audit.changes = { after: auditView(input) };
      return (await findCatalogueEntry(trx, id))!;
    },
    NAME_RACE,
  );
}

export async function updateCatalogueEntryDetails(ctx: ServiceContext, input: CatalogueEntryUpdateInput): Promise<CatalogueEntry> {
  noteRecord(ctx, "indicator_catalogue", input.id);
  const { id, version, ...fields } = input;
  ctx.audit.objectLabel = fields.name;
  return mutate(
    ctx,
    async (trx) => {
      const before = await findCatalogueEntry(trx, id);
      if (!before) throw notFound(NOT_FOUND);
      await checkEntry(trx, fields, id);
      if (!(await updateCatalogueEntry(trx, id, version, fields, ctx.now()))) throw staleVersion();
      ctx.audit.changes = changedFields(auditView({ ...before, themeIds: before.themes.map((t) => t.id) }), auditView(fields));
      return (await findCatalogueEntry(trx, id))!;
    },
    NAME_RACE,
  );
}

/**
 * A pact's indicator "from the catalogue": name, unit and direction come from the entry, the
 * baseline and target from the pact, and the indicator stays linked to the entry so its approved
 * values count in the national totals. A pact adopts an entry once.
 */
export async function adoptCatalogueEntry(ctx: ServiceContext, input: CatalogueAdoptInput): Promise<{ id: string; name: string }> {
  noteRecord(ctx, "indicator", null);
  return mutate(ctx, async (trx) => {
    const node = editableRecord(ctx, await findNode(trx, input.nodeId), "Dit ketenelement bestaat niet.");
    if (!acceptsIndicators(node.kind)) {
      throw fieldError("nodeId", "Indicatoren horen bij resultaten en effecten; input en activiteiten krijgen geen indicator.");
    }
    // Queues behind any other write adding or renaming an indicator of this pact (see the lock's note).
    await lockPactIndicatorNames(trx, node.pactId);
    const entry = await findCatalogueEntry(trx, input.catalogueId);
    if (!entry || entry.status !== "active") throw fieldError("catalogueId", "Kies een actieve indicator uit de catalogus.");
    if (await pactAdoptedEntry(trx, node.pactId, entry.id)) {
      throw fieldError("catalogueId", "Dit zorgpact gebruikt deze catalogusindicator al; voeg metingen toe aan die indicator.");
    }
    if (await indicatorNameTaken(trx, node.pactId, entry.name)) {
      throw fieldError("catalogueId", `Dit zorgpact heeft al een eigen indicator met de naam '${entry.name}'.`);
    }
    // The indicator's own rules (values that fit the unit, target in the right direction) hold too.
    const parsed = indicatorFieldsSchema.safeParse({
      name: entry.name,
      unit: indicatorUnitOf(entry),
      unitKind: entry.unit,
      direction: entry.direction,
      baselineValue: input.baselineValue,
      baselineDate: input.baselineDate,
      targetValue: input.targetValue,
      targetDate: input.targetDate,
    });
    if (!parsed.success) {
      throw fieldErrors(parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? "catalogueId"), message: issue.message })));
    }
    const id = await insertIndicator(trx, node.id, parsed.data);
    await setIndicatorCatalogue(trx, id, entry.id);
    ctx.audit.objectId = id;
    ctx.audit.pactId = node.pactId;
    ctx.audit.changes = { after: { ...input, name: entry.name } };
    return { id, name: entry.name };
  });
}
