import { partnerInputSchema, partnerRemoveInputSchema } from "@zorgpact/domain/organisation";
import { pactEditDetailSchema } from "@zorgpact/domain/pact";
import { addPartner, removePartner, setPartnerRole } from "../services/partner.service.ts";
import { router, signedInProcedure } from "../trpc.ts";

/**
 * A pact's partners (organisations from the registry) and their role: lead (trekker, at most
 * one per pact) or partner. Editors of the pact and the national team. Each returns the pact.
 */
export const partnerRouter = router({
  add: signedInProcedure
    .input(partnerInputSchema)
    .output(pactEditDetailSchema)
    .mutation(({ ctx, input }) => addPartner(ctx, input)),

  setRole: signedInProcedure
    .input(partnerInputSchema)
    .output(pactEditDetailSchema)
    .mutation(({ ctx, input }) => setPartnerRole(ctx, input)),

  remove: signedInProcedure
    .input(partnerRemoveInputSchema)
    .output(pactEditDetailSchema)
    .mutation(({ ctx, input }) => removePartner(ctx, input)),
});
