import type { Partner } from "@zorgpact/domain/organisation";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

export async function listPartners(db: Kysely<Database>, pactId: string): Promise<Partner[]> {
  const rows = await db
    .selectFrom("pactParticipants")
    .innerJoin("organisations", "organisations.id", "pactParticipants.organisationId")
    .select([
      "organisations.id",
      "organisations.name",
      "organisations.sector",
      "organisations.level",
      "organisations.place",
      "pactParticipants.role",
    ])
    .where("pactParticipants.pactId", "=", pactId)
    .orderBy("pactParticipants.role")
    .orderBy("organisations.name")
    .execute();
  return rows as Partner[];
}
