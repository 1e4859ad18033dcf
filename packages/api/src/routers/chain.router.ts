import { agendaNodeSchema, linkInputSchema, nodeCreateInputSchema, nodeUpdateInputSchema, okSchema, recordVersionInputSchema } from "@zorgpact/domain/agenda";
import { chainLinkSchema } from "@zorgpact/domain/effect-chain";
import { createNode, deleteNode, linkNodes, unlinkNodes, updateNode } from "../services/chain.service.ts";
import { router, signedInProcedure } from "../trpc.ts";

const ok = { ok: true as const };

/** The effect chain: input → activity → result → effect, nodes and the links between them. */
export const chainRouter = router({
  createNode: signedInProcedure
    .input(nodeCreateInputSchema)
    .output(agendaNodeSchema)
    .mutation(({ ctx, input }) => createNode(ctx, input)),

  updateNode: signedInProcedure
    .input(nodeUpdateInputSchema)
    .output(agendaNodeSchema)
    .mutation(({ ctx, input }) => updateNode(ctx, input)),

  deleteNode: signedInProcedure
    .input(recordVersionInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => {
      await deleteNode(ctx, input);
      return ok;
    }),

  link: signedInProcedure
    .input(linkInputSchema)
    .output(chainLinkSchema)
    .mutation(({ ctx, input }) => linkNodes(ctx, input)),

  unlink: signedInProcedure
    .input(linkInputSchema)
    .output(okSchema)
    .mutation(async ({ ctx, input }) => {
      await unlinkNodes(ctx, input);
      return ok;
    }),
});
