import { indicatorsForImport, insertMeasurements } from "@zorgpact/db/repositories/indicator.repository";
import { storedBreakdownSumsOf, storedMeasurementsOf, updateMeasurementsAtVersion } from "@zorgpact/db/repositories/measurement-table.repository";
import {
  classifyMeasurementImport,
  countImport,
  importRefusalMessage,
  isTemplateLine,
  type ClassifiedRow,
  type ImportCommitInput,
  type ImportCommitResult,
  type ImportFileInput,
  type ImportReport,
} from "@zorgpact/domain/measurement-import";
import { createHash } from "node:crypto";
import { assertCanEditPact } from "../access.ts";
import { busy, conflict, fieldError, staleVersion } from "../errors.ts";
import { Busy, Semaphore } from "./concurrency.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { editablePact } from "./guards.ts";
import { lockedImportRows, recordMeasurementSaves } from "./measurement-review.service.ts";
import { readMeasurementFile, type ReadFile } from "./spreadsheet.ts";

/**
 * Importing a pact's measurements table. The preview classifies every row (new, updated,
 * unchanged, wrong) and changes nothing; the apply classifies again inside one transaction and
 * writes the new and updated rows in batches, set-based, or nothing when any row is wrong or
 * when what was stored changed since the preview.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Rows per statement: well under PostgreSQL's 65 535 parameters, small enough to keep each statement short. */
const INSERT_BATCH = 1000;
const UPDATE_BATCH = 500;

const CHANGED_SINCE_PREVIEW =
  "Metingen van dit zorgpact zijn gewijzigd sinds het voorbeeld; er is niets ingelezen. Kies het bestand opnieuw om het nieuwe voorbeeld te zien.";

/** Reading a file is CPU work on the event loop: two at a time, a few more may wait. */
const fileReads = new Semaphore("measurement file", 2, 8);

/**
 * Reads the file before any transaction (a large workbook would otherwise hold one open, which
 * on PGlite blocks every other query). Only editors of the pact get this far: nobody else makes
 * the server parse a file.
 */
async function readFile(ctx: ServiceContext, input: ImportFileInput): Promise<ReadFile> {
  assertCanEditPact(ctx, input.pactId);
  try {
    return await fileReads.run(() => readMeasurementFile(input.fileName, input.contentBase64));
  } catch (error) {
    if (error instanceof Busy) throw busy();
    throw error;
  }
}

interface Classified {
  rows: ClassifiedRow[];
  skipped: number;
  basis: string;
}

/**
 * Every row of the read file against the measurements as `db` sees them, and a new total against
 * the stored parts under it (as `assertBreakdownsFit` for the form): four queries in all.
 */
async function classify(db: Executor, input: ImportFileInput, file: ReadFile): Promise<Classified> {
  const lines = file.rows.filter((row) => !isTemplateLine(row));
  const namedIds = new Set<string>();
  for (const row of lines) {
    for (const ref of [row.indicatorId.trim(), row.indicatorName.trim()]) if (UUID.test(ref)) namedIds.add(ref.toLowerCase());
  }
  const indicators = await indicatorsForImport(db, input.pactId, [...namedIds]);
  const ownIds = indicators.filter((i) => i.pactId === input.pactId).map((i) => i.id);
  const existing = await storedMeasurementsOf(db, ownIds);
  const breakdownSums = await storedBreakdownSumsOf(db, ownIds);
  const rows = classifyMeasurementImport(lines, { pactId: input.pactId, indicators, existing, breakdownSums });
  return { rows, skipped: file.rows.length - lines.length, basis: basisOf(input, rows) };
}

/**
 * The fingerprint of a preview: the file and, per row, its status and the stored version it
 * matched. The apply computes it again; any difference means the preview is out of date.
 */
function basisOf(input: ImportFileInput, rows: readonly ClassifiedRow[]): string {
  const hash = createHash("sha256").update(input.pactId).update("\n").update(input.contentBase64.replace(/\s/g, ""));
  for (const row of rows) hash.update(`\n${row.rowNumber}|${row.status}|${row.match?.id ?? ""}|${row.match?.version ?? ""}`);
  return hash.digest("hex");
}

function report(input: ImportFileInput, file: ReadFile, classified: Classified): ImportReport {
  const counts = countImport(classified.rows);
  return {
    fileName: input.fileName,
    format: file.format,
    rows: classified.rows.map(({ match: _match, ...row }) => row),
    counts,
    skipped: classified.skipped,
    valid: classified.rows.length > 0 && counts.error === 0,
    basis: classified.basis,
  };
}

/**
 * A row-by-row report of what an import would do. It changes nothing, so it leaves no audit row
 * (it is a mutation only because the file travels in the body); a refusal is still recorded.
 */
export async function previewImport(ctx: ServiceContext, input: ImportFileInput): Promise<ImportReport> {
  noteRecord(ctx, "measurement_import", null, input.pactId);
  const file = await readFile(ctx, input);
  await editablePact(ctx, ctx.db, input.pactId);
  const classified = await classify(ctx.db, input, file);
  ctx.audit.readOnly = true;
  return report(input, file, classified);
}

/** Classifies again and writes the new and updated rows in one transaction, or nothing. */
export async function commitImport(ctx: ServiceContext, input: ImportCommitInput): Promise<ImportCommitResult> {
  noteRecord(ctx, "measurement_import", null, input.pactId);
  const file = await readFile(ctx, input);

  // A file that changes nothing is answered without a transaction and without an audit row.
  await editablePact(ctx, ctx.db, input.pactId);
  const first = await classify(ctx.db, input, file);
  const firstCounts = countImport(first.rows);
  if (first.rows.length > 0 && firstCounts.error === 0 && firstCounts.new + firstCounts.updated === 0 && first.basis === input.basis) {
    ctx.audit.readOnly = true;
    return { fileName: input.fileName, created: 0, updated: 0, unchanged: firstCounts.unchanged };
  }

  return mutate(
    ctx,
    async (trx) => {
      await editablePact(ctx, trx, input.pactId);
      const { rows, basis } = await classify(trx, input, file);
      const counts = countImport(rows);
      if (rows.length === 0 || counts.error > 0) throw fieldError("contentBase64", importRefusalMessage(rows));
      if (basis !== input.basis) throw conflict(CHANGED_SINCE_PREVIEW);
      // A locked period's values change only by a correction (review before publication).
      const locked = await lockedImportRows(
        trx,
        rows
          .filter((r) => r.status === "new" || r.status === "updated")
          .map((r) => ({ rowNumber: r.rowNumber, indicatorId: r.indicatorId!, measuredOn: r.measuredOn! })),
      );
      if (locked.length > 0) throw fieldError("contentBase64", lockedImportMessage(locked));

      const inserts = rows
        .filter((r) => r.status === "new")
        .map((r) => ({ indicatorId: r.indicatorId!, measuredOn: r.measuredOn!, value: r.value!, source: r.source, note: r.note }));
      for (let start = 0; start < inserts.length; start += INSERT_BATCH) await insertMeasurements(trx, inserts.slice(start, start + INSERT_BATCH));

      const updates = rows
        .filter((r) => r.status === "updated" && r.match)
        .map((r) => ({ id: r.match!.id, version: r.match!.version, value: r.value!, source: r.source, note: r.note }));
      for (let start = 0; start < updates.length; start += UPDATE_BATCH) {
        const batch = updates.slice(start, start + UPDATE_BATCH);
        if ((await updateMeasurementsAtVersion(trx, batch, ctx.now())) !== batch.length) throw staleVersion();
      }
      // Imported rows are submitted for review like any save (approved at once for the national team).
      await recordMeasurementSaves(ctx, trx, { ids: updates.map((u) => u.id), pairs: inserts });

      ctx.audit.changes = {
        after: { fileName: input.fileName, format: file.format, created: counts.new, updated: counts.updated, unchanged: counts.unchanged },
      };
      return { fileName: input.fileName, created: counts.new, updated: counts.updated, unchanged: counts.unchanged };
    },
    { onUniqueViolation: () => conflict(CHANGED_SINCE_PREVIEW) },
  );
}

function lockedImportMessage(rows: readonly number[]): string {
  const shown = rows.slice(0, 5).join(", ");
  return `Rij ${shown}${rows.length > 5 ? " en meer" : ""} ${rows.length === 1 ? "valt" : "vallen"} in een vergrendelde periode; er is niets ingelezen. Een vergrendelde waarde verandert alleen via een correctie met een reden.`;
}
