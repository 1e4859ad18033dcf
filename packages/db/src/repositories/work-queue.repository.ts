import type { AdmissionStatus } from "@zorgpact/domain/pact";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

/**
 * The start page's work queue: the records that wait for someone. `pactIds` limits a query to an
 * editor's pacts; `null` means every pact in use (the national team). Archived pacts never count.
 */
type Executor = Kysely<Database>;

const waitingAdmission = ["applied", "under_review"] as const satisfies readonly AdmissionStatus[];

/** Front-runner applications not decided yet, the oldest first. */
export async function applicationsWaiting(db: Executor) {
  const rows = await db
    .selectFrom("pacts")
    .leftJoin("frontRunnerApplications", "frontRunnerApplications.pactId", "pacts.id")
    .select(["pacts.id as pactId", "pacts.name", "pacts.admissionStatus", "frontRunnerApplications.submittedAt", "pacts.createdAt"])
    .where("pacts.kind", "=", "front_runner")
    .where("pacts.admissionStatus", "in", waitingAdmission)
    .where("pacts.archivedAt", "is", null)
    .orderBy("pacts.createdAt")
    .orderBy("pacts.name")
    .execute();
  return rows.flatMap(({ admissionStatus, submittedAt, createdAt, ...row }) =>
    admissionStatus ? [{ ...row, status: admissionStatus, submittedAt: submittedAt ?? createdAt }] : [],
  );
}

/** For the menu's badge. */
export async function countApplicationsWaiting(db: Executor): Promise<number> {
  const row = await db
    .selectFrom("pacts")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("kind", "=", "front_runner")
    .where("admissionStatus", "in", waitingAdmission)
    .where("archivedAt", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Barriers nobody has triaged yet (status new), the oldest first. */
export function barriersToTriage(db: Executor) {
  return db
    .selectFrom("barriers")
    .select(["id", "number", "question", "receivedOn"])
    .where("status", "=", "new")
    .orderBy("receivedOn")
    .orderBy("number")
    .execute();
}

/** Support requests nobody has taken up yet (status requested), the oldest first. */
export async function supportRequestsWaiting(db: Executor, pactIds: readonly string[] | null) {
  if (pactIds !== null && pactIds.length === 0) return [];
  let query = db
    .selectFrom("supportTrajectories")
    .innerJoin("pacts", "pacts.id", "supportTrajectories.pactId")
    .select(["supportTrajectories.id", "pacts.id as pactId", "pacts.name as pactName", "supportTrajectories.questionType", "supportTrajectories.requestedOn"])
    .where("supportTrajectories.status", "=", "requested")
    .where("pacts.archivedAt", "is", null)
    .orderBy("supportTrajectories.requestedOn")
    .orderBy("pacts.name");
  if (pactIds !== null) query = query.where("pacts.id", "in", [...pactIds]);
  return query.execute();
}

/**
 * Pacts in use not changed since `before` (a `YYYY-MM-DD` day or an ISO timestamp), the quietest first. Applications
 * that are waiting or rejected are not pacts at work, so they are left out.
 */
export async function pactsUnchangedSince(db: Executor, pactIds: readonly string[] | null, before: string) {
  if (pactIds !== null && pactIds.length === 0) return [];
  let query = db
    .selectFrom("pacts")
    .select(["id", "name", "updatedAt"])
    .where("archivedAt", "is", null)
    .where("updatedAt", "<", before)
    .where((eb) => eb.or([eb("admissionStatus", "is", null), eb("admissionStatus", "=", "admitted")]))
    .orderBy("updatedAt")
    .orderBy("name");
  if (pactIds !== null) query = query.where("id", "in", [...pactIds]);
  return query.execute();
}

/** An editor's pacts in use, by name. */
export async function pactsOf(db: Executor, pactIds: readonly string[]) {
  if (pactIds.length === 0) return [];
  return db
    .selectFrom("pacts")
    .select(["id", "name", "kind", "currentPhase", "updatedAt"])
    .where("id", "in", [...pactIds])
    .where("archivedAt", "is", null)
    .orderBy("name")
    .execute();
}
