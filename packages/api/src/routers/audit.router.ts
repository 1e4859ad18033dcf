import { listAudit, listAuditActions } from "@zorgpact/db/repositories/audit.repository";
import { auditListInputSchema, auditPageSchema } from "@zorgpact/domain/audit";
import { z } from "zod";
import { nationalAdminProcedure, router } from "../trpc.ts";

export const auditRouter = router({
  list: nationalAdminProcedure
    .input(auditListInputSchema)
    .output(auditPageSchema)
    .query(({ ctx, input }) => listAudit(ctx.db, input)),

  actions: nationalAdminProcedure.output(z.array(z.string())).query(({ ctx }) => listAuditActions(ctx.db)),
});
