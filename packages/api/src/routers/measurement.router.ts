import { exportFileSchema } from "@zorgpact/domain/agenda";
import {
  importCommitInputSchema,
  importCommitResultSchema,
  importFileInputSchema,
  importReportSchema,
  measurementExportInputSchema,
} from "@zorgpact/domain/measurement-import";
import { exportMeasurements, measurementTemplate } from "../services/measurement-export.service.ts";
import { commitImport, previewImport } from "../services/measurement-import.service.ts";
import { router, signedInProcedure } from "../trpc.ts";

/**
 * A pact's measurements table out (CSV for Dutch Excel or XLSX, and an empty template) and back
 * in. The preview and the apply are mutations because the file travels in the request body (a
 * query would put it in the URL); the preview changes nothing and leaves no audit row.
 */
export const measurementRouter = router({
  export: signedInProcedure
    .input(measurementExportInputSchema)
    .output(exportFileSchema)
    .query(({ ctx, input }) => exportMeasurements(ctx, input)),

  template: signedInProcedure
    .input(measurementExportInputSchema)
    .output(exportFileSchema)
    .query(({ ctx, input }) => measurementTemplate(ctx, input)),

  previewImport: signedInProcedure
    .input(importFileInputSchema)
    .output(importReportSchema)
    .mutation(({ ctx, input }) => previewImport(ctx, input)),

  commitImport: signedInProcedure
    .input(importCommitInputSchema)
    .output(importCommitResultSchema)
    .mutation(({ ctx, input }) => commitImport(ctx, input)),
});
