import { listOrganisations } from "@zorgpact/db/repositories/organisation.repository";
import {
  organisationFieldsSchema,
  organisationListInputSchema,
  organisationPageSchema,
  organisationRecordSchema,
  organisationUpdateInputSchema,
} from "@zorgpact/domain/organisation";
import { createOrganisation, updateOrganisationDetails } from "../services/organisation.service.ts";
import { nationalAdminProcedure, router, signedInProcedure } from "../trpc.ts";

/** The registry of organisations that take part in pacts; duplicates by name are refused. */
export const organisationRouter = router({
  /** Search (name, place), sector filter, sorting and paging; with each one's number of pacts. */
  list: signedInProcedure
    .input(organisationListInputSchema)
    .output(organisationPageSchema)
    .query(({ ctx, input }) => listOrganisations(ctx.db, input)),

  /** Any editor may add an organisation, to make it a partner of their pact. */
  create: signedInProcedure
    .input(organisationFieldsSchema)
    .output(organisationRecordSchema)
    .mutation(({ ctx, input }) => createOrganisation(ctx, input)),

  /** Changing an organisation changes it in every pact: the national team's job. */
  update: nationalAdminProcedure
    .input(organisationUpdateInputSchema)
    .output(organisationRecordSchema)
    .mutation(({ ctx, input }) => updateOrganisationDetails(ctx, input)),
});
