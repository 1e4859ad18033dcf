import type { ParticipationRole } from "@zorgpact/domain/organisation";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database>;

export async function findParticipation(db: Executor, pactId: string, organisationId: string) {
  return db
    .selectFrom("pactParticipants")
    .select(["pactId", "organisationId", "role"])
    .where("pactId", "=", pactId)
    .where("organisationId", "=", organisationId)
    .executeTakeFirst();
}

export async function insertParticipation(db: Executor, pactId: string, organisationId: string, role: ParticipationRole): Promise<void> {
  await db.insertInto("pactParticipants").values({ pactId, organisationId, role }).execute();
}

export async function setParticipationRole(db: Executor, pactId: string, organisationId: string, role: ParticipationRole): Promise<void> {
  await db.updateTable("pactParticipants").set({ role }).where("pactId", "=", pactId).where("organisationId", "=", organisationId).execute();
}

export async function deleteParticipation(db: Executor, pactId: string, organisationId: string): Promise<void> {
  await db.deleteFrom("pactParticipants").where("pactId", "=", pactId).where("organisationId", "=", organisationId).execute();
}

/**
 * Makes `organisationId` the pact's lead (adding it as a participant if needed) and the former
 * lead a partner; with null, the pact has no lead and the former lead stays on as partner.
 */
export async function setLead(db: Executor, pactId: string, organisationId: string | null): Promise<void> {
  await db.updateTable("pactParticipants").set({ role: "partner" }).where("pactId", "=", pactId).where("role", "=", "lead").execute();
  if (organisationId === null) return;
  await db
    .insertInto("pactParticipants")
    .values({ pactId, organisationId, role: "lead" })
    .onConflict((oc) => oc.columns(["pactId", "organisationId"]).doUpdateSet({ role: "lead" }))
    .execute();
}
