import type { Db } from "@zorgpact/db/database";
import {
  demoFollowUp,
  findSnapshot,
  insertSnapshot,
  isDemoEnvironment,
  listSnapshots,
  nextSnapshotVersion,
  reportCounts,
  type StoredSnapshot,
} from "@zorgpact/db/repositories/report.repository";
import { findUser } from "@zorgpact/db/repositories/user.repository";
import { isNationalAdmin } from "@zorgpact/domain/permission";
import {
  buildReport,
  calendarYearOf,
  nationalReportSchema,
  type NationalReport,
  type ReportEnvironment,
  type ReportExportInput,
  type ReportFile,
  type ReportPeriod,
  type ReportSnapshot,
  type ReportSnapshotSummary,
} from "@zorgpact/domain/report";
import type { Context } from "../context.ts";
import { conflict, fieldError, notFound } from "../errors.ts";
import { mutate, noteRecord, type Executor, type ServiceContext } from "./context.ts";
import { reportFileName, reportSections } from "./report-export.ts";
import { contentTypes, writeXlsx } from "./spreadsheet.ts";

/**
 * The national report: live figures for a period, and the yearly reports the national team
 * publishes, frozen as they were. Every figure counts what the public sees (published pacts), so
 * the admin and the public report are the same report.
 */

type Reader = Pick<Context, "db" | "now">;

async function composeReport(db: Executor, period: ReportPeriod, now: Date): Promise<NationalReport> {
  const counts = await reportCounts(db, period);
  const demoData = await isDemoEnvironment(db);
  return buildReport(counts, { period, takenAt: now.toISOString(), demoData });
}

export function liveReport(ctx: Reader, period: ReportPeriod): Promise<NationalReport> {
  return composeReport(ctx.db, period, ctx.now());
}

function summary(stored: StoredSnapshot): ReportSnapshotSummary {
  return {
    id: stored.id,
    title: stored.title,
    period: { from: stored.periodFrom, to: stored.periodTo },
    year: stored.year,
    edition: stored.version,
    publishedAt: stored.publishedAt,
  };
}

export async function snapshots(ctx: Pick<Context, "db">): Promise<ReportSnapshotSummary[]> {
  return (await listSnapshots(ctx.db)).map(summary);
}

const SNAPSHOT_NOT_FOUND = "Deze gepubliceerde rapportage bestaat niet.";

export async function snapshot(ctx: Pick<Context, "db" | "actor">, id: string): Promise<ReportSnapshot> {
  const stored = await findSnapshot(ctx.db, id);
  if (!stored) throw notFound(SNAPSHOT_NOT_FOUND);
  return {
    ...summary(stored),
    // Who published it is the national team's business.
    publishedByName: isNationalAdmin(ctx.actor) ? stored.publishedByName : null,
    report: nationalReportSchema.parse(stored.figures),
  };
}

/** Freezes the report of a period as it is now: a new edition if the period was published before. */
export async function publishReport(ctx: ServiceContext, period: ReportPeriod): Promise<ReportSnapshotSummary> {
  noteRecord(ctx, "report_snapshot", null);
  const now = ctx.now();
  if (period.from > now.toISOString().slice(0, 10))
    throw fieldError("from", "Deze periode is nog niet begonnen; publiceer een periode die al loopt of voorbij is.");
  const publisher = ctx.session ? await findUser(ctx.db, ctx.session.userId) : undefined;
  return mutate(
    ctx,
    async (trx) => {
      const report = await composeReport(trx, period, now);
      const version = await nextSnapshotVersion(trx, period);
      const stored = await insertSnapshot(trx, {
        period,
        year: calendarYearOf(period),
        version,
        report,
        publishedBy: ctx.session?.userId ?? null,
        publishedByName: publisher?.name ?? null,
      });
      ctx.audit.objectId = stored.id;
      ctx.audit.changes = { after: { title: stored.title, periodFrom: period.from, periodTo: period.to, edition: version } };
      return summary(stored);
    },
    {
      // Two people publishing the same period at once: the second hears so instead of a duplicate edition.
      onUniqueViolation: () => conflict("Iemand anders heeft de rapportage voor deze periode zojuist gepubliceerd. Laad de pagina opnieuw."),
    },
  );
}

export async function exportReport(ctx: Reader & Pick<Context, "actor">, input: ReportExportInput): Promise<ReportFile> {
  const source =
    "snapshotId" in input
      ? await snapshot(ctx, input.snapshotId).then((s) => ({ report: s.report, edition: s.edition }))
      : { report: await liveReport(ctx, input), edition: null };
  const content = await writeXlsx(reportSections(source.report, source.edition));
  return {
    fileName: reportFileName(source.report, source.edition),
    contentType: contentTypes.xlsx,
    contentBase64: content.toString("base64"),
  };
}

/** Whether this database holds the demo seed, and which follow-up answers are still invented. */
export async function environment(db: Db): Promise<ReportEnvironment> {
  const [demoData, followUp] = [await isDemoEnvironment(db), await demoFollowUp(db)];
  return { demoData, demoFollowUp: followUp };
}
