import { okSchema } from "@zorgpact/domain/agenda";
import {
  evidenceAddLinkInputSchema,
  evidenceAttachFileInputSchema,
  evidenceItemSchema,
  evidenceListSchema,
  evidencePublicInputSchema,
  evidenceRemoveInputSchema,
  evidenceTargetSchema,
  publicEvidenceSchema,
} from "@zorgpact/domain/evidence";
import { addEvidenceLink, attachEvidenceFile, listEvidence, publicEvidence, removeEvidence } from "../services/evidence.service.ts";
import { publicProcedure, router, signedInProcedure } from "../trpc.ts";

/**
 * Evidence behind a measurement or a Volgspot: files and links, for editors of the pact and the
 * national team; the public list holds the evidence of public measurements only. Files are
 * downloaded through the server's GET /bewijs/:id, not through tRPC.
 */
export const evidenceRouter = router({
  list: signedInProcedure
    .input(evidenceTargetSchema)
    .output(evidenceListSchema)
    .query(({ ctx, input }) => listEvidence(ctx, input)),

  attachFile: signedInProcedure
    .input(evidenceAttachFileInputSchema)
    .output(evidenceItemSchema)
    .mutation(({ ctx, input }) => attachEvidenceFile(ctx, input)),

  addLink: signedInProcedure
    .input(evidenceAddLinkInputSchema)
    .output(evidenceItemSchema)
    .mutation(({ ctx, input }) => addEvidenceLink(ctx, input)),

  remove: signedInProcedure
    .input(evidenceRemoveInputSchema)
    .output(okSchema)
    .mutation(({ ctx, input }) => removeEvidence(ctx, input)),

  publicOfPact: publicProcedure
    .input(evidencePublicInputSchema)
    .output(publicEvidenceSchema)
    .query(({ ctx, input }) => publicEvidence(ctx, input.pactSlug)),
});
