import { sql } from "kysely";
import type { Db } from "../database.ts";

/** The NOTIFY channel that announces a new publication version; the payload is the version. */
export const PUBLICATION_CHANNEL = "zorgpact_publication";

/**
 * Raises the publication version inside the caller's transaction and announces it: PostgreSQL
 * delivers the NOTIFY only when the transaction commits, and not at all when it rolls back.
 * Returns the new version. One statement, one round trip.
 */
export async function bumpPublicationVersion(trx: Db): Promise<number> {
  const { rows } = await sql<{ version: number | string }>`
    with bumped as (update publication_version set version = version + 1 where id = 1 returning version)
    select version, pg_notify(${PUBLICATION_CHANNEL}, version::text) from bumped
  `.execute(trx);
  return Number(rows[0]?.version ?? 0);
}

/** The committed publication version (a primary-key read). */
export async function readPublicationVersion(db: Db): Promise<number> {
  const row = await db.selectFrom("publicationVersion").select("version").where("id", "=", 1).executeTakeFirst();
  return Number(row?.version ?? 0);
}

/** The schema publication_version lives in (a second connection to a test schema needs it). */
export async function currentSchema(db: Db): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? "public";
}
