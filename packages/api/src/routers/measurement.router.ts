import { importCommitResultSchema, importFileInputSchema, importReportSchema } from "@zorgpact/domain/measurement-import";
import { commitImport, previewImport } from "../services/measurement.service.ts";
import { router, signedInProcedure } from "../trpc.ts";

/**
 * Importing measurements for many indicators at once. Both are mutations because the file
 * travels in the request body (a query would put it in the URL); the preview changes nothing.
 */
export const measurementRouter = router({
  previewImport: signedInProcedure
    .input(importFileInputSchema)
    .output(importReportSchema)
    .mutation(({ ctx, input }) => previewImport(ctx, input)),

  commitImport: signedInProcedure
    .input(importFileInputSchema)
    .output(importCommitResultSchema)
    .mutation(({ ctx, input }) => commitImport(ctx, input)),
});
