import {
  nationalReportSchema,
  reportEnvironmentSchema,
  reportExportInputSchema,
  reportFileSchema,
  reportLiveInputSchema,
  reportPublishInputSchema,
  reportSnapshotInputSchema,
  reportSnapshotSchema,
  reportSnapshotSummarySchema,
} from "@zorgpact/domain/report";
import { z } from "zod";
import { environment, exportReport, liveReport, publishReport, snapshot, snapshots } from "../services/report.service.ts";
import { nationalAdminProcedure, publicProcedure, router } from "../trpc.ts";

/**
 * The national report (figures 6–17 of the 2018 publication, computed from the pacts' data) and
 * its published yearly editions. Public: the same report the national team publishes.
 */
export const reportRouter = router({
  /** Whether the demo seed is loaded (both apps show a notice), and which follow-up answers are invented. */
  environment: publicProcedure.output(reportEnvironmentSchema).query(({ ctx }) => environment(ctx.db)),

  /** Every figure for a period, counted now. */
  live: publicProcedure
    .input(reportLiveInputSchema)
    .output(nationalReportSchema)
    .query(({ ctx, input }) => liveReport(ctx, input)),

  /** The published reports, newest period first. */
  snapshots: publicProcedure.output(z.array(reportSnapshotSummarySchema)).query(({ ctx }) => snapshots(ctx)),

  /** One published report, exactly as it was published. */
  snapshot: publicProcedure
    .input(reportSnapshotInputSchema)
    .output(reportSnapshotSchema)
    .query(({ ctx, input }) => snapshot(ctx, input.id)),

  /** Every figure with its counts and N as an XLSX workbook (base64), live for a period or a published edition. */
  export: publicProcedure
    .input(reportExportInputSchema)
    .output(reportFileSchema)
    .query(({ ctx, input }) => exportReport(ctx, input)),

  /** Freezes the period's report as it is now; publishing a period again makes a next edition. */
  publish: nationalAdminProcedure
    .input(reportPublishInputSchema)
    .output(reportSnapshotSummarySchema)
    .mutation(({ ctx, input }) => publishReport(ctx, input)),
});
